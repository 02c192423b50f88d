package cn.legalaidhub.adapters.legalaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provincial legal-aid platform that speaks messaging: a real AMQP 1.0 client (Qpid JMS) that logs
 * in to the hub's broker as its agency, sends canonical referrals and status events to
 * {@code hub.in.legalaid.<id>} and takes envelopes and results from {@code partner.<id>.inbox}.
 * Optionally it accepts every referral it receives and assigns it, as the platform's staff would.
 */
public final class ProvincialPlatformSimulator implements AutoCloseable {

    /** A result of the hub on something the platform sent. */
    public record Result(String type, int status, String correlationId, JsonNode body) {
    }

    private static final Logger log = LoggerFactory.getLogger(ProvincialPlatformSimulator.class);

    private final ObjectMapper mapper = new ObjectMapper();
    private final String agencyId;
    private final Connection connection;
    private final Session sendSession;
    private final MessageProducer producer;
    private final Map<String, JsonNode> envelopes = new ConcurrentHashMap<>();
    private final List<Result> results = new CopyOnWriteArrayList<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private volatile boolean acceptingEverything;

    public ProvincialPlatformSimulator(String brokerUri, String agencyId, String apiKey) throws JMSException {
        this.agencyId = agencyId;
        this.connection = new JmsConnectionFactory(agencyId, apiKey, brokerUri).createConnection();
        Session receiveSession = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        receiveSession.createConsumer(receiveSession.createQueue("partner." + agencyId + ".inbox")).setMessageListener(this::onMessage);
        this.sendSession = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.producer = sendSession.createProducer(sendSession.createQueue("hub.in.legalaid." + agencyId));
        connection.start();
    }

    /** Accepts and assigns every referral it receives, through the broker. */
    public ProvincialPlatformSimulator acceptingEverything() {
        this.acceptingEverything = true;
        return this;
    }

    /** Sends a canonical referral; the hub's answer comes as a {@link Result} correlated by its sourceRef. */
    public synchronized void refer(JsonNode referral) throws JMSException {
        TextMessage message = sendSession.createTextMessage(referral.toString());
        message.setStringProperty("hubMessageType", "REFERRAL");
        message.setJMSCorrelationID(referral.path("sourceRef").asText());
        producer.send(message);
    }

    /** Reports a status event on a referral; answered by an EVENT_RESULT correlated by {@code correlationId}. */
    public synchronized void report(String referralId, String eventJson, String correlationId) throws JMSException {
        TextMessage message = sendSession.createTextMessage(eventJson);
        message.setStringProperty("hubMessageType", "STATUS_EVENT");
        message.setStringProperty("hubReferralId", referralId);
        message.setJMSCorrelationID(correlationId);
        producer.send(message);
    }

    /** Sends anything to any queue, as a misbehaving client would (the broker must refuse what is not its own). */
    public void sendTo(String queue, String body) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer other = session.createProducer(session.createQueue(queue))) {
            other.send(session.createTextMessage(body));
        }
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    public List<JsonNode> received(String type) {
        return envelopes.values().stream().filter(e -> type.equals(e.path("type").asText())).toList();
    }

    public String agencyId() {
        return agencyId;
    }

    private void onMessage(Message message) {
        try {
            String kind = message.getStringProperty("hubMessageType");
            JsonNode body = mapper.readTree(((TextMessage) message).getText());
            if (kind != null && kind.endsWith("_RESULT")) {
                results.add(new Result(kind, message.getIntProperty("hubStatus"), message.getJMSCorrelationID(), body));
            } else {
                String messageId = message.getStringProperty("hubMessageId");
                envelopes.putIfAbsent(messageId == null ? body.path("messageId").asText() : messageId, body);
                if (acceptingEverything && "REFERRAL".equals(body.path("type").asText()) && answered.add(body.path("referralId").asText())) {
                    String id = body.path("referralId").asText();
                    report(id, "{\"type\":\"ACCEPTED\",\"note\":\"省法律援助协作平台已受理，转受援人户籍地法律援助中心承办\"}", id + "-accepted");
                    report(id, "{\"type\":\"GRANTED\",\"note\":\"经审查符合法律援助条件\"}", id + "-granted");
                    report(id, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"杭州市法律援助中心 吴律师\",\"kind\":\"LAWYER\"}}", id + "-assigned");
                }
            }
            message.acknowledge();
        } catch (JMSException | IOException e) {
            log.warn("省平台模拟器 could not read a message: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (JMSException e) {
            log.debug("closing", e);
        }
    }
}
