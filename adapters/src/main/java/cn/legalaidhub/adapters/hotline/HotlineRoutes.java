package cn.legalaidhub.adapters.hotline;

import cn.legalaidhub.adapters.support.HubDoors;
import cn.legalaidhub.adapters.support.OutboundDelivery;
import cn.legalaidhub.adapters.support.PartnerErrors;
import cn.legalaidhub.adapters.support.PartnerHttpClient;
import cn.legalaidhub.adapters.support.PartnerInputException;
import cn.legalaidhub.adapters.support.PartnerJson;
import cn.legalaidhub.adapters.support.PartnerProblems;
import cn.legalaidhub.adapters.support.PartnerRequests;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.ReferralStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The 12348 legal hotline and the 12345 government hotline: work orders needing legal aid come in at
 * {@code POST /partner/hotline/work-orders}; replies, returns and closure go back to the hotline's
 * work-order API ({@code <endpoint>/work-orders/{gdbh}/replies|return|completion}).
 */
@Component
class HotlineRoutes extends RouteBuilder {

    private final HubDoors doors;
    private final PartnerHttpClient http;
    private final ObjectMapper mapper = PartnerJson.newMapper();
    private final HotlineMapping mapping = new HotlineMapping(mapper);

    HotlineRoutes(HubDoors doors, PartnerHttpClient http) {
        this.doors = doors;
        this.http = http;
    }

    @Override
    public void configure() {
        rest("/partner/hotline")
                .post("/work-orders").id("rest-hotline-work-order").consumes("application/json").produces("application/json")
                .to("direct:hotline-work-order");

        from("direct:hotline-work-order").routeId("hotline-work-order").routeConfigurationId(PartnerErrors.ID)
                .process(this::workOrder);

        from(HubExchange.outbound(AgencyKind.HOTLINE)).routeId("outbound-hotline")
                .errorHandler(noErrorHandler()) // failures go back to the hub's delivery route, which records them and rolls back
                .process(this::deliver);
    }

    private void workOrder(Exchange exchange) {
        String agency = PartnerRequests.agency(exchange);
        HotlineMapping.Mapped mapped = mapping.workOrder(PartnerRequests.jsonObject(exchange));
        if (!mapped.problems().isEmpty()) {
            throw new PartnerInputException("工单数据有误 Invalid work order", PartnerProblems.merge(mapped.problems(),
                    PartnerProblems.translate(ContractSchemas.validate(ContractSchemas.REFERRAL, mapped.document()), HotlineMapping.FIELDS)));
        }
        HubDoors.Answer answer = doors.submitReferral(agency, mapped.document().toString());
        if (answer.refused()) {
            throw new PartnerInputException(answer.status(), "工单数据有误 Invalid work order: " + answer.body().path("detail").asText(""),
                    PartnerProblems.translate(answer.body(), HotlineMapping.FIELDS));
        }
        if (!answer.ok()) {
            throw new IllegalStateException("The hub answered " + answer.status() + ": " + answer.body());
        }
        JsonNode result = answer.body();
        ObjectNode reply = mapper.createObjectNode();
        reply.put("gdbh", mapped.document().path("sourceRef").asText());
        reply.put("zjbh", result.path("referralId").asText());
        reply.put("zt", result.path("status").asText());
        reply.put("ztmc", ReferralStatus.valueOf(result.path("status").asText()).label());
        reply.put("jsdw", result.path("receiver").asText(null));
        reply.put("cf", result.path("duplicate").asBoolean());
        PartnerProblems.answer(exchange, answer.status(), "application/json", reply.toString());
    }

    private void deliver(Exchange exchange) {
        OutboundDelivery delivery = OutboundDelivery.of(exchange);
        HotlineMapping.Outbound call = mapping.toHotline(delivery.envelope());
        var response = http.postJson(delivery.endpoint(call.path()), call.document().toString(),
                Map.of("Idempotency-Key", delivery.messageId()));
        OutboundDelivery.delivered(exchange, "hotline " + call.path() + " HTTP " + response.status());
    }
}
