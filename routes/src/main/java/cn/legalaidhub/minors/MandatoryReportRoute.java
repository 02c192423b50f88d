package cn.legalaidhub.minors;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The restricted mandatory reports: a recipient (police, procuratorate) reads, acknowledges and
 * answers one; the referral's own referrer and receiver may read it too; nobody else learns of it.
 */
@Component
class MandatoryReportRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final MandatoryReports reports;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    MandatoryReportRoute(CallingAgency callingAgency, MandatoryReports reports, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.reports = reports;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/mandatory-reports/{id}")
                .get().id("rest-get-mandatory-report").produces(ApiRoutes.JSON).to("direct:mandatory-report-read")
                .post("/acknowledge").id("rest-acknowledge-mandatory-report").produces(ApiRoutes.JSON)
                .to("direct:mandatory-report-acknowledge")
                .post("/reply").id("rest-reply-mandatory-report").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:mandatory-report-reply");

        from("direct:mandatory-report-read").routeId("mandatory-report-read").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    MandatoryReports.Report report = visible(exchange, caller, true);
                    ledger.audit(caller.id(), "READ_MANDATORY_REPORT", report.id(), null);
                    ApiRoutes.respond(exchange, 200, json.write(reports.view(report)));
                });
        from("direct:mandatory-report-acknowledge").routeId("mandatory-report-acknowledge").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    MandatoryReports.Report report = visible(exchange, caller, false);
                    reports.acknowledge(report.id(), caller.id());
                    ledger.audit(caller.id(), "ACKNOWLEDGE_MANDATORY_REPORT", report.id(), null);
                    ApiRoutes.respond(exchange, 200, json.write(reports.view(reports.find(report.id()).orElseThrow())));
                });
        from("direct:mandatory-report-reply").routeId("mandatory-report-reply").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    MandatoryReports.Report report = visible(exchange, caller, false);
                    var body = json.parse(exchange.getMessage().getBody(String.class));
                    String text = body.path("text").asText("").trim();
                    if (text.isEmpty() || text.length() > 2000) {
                        throw new InvalidInputException("Invalid reply", List.of(new Problem.FieldError("/text", "required",
                                "text: what was done, 1 to 2000 characters, is required. 请填写处置情况（1-2000字）。")));
                    }
                    reports.reply(report.id(), caller.id(), text);
                    ledger.audit(caller.id(), "REPLY_MANDATORY_REPORT", report.id(), null);
                    ApiRoutes.respond(exchange, 200, json.write(reports.view(reports.find(report.id()).orElseThrow())));
                });
    }

    /** Recipients always; the referral's referrer and receiver may read but not answer. */
    private MandatoryReports.Report visible(Exchange exchange, Agency caller, boolean readOnly) {
        String id = exchange.getMessage().getHeader("id", String.class);
        MandatoryReports.Report report = reports.find(id).orElseThrow(() -> notFound(id));
        boolean recipient = report.recipients().stream().anyMatch(r -> r.agencyId().equals(caller.id()));
        boolean party = readOnly && ledger.find(report.referralId()).filter(r -> r.isParty(caller.id())).isPresent();
        if (!recipient && !party) {
            throw notFound(id);
        }
        return report;
    }

    private static HubException notFound(String id) {
        return HubException.notFound("No mandatory report " + id + " addressed to your agency.");
    }
}
