package cn.legalaidhub.console.hub;

import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The console's only way into the hub: its doors ({@link HubExchange}), called as the signed-in user's
 * agency ({@value HubExchange#CALLING_AGENCY}) with the user's name and role, so the hub applies the same
 * access rules, validation and audit as for any other channel.
 */
@Component
public class ConsoleDoors {

    private final ProducerTemplate template;
    private final ObjectMapper mapper;

    public ConsoleDoors(ProducerTemplate template, ObjectMapper mapper) {
        this.template = template;
        this.mapper = mapper;
    }

    public HubAnswer call(String door, ConsoleUser user, Object body, Map<String, ?> headers) {
        return answer(door, send(door, user, body, headers));
    }

    private Exchange send(String door, ConsoleUser user, Object body, Map<String, ?> headers) {
        Exchange exchange = template.send(door, e -> {
            headers.forEach((name, value) -> {
                if (value != null && !String.valueOf(value).isBlank()) {
                    e.getMessage().setHeader(name, value);
                }
            });
            e.getMessage().setHeader(HubExchange.CALLING_AGENCY, user.agencyId());
            e.getMessage().setHeader(HubExchange.CALLING_USER, user.username());
            e.getMessage().setHeader(HubExchange.CALLING_USER_ROLE, user.role().name());
            e.getMessage().setBody(body);
        });
        if (exchange.getException() != null) {
            throw new IllegalStateException("The hub failed to answer " + door, exchange.getException());
        }
        return exchange;
    }

    private HubAnswer answer(String door, Exchange exchange) {
        int status = exchange.getMessage().getHeader(HubExchange.RESPONSE_CODE, 200, Integer.class);
        String text = exchange.getMessage().getBody(String.class);
        try {
            return new HubAnswer(status, text == null || text.isBlank() ? mapper.nullNode() : mapper.readTree(text));
        } catch (Exception notJson) {
            throw new IllegalStateException("The hub answered " + door + " with something that is not JSON", notJson);
        }
    }

    /** A file a door answers (a template, a result file): its type, name and content, or the problem when it has none. */
    public record HubFile(int status, String contentType, String disposition, InputStream content, HubAnswer problem) {
        public boolean ok() {
            return status == 200 && content != null;
        }
    }

    public HubFile download(String door, ConsoleUser user, Map<String, ?> headers) {
        Exchange exchange = send(door, user, null, headers);
        int status = exchange.getMessage().getHeader(HubExchange.RESPONSE_CODE, 200, Integer.class);
        if (status == 200) {
            return new HubFile(status, exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class),
                    exchange.getMessage().getHeader("Content-Disposition", String.class),
                    exchange.getMessage().getBody(InputStream.class), null);
        }
        return new HubFile(status, null, null, null, answer(door, exchange));
    }

    public HubAnswer call(String door, ConsoleUser user, Map<String, ?> headers) {
        return call(door, user, null, headers);
    }

    public JsonNode json(Object value) {
        return mapper.valueToTree(value);
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
