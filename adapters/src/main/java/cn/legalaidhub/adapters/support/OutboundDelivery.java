package cn.legalaidhub.adapters.support;

import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * What the hub hands an adapter's {@code direct:outbound-<kind>} route: the canonical envelope and
 * the addressing headers of {@link HubExchange}.
 */
public record OutboundDelivery(String agencyId, String endpoint, Map<String, String> settings, String messageId,
        String type, String referralId, int attempt, String envelopeJson, JsonNode envelope) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @SuppressWarnings("unchecked")
    public static OutboundDelivery of(Exchange exchange) {
        var message = exchange.getMessage();
        String body = message.getBody(String.class);
        Map<String, String> settings = message.getHeader(HubExchange.AGENCY_SETTINGS, Map.class);
        try {
            JsonNode envelope = MAPPER.readTree(body);
            return new OutboundDelivery(message.getHeader(HubExchange.AGENCY_ID, String.class),
                    message.getHeader(HubExchange.AGENCY_ENDPOINT, String.class),
                    settings == null ? Map.of() : Map.copyOf(settings),
                    message.getHeader(HubExchange.MESSAGE_ID, envelope.path("messageId").asText(), String.class),
                    message.getHeader(HubExchange.MESSAGE_TYPE, envelope.path("type").asText(), String.class),
                    envelope.path("referralId").asText(null),
                    message.getHeader(HubExchange.ATTEMPT, 1, Integer.class), body, envelope);
        } catch (IOException e) {
            throw new UncheckedIOException("The hub handed the adapter an envelope that is not JSON", e);
        }
    }

    public JsonNode payload() {
        return envelope.path("payload");
    }

    /** The registry entry's endpoint, which this kind of delivery needs. */
    public URI requireEndpoint() {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException("Agency " + agencyId + " has no endpoint in the registry; its adapter cannot deliver "
                    + "(add 'endpoint:' to its entry, or use transport: inbox)");
        }
        return URI.create(endpoint);
    }

    /** {@code endpoint} joined with a path below it. */
    public URI endpoint(String path) {
        String base = requireEndpoint().toString();
        return URI.create(base.endsWith("/") ? base + path.replaceFirst("^/", "") : base + (path.startsWith("/") ? path : "/" + path));
    }

    public String setting(String name, String fallback) {
        String value = settings.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Marks the message as delivered with what the partner answered (kept in the delivery receipt). */
    public static void delivered(Exchange exchange, String detail) {
        exchange.getMessage().setHeader(HubExchange.DELIVERY_DETAIL, detail);
    }
}
