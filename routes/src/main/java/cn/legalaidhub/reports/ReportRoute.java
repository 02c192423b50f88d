package cn.legalaidhub.reports;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Periodic statistics reports ({@code /api/v1/reports}): generate one for a half-year or quarter, list,
 * read as JSON, download as XLSX or as PDF. Coordinator agencies only; every read and download is audited.
 */
@Component
class ReportRoute extends RouteBuilder {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CallingAgency callingAgency;
    private final Reports reports;
    private final ReportXlsx xlsx;
    private final ReportPdf pdf;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    ReportRoute(CallingAgency callingAgency, Reports reports, ReportXlsx xlsx, ReportPdf pdf, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.reports = reports;
        this.xlsx = xlsx;
        this.pdf = pdf;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/reports")
                .get().id("rest-list-reports").produces(ApiRoutes.JSON).to("direct:report-list")
                .post().id("rest-generate-report").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:report-generate");
        rest("/api/v1/reports/{id}")
                .get().id("rest-get-report").produces(ApiRoutes.JSON).to("direct:report-read")
                .get("/xlsx").id("rest-get-report-xlsx").produces(XLSX).to("direct:report-xlsx")
                .get("/pdf").id("rest-get-report-pdf").produces("application/pdf").to("direct:report-pdf");

        from("direct:report-list").routeId("report-list").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            int size = ApiRoutes.intParam(exchange, "size", 50, 1, 200);
            List<Map<String, Object>> items = reports.list(caller, size).stream().map(r -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("reportId", r.id());
                v.put("period", r.period());
                v.put("periodLabel", ReportPeriod.parse(r.period()).map(ReportPeriod::label).orElse(r.period()));
                v.put("region", r.region());
                v.put("generatedBy", r.generatedBy());
                v.put("generatedAt", r.generatedAt().toString());
                v.put("version", r.version());
                return v;
            }).toList();
            ledger.audit(caller.id(), "LIST_REPORTS", null, null);
            ApiRoutes.respond(exchange, 200, json.write(Map.of("items", items)));
        });
        from("direct:report-generate").routeId("report-generate").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    Map<String, Object> report = reports.generate(caller, json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "GENERATE_REPORT", (String) report.get("reportId"), null);
                    ApiRoutes.respond(exchange, 201, json.write(report));
                });
        from("direct:report-read").routeId("report-read").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            var r = reports.visible(caller, id(exchange));
            ledger.audit(caller.id(), "READ_REPORT", r.id(), null);
            ApiRoutes.respond(exchange, 200, r.body());
        });
        from("direct:report-xlsx").routeId("report-xlsx").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            var r = reports.visible(caller, id(exchange));
            byte[] content = xlsx.render(json.mapper().readTree(r.body()));
            ledger.audit(caller.id(), "DOWNLOAD_REPORT", r.id(), "xlsx");
            file(exchange, content, XLSX, r.id() + ".xlsx");
        });
        from("direct:report-pdf").routeId("report-pdf").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            var r = reports.visible(caller, id(exchange));
            byte[] content = pdf.render(json.mapper().readTree(r.body()));
            ledger.audit(caller.id(), "DOWNLOAD_REPORT", r.id(), "pdf");
            file(exchange, content, "application/pdf", r.id() + ".pdf");
        });
    }

    private static void file(Exchange exchange, byte[] content, String mediaType, String name) {
        var message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, mediaType);
        message.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        message.setBody(content);
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader("id", String.class);
    }
}
