package cn.legalaidhub.delivery;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.messaging.MessagePublisher;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Lists what the broker parked in an agency's dead-letter queue, and moves it back for another try. */
@Component
class DeadLetters {

    private static final int MAX_LISTED = 500;

    private final ConnectionFactory connectionFactory;
    private final ReferralLedger ledger;

    DeadLetters(ConnectionFactory connectionFactory, ReferralLedger ledger) {
        this.connectionFactory = connectionFactory;
        this.ledger = ledger;
    }

    /** Fully qualified: the DLQ.* queues live on the shared dead-letter address DLA. */
    static String deadLetterQueue(Agency agency) {
        return "DLA::DLQ." + agency.queueName();
    }

    List<Map<String, Object>> list(Agency agency) throws JMSException {
        List<Map<String, Object>> parked = new ArrayList<>();
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (QueueBrowser browser = session.createBrowser(session.createQueue(deadLetterQueue(agency)))) {
                for (Object o : Collections.list(browser.getEnumeration())) {
                    if (parked.size() == MAX_LISTED) {
                        break;
                    }
                    Message m = (Message) o;
                    String messageId = m.getStringProperty(MessagePublisher.MESSAGE_ID);
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("agency", agency.id());
                    entry.put("messageId", messageId);
                    entry.put("type", m.getStringProperty(MessagePublisher.MESSAGE_TYPE));
                    entry.put("referralId", m.getStringProperty(MessagePublisher.REFERRAL_ID));
                    entry.put("lastError", messageId == null ? null : ledger.lastError(messageId).orElse(null));
                    parked.add(entry);
                }
            } catch (InvalidDestinationException nothingParkedYet) {
                return List.of();
            }
        }
        return parked;
    }

    /** Moves every parked message back to the agency's queue in one transaction per message. */
    int replay(Agency agency) throws JMSException {
        int moved = 0;
        try (Connection connection = connectionFactory.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(deadLetterQueue(agency)));
                 MessageProducer producer = session.createProducer(session.createQueue(agency.queueName()))) {
                for (Message m = consumer.receive(500); m != null; m = consumer.receive(500)) {
                    producer.send(m, jakarta.jms.DeliveryMode.PERSISTENT, m.getJMSPriority(), 0);
                    session.commit();
                    moved++;
                }
            } catch (InvalidDestinationException nothingParkedYet) {
                return 0;
            }
        }
        return moved;
    }
}
