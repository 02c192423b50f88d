package cn.legalaidhub.adapters.support;

import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * An adapter's calls to the hub's doors (see {@link HubExchange}), made as the agency the adapter
 * authenticated. A door answers with an HTTP-like status and JSON: 2xx, or a problem document.
 */
@Component
public class HubDoors {

    /** A door's answer: status and JSON body (a result, or a problem with {@code errors[]}). */
    public record Answer(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A refusal caused by the input (4xx), as opposed to a failure of the hub (5xx). */
        public boolean refused() {
            return status >= 400 && status < 500;
        }
    }

    private final ProducerTemplate producer;
    private final ObjectMapper mapper = new ObjectMapper();

    HubDoors(ProducerTemplate producer) {
        this.producer = producer;
    }

    public Answer submitReferral(String agencyId, String referralJson) {
        return call(HubExchange.REFERRAL_INTAKE, agencyId, referralJson, null, null);
    }

    public Answer reportEvent(String agencyId, String referralId, String eventJson) {
        return call(HubExchange.REFERRAL_EVENT, agencyId, eventJson, HubExchange.REFERRAL_ID, referralId);
    }

    public Answer read(String agencyId, String referralId) {
        return call(HubExchange.REFERRAL_READ, agencyId, null, HubExchange.REFERRAL_ID, referralId);
    }

    public Answer readBySource(String agencyId, String sourceRef) {
        return call(HubExchange.REFERRAL_READ_BY_SOURCE, agencyId, null, HubExchange.SOURCE_REF, sourceRef);
    }

    private Answer call(String door, String agencyId, String body, String header, String value) {
        Exchange answer = producer.request(door, exchange -> {
            exchange.getMessage().setHeader(HubExchange.CALLING_AGENCY, agencyId);
            if (header != null) {
                exchange.getMessage().setHeader(header, value);
            }
            exchange.getMessage().setBody(body == null ? "" : body);
        });
        if (answer.getException() != null) {
            throw new IllegalStateException("The hub's door " + door + " failed", answer.getException());
        }
        int status = answer.getMessage().getHeader(HubExchange.RESPONSE_CODE, 500, Integer.class);
        String text = answer.getMessage().getBody(String.class);
        try {
            return new Answer(status, text == null || text.isBlank() ? MissingNode.getInstance() : mapper.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("The hub's door " + door + " answered no JSON", e);
        }
    }
}
