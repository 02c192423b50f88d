package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The envelope 消息信封 around every message the hub carries (schemas/json/envelope.schema.json). The
 * payload stays a JSON tree; {@link #payloadAs} binds it to the record its {@link MessageType} names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope(
        String messageId,
        MessageType type,
        String sender,
        String receiver,
        String referralId,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime sentAt,
        Integer priority,
        Triage triage,
        ObjectNode payload) {

    /** Binds the payload to its record, e.g. {@code payloadAs(Referral.class, mapper)}. */
    public <T> T payloadAs(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Payload of message " + messageId + " is not a " + type.getSimpleName(), e);
        }
    }

    /** The hub's triage of a referral 分流结果: green channel, urgency and the rules that fired. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Triage(Boolean greenChannel, Boolean urgent, List<String> rulesFired, MovedFrom movedFrom) {

        public Triage(Boolean greenChannel, Boolean urgent, List<String> rulesFired) {
            this(greenChannel, urgent, rulesFired, null);
        }
    }

    /** The receiver the referral came from, and why it moved on. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record MovedFrom(String agency, String reason) {
    }
}
