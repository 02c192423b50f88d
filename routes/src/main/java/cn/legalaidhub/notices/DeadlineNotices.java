package cn.legalaidhub.notices;

import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.messaging.MessagePublisher;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what a clock owes at one level exactly once, whichever replica's sweep gets there: the clock's
 * compare-and-set advance and the messages are written in one transaction, and the messages are
 * published only after it commits. A replica that lost the race sends nothing.
 */
@Component
public class DeadlineNotices {

    private final ClockLedger clocks;
    private final ReferralLedger ledger;
    private final MessagePublisher publisher;
    private final TransactionTemplate tx;

    DeadlineNotices(ClockLedger clocks, ReferralLedger ledger, MessagePublisher publisher, TransactionTemplate tx) {
        this.clocks = clocks;
        this.ledger = ledger;
        this.publisher = publisher;
        this.tx = tx;
    }

    /** Advances {@code clock} to {@code level} and sends {@code messages} (possibly none); false if already advanced. */
    public boolean sendOnce(Clock clock, int level, List<OutboundMessage> messages) {
        boolean fired = Boolean.TRUE.equals(tx.execute(status -> {
            if (!clocks.advance(clock, level)) {
                return false;
            }
            ledger.insertMessages(messages);
            return true;
        }));
        if (fired) {
            publisher.publishAll(messages);
        }
        return fired;
    }
}
