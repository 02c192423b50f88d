package cn.legalaidhub.typicalcases;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Typical cases ({@code /api/v1/typical-cases}): submit a write-up of a concluded case, list, read,
 * revise, and review (publish or return) as the region's coordinator. Every read is audited.
 */
@Component
class TypicalCaseRoute extends RouteBuilder {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CallingAgency callingAgency;
    private final TypicalCases cases;
    private final TypicalCaseExport export;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    TypicalCaseRoute(CallingAgency callingAgency, TypicalCases cases, TypicalCaseExport export, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.cases = cases;
        this.export = export;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/typical-cases")
                .get().id("rest-list-typical-cases").produces(ApiRoutes.JSON).to("direct:typical-case-list")
                .post().id("rest-submit-typical-case").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:typical-case-submit")
                .get("/export").id("rest-export-typical-cases").produces(XLSX).to("direct:typical-case-export");
        rest("/api/v1/typical-cases/{id}")
                .get().id("rest-get-typical-case").produces(ApiRoutes.JSON).to("direct:typical-case-read")
                .put().id("rest-revise-typical-case").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:typical-case-revise")
                .post("/review").id("rest-review-typical-case").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:typical-case-review");

        from("direct:typical-case-list").routeId("typical-case-list").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            String raw = exchange.getMessage().getHeader("status", String.class);
            Optional<TypicalCase.Status> status = status(exchange);
            int size = ApiRoutes.intParam(exchange, "size", 50, 1, 200);
            List<Map<String, Object>> items = new ArrayList<>();
            cases.list(caller, status, size).forEach(c -> items.add(view(c, caller)));
            ledger.audit(caller.id(), "LIST_TYPICAL_CASES", null, raw);
            ApiRoutes.respond(exchange, 200, json.write(Map.of("items", items)));
        });
        from("direct:typical-case-export").routeId("typical-case-export").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            List<TypicalCase> list = cases.list(caller, status(exchange), ApiRoutes.intParam(exchange, "size", 200, 1, 1000));
            byte[] content = export.xlsx(list);
            ledger.audit(caller.id(), "EXPORT_TYPICAL_CASES", null, list.size() + " cases");
            var message = exchange.getMessage();
            message.removeHeaders("*");
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            message.setHeader(Exchange.CONTENT_TYPE, XLSX);
            message.setHeader("Content-Disposition", "attachment; filename*=UTF-8''typical-cases.xlsx");
            message.setBody(content);
        });
        from("direct:typical-case-submit").routeId("typical-case-submit").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    TypicalCase c = cases.flag(caller, json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "SUBMIT_TYPICAL_CASE", c.id(), c.referralId());
                    ApiRoutes.respond(exchange, 201, json.write(view(c, caller)));
                });
        from("direct:typical-case-read").routeId("typical-case-read").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            TypicalCase c = cases.visible(caller, id(exchange));
            ledger.audit(caller.id(), "READ_TYPICAL_CASE", c.id(), null);
            ApiRoutes.respond(exchange, 200, json.write(view(c, caller)));
        });
        from("direct:typical-case-revise").routeId("typical-case-revise").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    TypicalCase c = cases.revise(caller, id(exchange), json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "REVISE_TYPICAL_CASE", c.id(), null);
                    ApiRoutes.respond(exchange, 200, json.write(view(c, caller)));
                });
        from("direct:typical-case-review").routeId("typical-case-review").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    TypicalCase c = cases.review(caller, id(exchange), json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "REVIEW_TYPICAL_CASE", c.id(), c.status().name());
                    ApiRoutes.respond(exchange, 200, json.write(view(c, caller)));
                });
    }

    private static Map<String, Object> view(TypicalCase c, Agency caller) {
        Map<String, Object> v = new LinkedHashMap<>(c.view());
        List<String> actions = new ArrayList<>();
        if (c.agencyId().equals(caller.id()) && c.status() != TypicalCase.Status.PUBLISHED) {
            actions.add("REVISE");
        }
        if (TypicalCases.reviewer(caller, c) && c.status() == TypicalCase.Status.SUBMITTED) {
            actions.add("PUBLISH");
            actions.add("RETURN");
        }
        v.put("allowedActions", actions);
        return v;
    }

    private static Optional<TypicalCase.Status> status(Exchange exchange) {
        String raw = exchange.getMessage().getHeader("status", String.class);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TypicalCase.Status.valueOf(raw.trim()));
        } catch (IllegalArgumentException e) {
            throw ApiRoutes.badParam("status", "must be one of " + Arrays.toString(TypicalCase.Status.values()));
        }
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader("id", String.class);
    }
}
