package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.ContractJson;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The hub's batch door ({@link HubExchange#REFERRAL_INTAKE_BATCH}), called as the workstation: one
 * chunk of referrals in, one answer per referral out, in order. Anything but a 200 means the hub could
 * not take the chunk (e.g. its database is down): that is thrown, so the file is tried again later.
 */
@Component
class IntakeDoor {

    private final ProducerTemplate producer;
    private final ObjectMapper mapper = ContractJson.newMapper();

    IntakeDoor(ProducerTemplate producer) {
        this.producer = producer;
    }

    List<JsonNode> submit(String agencyId, List<? extends JsonNode> referrals) throws Exception {
        ArrayNode batch = mapper.createArrayNode();
        referrals.forEach(batch::add);
        Exchange answer = producer.request(HubExchange.REFERRAL_INTAKE_BATCH, exchange -> {
            exchange.getMessage().setBody(batch.toString());
            exchange.getMessage().setHeader(HubExchange.CALLING_AGENCY, agencyId);
        });
        if (answer.getException() != null) {
            throw answer.getException();
        }
        Integer status = answer.getMessage().getHeader(HubExchange.RESPONSE_CODE, Integer.class);
        String body = answer.getMessage().getBody(String.class);
        if (status == null || status != 200) {
            throw new IllegalStateException("The hub's batch door answered " + status + ": " + body);
        }
        JsonNode results = mapper.readTree(body);
        if (!results.isArray() || results.size() != referrals.size()) {
            throw new IllegalStateException("The hub's batch door answered " + results.size() + " results for "
                    + referrals.size() + " referrals");
        }
        return toList(results);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>(array.size());
        array.forEach(list::add);
        return list;
    }
}
