package cn.legalaidhub.intake;

import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Intake of referrals. {@code direct:referral-intake} is the one door for every transport: REST
 * here, SOAP, batch files and messaging in the adapters, which set the caller's agency header
 * after authenticating it and translate refusals into their partner's kind of error.
 */
@Component
class ReferralIntakeRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final ReferralValidator validator;
    private final ReferralIntake intake;
    private final GroupCommit groupCommit;
    private final JsonDocuments json;

    ReferralIntakeRoute(CallingAgency callingAgency, ReferralValidator validator, ReferralIntake intake, GroupCommit groupCommit,
            JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.validator = validator;
        this.intake = intake;
        this.groupCommit = groupCommit;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/referrals")
                .post().id("rest-submit-referral").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to(HubExchange.REFERRAL_INTAKE);

        from(HubExchange.REFERRAL_INTAKE).routeId("referral-intake").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class)
                .process(exchange -> {
                    var sender = callingAgency.of(exchange);
                    var referral = validator.validate(exchange.getMessage().getBody(String.class));
                    var result = groupCommit.submit(sender, referral);
                    ApiRoutes.respond(exchange, 202, json.write(result));
                });

        from(HubExchange.REFERRAL_INTAKE_BATCH).routeId("referral-intake-batch").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class)
                .process(this::submitBatch);
    }

    /** Every item is validated on its own; the valid ones are accepted together. Answers one result per item, in order. */
    private void submitBatch(Exchange exchange) throws Exception {
        var sender = callingAgency.of(exchange);
        JsonNode items = json.mapper().readTree(exchange.getMessage().getBody(String.class));
        if (items == null || !items.isArray()) {
            throw new InvalidInputException("Not a JSON array", List.of(new Problem.FieldError("", "type",
                    "A batch is a JSON array of referrals. 批量提交须为转介数组。")));
        }
        ArrayNode answer = json.mapper().createArrayNode();
        List<JsonNode> valid = new ArrayList<>();
        List<ObjectNode> validSlots = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode slot = answer.addObject().put("index", i);
            List<Problem.FieldError> problems = validator.problems(items.get(i));
            if (problems.isEmpty()) {
                valid.add(items.get(i));
                validSlots.add(slot);
            } else {
                slot.set("problems", json.mapper().valueToTree(problems));
            }
        }
        List<ReferralIntake.Result> results = valid.isEmpty() ? List.of() : intake.submitAll(sender, valid);
        for (int i = 0; i < results.size(); i++) {
            validSlots.get(i).setAll((ObjectNode) json.mapper().valueToTree(results.get(i)));
        }
        ApiRoutes.respond(exchange, 200, answer.toString());
    }
}
