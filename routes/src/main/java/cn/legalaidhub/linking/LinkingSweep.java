package cn.legalaidhub.linking;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Links new cases after each clock sweep, under the sweep's lease. */
@Component
class LinkingSweep implements cn.legalaidhub.clocks.AfterSweep {

    private final CaseLinker linker;

    LinkingSweep(CaseLinker linker) {
        this.linker = linker;
    }

    @Override
    public void run(Instant now) {
        while (linker.linkPending(now, 200) == 200) {
            // keep going until every new referral has been looked at
        }
    }
}
