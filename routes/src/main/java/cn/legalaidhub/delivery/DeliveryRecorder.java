package cn.legalaidhub.delivery;

import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.ledger.PendingNotes;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.messaging.MessagePublisher;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Records each delivery attempt in the ledger: receipts, failures with their cause, dead letters. */
@Component
class DeliveryRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);
    static final String MESSAGE_ID = "hubDeliveryMessageId";
    static final String ATTEMPT = "hubDeliveryAttempt";

    private final ReferralLedger ledger;
    private final int maxAttempts;
    private final PendingNotes<ReferralLedger.InboxArrival> available = new PendingNotes<>();

    DeliveryRecorder(ReferralLedger ledger, @Value("${hub.delivery.max-attempts}") int maxAttempts) {
        this.ledger = ledger;
        this.maxAttempts = maxAttempts;
    }

    /** Keeps what the delivery needs as properties, so partner-bound headers can be cleared. */
    void begin(Exchange exchange) {
        exchange.setProperty(MESSAGE_ID, exchange.getMessage().getHeader(MessagePublisher.MESSAGE_ID, String.class));
        Integer count = exchange.getMessage().getHeader("JMSXDeliveryCount", Integer.class);
        exchange.setProperty(ATTEMPT, count == null ? 1 : count);
    }

    boolean notYetDelivered(Exchange exchange) {
        return !ledger.isDelivered(exchange.getProperty(MESSAGE_ID, String.class));
    }

    void delivered(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        ledger.recordDelivered(exchange.getProperty(MESSAGE_ID, String.class), status == null ? null : "HTTP " + status);
    }

    void deliveredByAdapter(Exchange exchange) {
        ledger.recordDelivered(exchange.getProperty(MESSAGE_ID, String.class),
                exchange.getMessage().getHeader(HubExchange.DELIVERY_DETAIL, "adapter", String.class));
    }

    /**
     * The message is already in the ledger, where the inbox reads it; when it reached the inbox is
     * noted in batches ({@link #flushAvailable()}), since a commit per note would cost more than the
     * delivery itself. A note lost in a crash loses only that time, never the message.
     */
    void availableInInbox(Exchange exchange) {
        available.add(new ReferralLedger.InboxArrival(exchange.getProperty(MESSAGE_ID, String.class), Instant.now()));
    }

    /** Writes the inbox arrivals gathered since the last call in one transaction. */
    @PreDestroy
    int flushAvailable() {
        List<ReferralLedger.InboxArrival> batch = available.take();
        ledger.recordAvailable(batch);
        return batch.size();
    }

    void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String messageId = exchange.getProperty(MESSAGE_ID, String.class);
        int attempt = exchange.getProperty(ATTEMPT, 1, Integer.class);
        boolean dead = attempt >= maxAttempts;
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        log.warn("Delivery of {} to {} failed (attempt {}/{}){}: {}", messageId, exchange.getFromRouteId(), attempt,
                maxAttempts, dead ? ", moving to the dead-letter queue" : "", reason);
        if (messageId != null) {
            ledger.recordDeliveryFailure(messageId, attempt, reason, dead);
        }
    }
}
