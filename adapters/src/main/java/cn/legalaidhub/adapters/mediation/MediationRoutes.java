package cn.legalaidhub.adapters.mediation;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.HubDoors;
import cn.legalaidhub.adapters.support.PartnerErrors;
import cn.legalaidhub.adapters.support.PartnerInputException;
import cn.legalaidhub.adapters.support.PartnerJson;
import cn.legalaidhub.adapters.support.PartnerProblems;
import cn.legalaidhub.adapters.support.PartnerRequests;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * People's mediation committees receive simple cases by canonical HTTP push ({@code transport: http})
 * and report back at {@code POST /partner/mediation/cases/{id}/outcome} (agreement or not) and
 * {@code .../progress}; {@link MediationOutcomes} turns those into events.
 */
@Component
class MediationRoutes extends RouteBuilder {

    private final HubDoors doors;
    private final ObjectMapper mapper = PartnerJson.newMapper();
    private final MediationOutcomes outcomes = new MediationOutcomes(mapper);

    MediationRoutes(HubDoors doors) {
        this.doors = doors;
    }

    @Override
    public void configure() {
        rest("/partner/mediation/cases/{id}")
                .post("/outcome").id("rest-mediation-outcome").consumes("application/json").produces("application/json")
                .to("direct:mediation-outcome")
                .post("/progress").id("rest-mediation-progress").consumes("application/json").produces("application/json")
                .to("direct:mediation-progress");

        from("direct:mediation-outcome").routeId("mediation-outcome").routeConfigurationId(PartnerErrors.ID)
                .process(exchange -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    List<ObjectNode> events = outcomes.outcome(PartnerRequests.jsonObject(exchange), problems);
                    report(exchange, events, problems);
                });
        from("direct:mediation-progress").routeId("mediation-progress").routeConfigurationId(PartnerErrors.ID)
                .process(exchange -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    report(exchange, outcomes.progress(PartnerRequests.jsonObject(exchange), problems), problems);
                });
    }

    private void report(Exchange exchange, List<ObjectNode> events, List<FieldProblem> problems) {
        String agency = PartnerRequests.agency(exchange);
        String id = exchange.getMessage().getHeader("id", String.class);
        if (!problems.isEmpty()) {
            throw new PartnerInputException("调解结果有误 Invalid mediation report", problems);
        }
        HubDoors.Answer answer = null;
        for (int i = 0; i < events.size(); i++) {
            answer = doors.reportEvent(agency, id, events.get(i).toString());
            if (i < events.size() - 1 && answer.status() == 409) {
                continue; // already accepted / mediator already named
            }
            if (answer.refused()) {
                throw new PartnerInputException(answer.status(), "调解结果未被接受: " + answer.body().path("detail").asText(""),
                        PartnerProblems.translate(answer.body(), Map.of()));
            }
            if (!answer.ok()) {
                throw new IllegalStateException("The hub answered " + answer.status() + ": " + answer.body());
            }
        }
        PartnerProblems.answer(exchange, answer.status(), "application/json", answer.body().toString());
    }
}
