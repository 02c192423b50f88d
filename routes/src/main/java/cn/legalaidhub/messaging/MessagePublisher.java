package cn.legalaidhub.messaging;

import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands a committed message to the broker with a persistent, blocking send, then notes it as
 * enqueued. If the hub stops in between, {@code OutboxRelayRoute} sends it again; delivery skips
 * what was already delivered.
 */
@Component
public class MessagePublisher {

    public static final String MESSAGE_ID = "hubMessageId";
    public static final String MESSAGE_TYPE = "hubMessageType";
    public static final String REFERRAL_ID = "hubReferralId";

    private final ProducerTemplate producer;
    private final ReferralLedger ledger;

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
        ledger.markEnqueued(message.id());
    }
}
