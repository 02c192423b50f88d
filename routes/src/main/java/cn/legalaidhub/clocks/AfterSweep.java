package cn.legalaidhub.clocks;

import java.time.Instant;

/** Further singleton work done under the clock sweep's lease, after the clocks. */
public interface AfterSweep {

    void run(Instant now);
}
