package cn.legalaidhub.adapters.inspection;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.HubDoors;
import cn.legalaidhub.adapters.support.OutboundDelivery;
import cn.legalaidhub.adapters.support.PartnerErrors;
import cn.legalaidhub.adapters.support.PartnerHttpClient;
import cn.legalaidhub.adapters.support.PartnerInputException;
import cn.legalaidhub.adapters.support.PartnerProblems;
import cn.legalaidhub.adapters.support.PartnerRequests;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.adapters.support.PartnerJson;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.ReferralStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Labor inspection (劳动保障监察): its complaint system refers wage-arrears complaints to legal aid
 * ({@code POST /partner/inspection/complaints}) and reports how it handles referrals it received
 * ({@code POST /partner/inspection/referrals/{zjbh}/feedback}); the hub POSTs referrals, status
 * feedback and early warnings to the inspection system's endpoint, in its own fields and codes.
 */
@Component
class InspectionRoutes extends RouteBuilder {

    private final HubDoors doors;
    private final PartnerHttpClient http;
    private final ObjectMapper mapper = PartnerJson.newMapper();
    private final InspectionMapping mapping = new InspectionMapping(mapper);

    InspectionRoutes(HubDoors doors, PartnerHttpClient http) {
        this.doors = doors;
        this.http = http;
    }

    @Override
    public void configure() {
        rest("/partner/inspection")
                .post("/complaints").id("rest-inspection-complaint").consumes("application/json").produces("application/json")
                .to("direct:inspection-complaint")
                .post("/referrals/{zjbh}/feedback").id("rest-inspection-feedback").consumes("application/json")
                .produces("application/json").to("direct:inspection-feedback");

        from("direct:inspection-complaint").routeId("inspection-complaint").routeConfigurationId(PartnerErrors.ID)
                .process(this::complaint);

        from("direct:inspection-feedback").routeId("inspection-feedback").routeConfigurationId(PartnerErrors.ID)
                .process(this::feedback);

        from(HubExchange.outbound(AgencyKind.INSPECTION)).routeId("outbound-inspection")
                .errorHandler(noErrorHandler()) // failures go back to the hub's delivery route, which records them and rolls back
                .process(this::deliver);
    }

    private void complaint(Exchange exchange) throws Exception {
        String agency = PartnerRequests.agency(exchange);
        InspectionMapping.Mapped mapped = mapping.complaint(PartnerRequests.jsonObject(exchange));
        if (!mapped.problems().isEmpty()) {
            throw new PartnerInputException("投诉转介数据有误 Invalid complaint", PartnerProblems.merge(mapped.problems(),
                    PartnerProblems.translate(ContractSchemas.validate(ContractSchemas.REFERRAL, mapped.document()), InspectionMapping.FIELDS)));
        }
        HubDoors.Answer answer = doors.submitReferral(agency, mapped.document().toString());
        refuseUnlessOk(answer, "投诉转介数据有误 Invalid complaint");
        JsonNode result = answer.body();
        ObjectNode reply = mapper.createObjectNode();
        reply.put("tsbh", mapped.document().path("sourceRef").asText());
        reply.put("zjbh", result.path("referralId").asText());
        reply.put("zt", result.path("status").asText());
        reply.put("ztmc", ReferralStatus.valueOf(result.path("status").asText()).label());
        reply.put("jsjg", result.path("receiver").asText(null));
        reply.put("cf", result.path("duplicate").asBoolean());
        PartnerProblems.answer(exchange, answer.status(), "application/json", reply.toString());
    }

    private void feedback(Exchange exchange) throws Exception {
        String agency = PartnerRequests.agency(exchange);
        String referralId = exchange.getMessage().getHeader("zjbh", String.class);
        List<FieldProblem> problems = new ArrayList<>();
        List<ObjectNode> events = mapping.feedback(PartnerRequests.jsonObject(exchange), problems);
        if (!problems.isEmpty()) {
            throw new PartnerInputException("办理情况反馈有误 Invalid feedback", problems);
        }
        HubDoors.Answer answer = null;
        for (int i = 0; i < events.size(); i++) {
            answer = doors.reportEvent(agency, referralId, events.get(i).toString());
            boolean leadIn = i < events.size() - 1;
            if (leadIn && answer.status() == 409) {
                continue; // that step was already reported (e.g. accepted before the inspector was named)
            }
            refuseUnlessOk(answer, "办理情况反馈有误 Invalid feedback");
        }
        ObjectNode reply = mapper.createObjectNode();
        reply.put("zjbh", referralId);
        reply.put("zt", answer.body().path("status").asText());
        reply.put("ztmc", answer.body().path("statusLabel").asText());
        PartnerProblems.answer(exchange, answer.status(), "application/json", reply.toString());
    }

    private void refuseUnlessOk(HubDoors.Answer answer, String title) {
        if (answer.refused()) {
            throw new PartnerInputException(answer.status(), title + ": " + answer.body().path("detail").asText(""),
                    PartnerProblems.translate(answer.body(), InspectionMapping.FIELDS));
        }
        if (!answer.ok()) {
            throw new IllegalStateException("The hub answered " + answer.status() + ": " + answer.body());
        }
    }

    private void deliver(Exchange exchange) {
        OutboundDelivery delivery = OutboundDelivery.of(exchange);
        InspectionMapping.Outbound call = mapping.toInspection(delivery.envelope());
        var response = http.postJson(delivery.endpoint(call.path()), call.document().toString(),
                Map.of("Idempotency-Key", delivery.messageId()));
        OutboundDelivery.delivered(exchange, "inspection " + call.path() + " HTTP " + response.status());
    }
}
