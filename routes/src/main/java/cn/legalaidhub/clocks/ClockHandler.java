package cn.legalaidhub.clocks;

import java.time.Instant;

/**
 * What happens when a clock reaches a level: the feature owning the clock's subject writes its
 * notices (or acts) in one transaction that also moves the clock on with {@link
 * ClockLedger#advance}, so a level fires exactly once however many replicas sweep.
 */
public interface ClockHandler {

    boolean handles(Clock clock);

    /** Fires {@code clock} at {@code level}; does nothing if another replica did it first. */
    void fire(Clock clock, int level, Instant now);
}
