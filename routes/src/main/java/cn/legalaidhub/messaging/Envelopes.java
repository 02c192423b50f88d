package cn.legalaidhub.messaging;

import cn.legalaidhub.ledger.OutboundMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Wraps a payload in the canonical envelope (schemas/json/envelope.schema.json). */
@Component
public class Envelopes {

    private final ObjectMapper objectMapper;

    Envelopes(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public OutboundMessage wrap(String type, String sender, String receiver, String referralId, int priority,
            JsonNode payload, Instant at) {
        return wrap(type, sender, receiver, referralId, priority, payload, null, at);
    }

    /** {@code triage} (green channel, urgency, rules fired) travels beside the referral, not inside it. */
    public OutboundMessage wrap(String type, String sender, String receiver, String referralId, int priority,
            JsonNode payload, JsonNode triage, Instant at) {
        String messageId = UUID.randomUUID().toString();
        ObjectNode envelope = objectMapper.createObjectNode();
        envelope.put("messageId", messageId);
        envelope.put("type", type);
        envelope.put("sender", sender);
        envelope.put("receiver", receiver);
        if (referralId != null) {
            envelope.put("referralId", referralId);
        }
        envelope.put("sentAt", at.toString());
        envelope.put("priority", priority);
        if (triage != null) {
            envelope.set("triage", triage);
        }
        envelope.set("payload", payload);
        return new OutboundMessage(messageId, type, referralId, sender, receiver, priority, envelope.toString(), at);
    }
}
