package cn.legalaidhub.messaging;

import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands a committed message to the broker with a persistent, blocking send, then notes it as
 * enqueued — in batches, off the request path (see {@link #flushEnqueued()}). If the hub stops
 * before the note is written, {@code OutboxRelayRoute} sends the message again; delivery skips
 * what was already delivered, so the note only saves needless re-sends.
 */
@Component
public class MessagePublisher {

    public static final String MESSAGE_ID = "hubMessageId";
    public static final String MESSAGE_TYPE = "hubMessageType";
    public static final String REFERRAL_ID = "hubReferralId";

    private final ProducerTemplate producer;
    private final ReferralLedger ledger;
    private final ConcurrentLinkedQueue<String> enqueued = new ConcurrentLinkedQueue<>();

    MessagePublisher(ProducerTemplate producer, ReferralLedger ledger) {
        this.producer = producer;
        this.ledger = ledger;
    }

    public void publish(OutboundMessage message) {
        producer.sendBodyAndHeaders("jms:queue:" + message.queueName() + "?preserveMessageQos=true", message.body(), Map.of(
                MESSAGE_ID, message.id(),
                MESSAGE_TYPE, message.type(),
                REFERRAL_ID, message.referralId() == null ? "" : message.referralId(),
                "JMSXGroupID", message.referralId() == null ? message.id() : message.referralId(),
                "JMSPriority", message.priority(),
                "JMSDeliveryMode", 2));
        enqueued.add(message.id());
    }

    /** Writes the enqueued notes gathered since the last call in one transaction. */
    @PreDestroy
    public int flushEnqueued() {
        List<String> ids = new ArrayList<>();
        for (String id = enqueued.poll(); id != null && ids.size() < 5_000; id = enqueued.poll()) {
            ids.add(id);
        }
        ledger.markEnqueued(ids);
        return ids.size();
    }
}
