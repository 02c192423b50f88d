package cn.legalaidhub.adapters.support;

import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * Reading a partner's call: the agency the hub's filter authenticated, and its JSON body within
 * limits (size, nesting depth, string length), refused with a problem naming what is wrong.
 */
public final class PartnerRequests {

    /** Largest partner document read; a referral is a few kilobytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(100_000).build())
            .build());

    private PartnerRequests() {
    }

    /** The agency id the hub's filter authenticated; never taken from the partner's document. */
    public static String agency(Exchange exchange) {
        String agency = exchange.getMessage().getHeader(HubExchange.CALLING_AGENCY, String.class);
        if (agency == null || agency.isBlank()) {
            throw new PartnerInputException(401, "Not authenticated 未认证", List.of());
        }
        return agency;
    }

    /** The body as a JSON object, or a 400/413 problem. */
    public static JsonNode jsonObject(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        if (body == null || body.length == 0) {
            throw new PartnerInputException("Empty body", List.of(FieldProblem.of("", "required",
                    "The request has no body; a JSON object is expected. 请求体为空。")));
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new PartnerInputException(413, "Body too large", List.of(FieldProblem.of("", "size",
                    "The body has " + body.length + " bytes; at most " + MAX_BODY_BYTES + " are read. 请求体过大。")));
        }
        try {
            JsonNode node = MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new PartnerInputException("Not a JSON object", List.of(FieldProblem.of("", "type",
                        "The body must be a JSON object. 请求体须为 JSON 对象。")));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new PartnerInputException("Not JSON", List.of(FieldProblem.of("", "json",
                    "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "). 请求体不是有效的 JSON。")));
        }
    }
}
