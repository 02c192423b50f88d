package cn.legalaidhub.linking;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Links new cases after each clock sweep, under the sweep's lease. */
@Component
class LinkingSweep implements cn.legalaidhub.clocks.AfterSweep {

    /** Referrals linked in one transaction: few enough that the rows it holds are soon free for other writers. */
    private static final int BATCH = 50;

    private final CaseLinker linker;

    LinkingSweep(CaseLinker linker) {
        this.linker = linker;
    }

    @Override
    public void run(Instant now) {
        while (linker.linkPending(now, BATCH) == BATCH) {
            // keep going while whole batches are linked; one that could not be is tried again after the next sweep
        }
    }
}
