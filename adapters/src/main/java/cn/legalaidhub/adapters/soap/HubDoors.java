package cn.legalaidhub.adapters.soap;

import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls a door of the hub ({@code direct:referral-intake}, {@code direct:referral-event}, …) in an
 * exchange of its own, as the authenticated partner agency, and hands back the door's answer.
 */
@Component
public class HubDoors {

    /** A door's answer: the HTTP-like status and the JSON body (a result, or a problem with {@code errors[]}). */
    public record Answer(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(HubDoors.class);

    private final ProducerTemplate template;
    private final ObjectMapper mapper;

    HubDoors(ProducerTemplate template, ObjectMapper mapper) {
        this.template = template;
        this.mapper = mapper;
    }

    public Answer call(String door, String agencyId, Map<String, String> headers, String body) {
        Exchange answer = template.send(door, exchange -> {
            exchange.getIn().setHeader(HubExchange.CALLING_AGENCY, agencyId);
            headers.forEach(exchange.getIn()::setHeader);
            exchange.getIn().setBody(body == null ? "" : body);
        });
        if (answer.getException() != null) {
            log.error("Door {} failed for {}", door, agencyId, answer.getException());
            return new Answer(503, mapper.createObjectNode().put("title", "Unavailable 暂不可用")
                    .put("detail", "The hub could not complete the request; nothing was accepted. Try again later. 请稍后重试。"));
        }
        Integer status = answer.getMessage().getHeader(HubExchange.RESPONSE_CODE, Integer.class);
        String text = answer.getMessage().getBody(String.class);
        try {
            return new Answer(status == null ? 200 : status, text == null || text.isBlank() ? MissingNode.getInstance() : mapper.readTree(text));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The hub answered something that is not JSON", e);
        }
    }
}
