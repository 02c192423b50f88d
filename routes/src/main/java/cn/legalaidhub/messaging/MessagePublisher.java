package cn.legalaidhub.messaging;

import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.PendingNotes;
import cn.legalaidhub.ledger.ReferralLedger;
import jakarta.annotation.PreDestroy;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
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

    public static final String MESSAGE_ID = HubExchange.MESSAGE_ID;
    public static final String MESSAGE_TYPE = HubExchange.MESSAGE_TYPE;
    public static final String REFERRAL_ID = HubExchange.MESSAGE_REFERRAL_ID;

    private final ProducerTemplate producer;
    private final ConnectionFactory connectionFactory;
    private final ReferralLedger ledger;
    private final PendingNotes<String> enqueued = new PendingNotes<>();

    MessagePublisher(ProducerTemplate producer, ConnectionFactory connectionFactory, ReferralLedger ledger) {
        this.producer = producer;
        this.connectionFactory = connectionFactory;
        this.ledger = ledger;
    }

    /**
     * Hands many committed messages to the broker in one transacted session: one journal sync for
     * all of them. If it fails, none is sent and the outbox relay sends them later.
     */
    public void publishAll(List<OutboundMessage> messages) {
        if (messages.size() <= 1) {
            messages.forEach(this::publish);
            return;
        }
        try (Connection connection = connectionFactory.createConnection();
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageProducer producer = session.createProducer(null)) {
            for (OutboundMessage message : messages) {
                TextMessage jms = session.createTextMessage(message.body());
                jms.setStringProperty(MESSAGE_ID, message.id());
                jms.setStringProperty(MESSAGE_TYPE, message.type());
                jms.setStringProperty(REFERRAL_ID, message.referralId() == null ? "" : message.referralId());
                jms.setStringProperty("JMSXGroupID", message.referralId() == null ? message.id() : message.referralId());
                producer.send(session.createQueue(message.queueName()), jms, DeliveryMode.PERSISTENT, message.priority(),
                        Message.DEFAULT_TIME_TO_LIVE);
            }
            session.commit();
        } catch (JMSException e) {
            throw new IllegalStateException("The broker did not take " + messages.size() + " messages; the outbox relay "
                    + "sends them again", e);
        }
        messages.forEach(m -> enqueued.add(m.id()));
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
        List<String> ids = enqueued.take();
        ledger.markEnqueued(ids);
        return ids.size();
    }
}
