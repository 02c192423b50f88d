package cn.legalaidhub.warnings;

import cn.legalaidhub.clocks.AfterSweep;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Looks at new referrals for early warnings after each clock sweep, under the sweep's lease: intake
 * only commits its row (flagged not yet looked at), so detection costs intake nothing, survives a
 * crash (the flag is in the ledger) and runs on one replica at a time.
 */
@Component
class WarningDetectionSweep implements AfterSweep {

    private final EarlyWarnings warnings;

    WarningDetectionSweep(EarlyWarnings warnings) {
        this.warnings = warnings;
    }

    @Override
    public void run(Instant now) {
        while (warnings.detectPending(now, 500) == 500) {
            // keep going until every new referral has been looked at
        }
    }
}
