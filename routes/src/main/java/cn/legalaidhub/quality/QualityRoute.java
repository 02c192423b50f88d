package cn.legalaidhub.quality;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Quality records of a case ({@code /api/v1/referrals/{id}/quality}): return visits, hearing
 * attendance and peer reviews, posted by the handling agency, listed for every party.
 */
@Component
class QualityRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final QualityRecords records;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    QualityRoute(CallingAgency callingAgency, QualityRecords records, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.records = records;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/referrals/{id}/quality")
                .get().id("rest-get-quality").produces(ApiRoutes.JSON).to("direct:quality-list")
                .post("/return-visits").id("rest-post-return-visit").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:quality-return-visit")
                .post("/hearings").id("rest-post-hearing").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:quality-hearing")
                .post("/peer-reviews").id("rest-post-peer-review").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:quality-peer-review");

        from("direct:quality-list").routeId("quality-list").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            String id = exchange.getMessage().getHeader("id", String.class);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("referralId", id);
            answer.put("records", records.list(caller, id));
            ledger.audit(caller.id(), "READ_QUALITY", id, null);
            ApiRoutes.respond(exchange, 200, json.write(answer));
        });
        recordRoute("direct:quality-return-visit", QualityKind.RETURN_VISIT);
        recordRoute("direct:quality-hearing", QualityKind.HEARING);
        recordRoute("direct:quality-peer-review", QualityKind.PEER_REVIEW);
    }

    private void recordRoute(String from, QualityKind kind) {
        from(from).routeId("quality-" + kind.name().toLowerCase().replace('_', '-')).routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> record(exchange, kind));
    }

    private void record(Exchange exchange, QualityKind kind) {
        Agency caller = callingAgency.of(exchange);
        String id = exchange.getMessage().getHeader("id", String.class);
        var answer = records.record(caller, id, kind, json.parse(exchange.getMessage().getBody(String.class)));
        ledger.audit(caller.id(), "RECORD_" + kind.name(), id, null);
        ApiRoutes.respond(exchange, 201, json.write(answer));
    }
}
