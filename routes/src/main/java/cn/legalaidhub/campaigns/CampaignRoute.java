package cn.legalaidhub.campaigns;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The campaign API ({@code /api/v1/campaigns}): a coordinating bureau opens a daily-report campaign;
 * its units report each day (counts, or a nil return); the owner reads and exports the day's roll-up
 * by unit, city and province. Reads and exports are audited.
 */
@Component
class CampaignRoute extends RouteBuilder {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CallingAgency callingAgency;
    private final Campaigns campaigns;
    private final AgencyRegistry registry;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    CampaignRoute(CallingAgency callingAgency, Campaigns campaigns, AgencyRegistry registry, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.campaigns = campaigns;
        this.registry = registry;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/campaigns")
                .get().id("rest-list-campaigns").produces(ApiRoutes.JSON).to("direct:campaign-list")
                .post().id("rest-create-campaign").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:campaign-create");
        rest("/api/v1/campaigns/{id}")
                .get().id("rest-get-campaign").produces(ApiRoutes.JSON).to("direct:campaign-read")
                .post("/reports").id("rest-submit-campaign-report").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:campaign-report")
                .get("/rollup").id("rest-get-campaign-rollup").produces(ApiRoutes.JSON).to("direct:campaign-rollup")
                .get("/rollup/export").id("rest-export-campaign-rollup").to("direct:campaign-export");

        from("direct:campaign-list").routeId("campaign-list").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            int size = ApiRoutes.intParam(exchange, "size", 50, 1, 200);
            LocalDate today = campaigns.today();
            ApiRoutes.respond(exchange, 200, json.write(Map.of("items", campaigns.involving(caller, size).stream()
                    .map(c -> view(c, caller, today)).toList())));
        });
        from("direct:campaign-create").routeId("campaign-create").routeConfigurationId(ApiRoutes.API_ERRORS).convertBodyTo(String.class)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    StoredCampaign c = campaigns.create(caller, json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "CREATE_CAMPAIGN", c.id(), c.units().size() + " units");
                    ApiRoutes.respond(exchange, 201, json.write(view(c, caller, campaigns.today())));
                });
        from("direct:campaign-read").routeId("campaign-read").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            StoredCampaign c = campaigns.visible(caller, id(exchange));
            ledger.audit(caller.id(), "READ_CAMPAIGN", c.id(), null);
            ApiRoutes.respond(exchange, 200, json.write(view(c, caller, campaigns.today())));
        });
        from("direct:campaign-report").routeId("campaign-report").routeConfigurationId(ApiRoutes.API_ERRORS).convertBodyTo(String.class)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    DailyReport r = campaigns.submit(caller, id(exchange), json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "SUBMIT_CAMPAIGN_REPORT", r.campaignId(), r.day() + " revision " + r.revision());
                    StoredCampaign c = campaigns.visible(caller, r.campaignId());
                    Map<String, Object> v = report(r);
                    v.put("submissions", campaigns.revisions(c, caller.id(), r.day()).stream().map(this::report).toList());
                    ApiRoutes.respond(exchange, r.revision() == 1 ? 201 : 200, json.write(v));
                });
        from("direct:campaign-rollup").routeId("campaign-rollup").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            Rollup r = campaigns.rollup(caller, id(exchange), day(exchange));
            ledger.audit(caller.id(), "READ_CAMPAIGN_ROLLUP", r.campaignId(), r.day().toString());
            ApiRoutes.respond(exchange, 200, json.write(r));
        });
        from("direct:campaign-export").routeId("campaign-export").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            String format = exchange.getMessage().getHeader("format", "csv", String.class).trim().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("csv", "xlsx").contains(format)) {
                throw ApiRoutes.badParam("format", "must be csv or xlsx");
            }
            Rollup r = campaigns.rollup(caller, id(exchange), day(exchange));
            ledger.audit(caller.id(), "EXPORT_CAMPAIGN_ROLLUP", r.campaignId(), r.day() + " " + format);
            var message = exchange.getMessage();
            message.removeHeaders("*");
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            message.setHeader(Exchange.CONTENT_TYPE, "csv".equals(format) ? "text/csv;charset=UTF-8" : XLSX);
            message.setHeader("Content-Disposition", "attachment; filename=\"campaign-" + r.campaignId() + "-" + r.day() + "." + format + "\"");
            message.setBody("csv".equals(format) ? RollupExport.csv(r) : RollupExport.xlsx(r));
        });
    }

    private Map<String, Object> view(StoredCampaign c, Agency caller, LocalDate today) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("campaignId", c.id());
        v.put("owner", c.owner());
        v.put("ownerName", name(c.owner()));
        v.put("title", c.title());
        v.put("region", c.region());
        v.put("startDate", c.startDate().toString());
        v.put("endDate", c.endDate().toString());
        v.put("cutoff", c.cutoff().toString());
        v.put("categories", c.categories());
        v.put("units", c.units().stream().map(u -> Map.of("agencyId", u, "agencyName", name(u))).toList());
        v.put("createdAt", c.createdAt().toString());
        if (c.units().contains(caller.id()) && c.runsOn(today)) {
            v.put("today", today.toString());
            v.put("mine", campaigns.report(c, caller.id(), today).map(this::report).orElse(null));
        }
        return v;
    }

    private Map<String, Object> report(DailyReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("campaignId", r.campaignId());
        v.put("agencyId", r.agencyId());
        v.put("date", r.day().toString());
        v.put("nil", r.nil());
        v.put("counts", r.counts());
        v.put("note", r.note());
        v.put("revision", r.revision());
        v.put("corrected", r.revision() > 1);
        v.put("late", r.late());
        v.put("firstSubmittedAt", r.firstSubmittedAt().toString());
        v.put("submittedAt", r.submittedAt().toString());
        return v;
    }

    private LocalDate day(Exchange exchange) {
        String raw = exchange.getMessage().getHeader("date", String.class);
        if (raw == null || raw.isBlank()) {
            return campaigns.today();
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiRoutes.badParam("date", "must be a date like 2026-12-01");
        }
    }

    private String name(String agencyId) {
        return registry.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader("id", String.class);
    }
}
