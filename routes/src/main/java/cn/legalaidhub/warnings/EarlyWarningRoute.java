package cn.legalaidhub.warnings;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.privacy.Masking;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The early-warning API ({@code /api/v1/early-warnings}): the departments warned and the region's
 * justice bureau list and read warnings (member referrals masked: they are not the cases' parties),
 * departments acknowledge and report action; counts by grade. Every read is audited.
 */
@Component
class EarlyWarningRoute extends RouteBuilder {

    private static final List<String> STATUSES = List.of(EarlyWarnings.OPEN, EarlyWarnings.ACKNOWLEDGED, EarlyWarnings.ACTIONED);
    private static final int MAX_MEMBERS = 200;

    private final CallingAgency callingAgency;
    private final EarlyWarnings earlyWarnings;
    private final WarningLedger warnings;
    private final AgencyRegistry registry;
    private final ClockLedger clocks;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    EarlyWarningRoute(CallingAgency callingAgency, EarlyWarnings earlyWarnings, WarningLedger warnings, AgencyRegistry registry,
            ClockLedger clocks, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.earlyWarnings = earlyWarnings;
        this.warnings = warnings;
        this.registry = registry;
        this.clocks = clocks;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/early-warnings")
                .get().id("rest-list-early-warnings").produces(ApiRoutes.JSON).to("direct:early-warning-list")
                .get("/statistics").id("rest-early-warning-statistics").produces(ApiRoutes.JSON).to("direct:early-warning-statistics");
        rest("/api/v1/early-warnings/{id}")
                .get().id("rest-get-early-warning").produces(ApiRoutes.JSON).to("direct:early-warning-read")
                .post("/acknowledge").id("rest-acknowledge-early-warning").produces(ApiRoutes.JSON).to("direct:early-warning-acknowledge")
                .post("/actions").id("rest-report-early-warning-action").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:early-warning-action");

        from("direct:early-warning-list").routeId("early-warning-list").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            Grade grade = grade(exchange);
            String status = status(exchange);
            String region = region(exchange);
            int page = ApiRoutes.intParam(exchange, "page", 0, 0, 10_000);
            int size = ApiRoutes.intParam(exchange, "size", 20, 1, 200);
            String coordinated = caller.coordinator() ? caller.regionPrefix() : null;
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("page", page);
            answer.put("size", size);
            answer.put("total", warnings.countVisible(caller.id(), coordinated, grade, status, region));
            answer.put("items", warnings.visible(caller.id(), coordinated, grade, status, region, page, size).stream()
                    .map(w -> view(w, caller, false)).toList());
            ledger.audit(caller.id(), "LIST_EARLY_WARNINGS", null, "grade=" + grade + " status=" + status + " region=" + region);
            ApiRoutes.respond(exchange, 200, json.write(answer));
        });
        from("direct:early-warning-statistics").routeId("early-warning-statistics").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    ApiRoutes.respond(exchange, 200, json.write(earlyWarnings.statistics(caller, region(exchange))));
                });
        from("direct:early-warning-read").routeId("early-warning-read").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            StoredWarning w = earlyWarnings.visible(caller, id(exchange));
            ledger.audit(caller.id(), "READ_EARLY_WARNING", w.id(), null);
            ApiRoutes.respond(exchange, 200, json.write(view(w, caller, true)));
        });
        from("direct:early-warning-acknowledge").routeId("early-warning-acknowledge").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    StoredWarning w = earlyWarnings.acknowledge(caller, id(exchange), body(exchange));
                    ledger.audit(caller.id(), "ACKNOWLEDGE_EARLY_WARNING", w.id(), w.grade().name());
                    ApiRoutes.respond(exchange, 200, json.write(view(w, caller, true)));
                });
        from("direct:early-warning-action").routeId("early-warning-action").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    StoredWarning w = earlyWarnings.reportAction(caller, id(exchange), body(exchange));
                    ledger.audit(caller.id(), "REPORT_EARLY_WARNING_ACTION", w.id(), null);
                    ApiRoutes.respond(exchange, 200, json.write(view(w, caller, true)));
                });
    }

    private Map<String, Object> view(StoredWarning w, Agency caller, boolean full) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("warningId", w.id());
        v.put("kind", w.kind());
        v.put("grade", w.grade().name());
        v.put("gradeLabel", w.grade().label());
        v.put("status", w.status());
        v.put("region", w.region());
        v.put("employerName", w.employerName());
        v.put("project", w.project());
        v.put("claims", w.claims());
        v.put("people", w.people());
        v.put("amount", w.amount());
        v.put("channels", w.channels());
        v.put("reasons", w.reasons());
        v.put("windowStart", w.windowStart().toString());
        v.put("raisedAt", w.raisedAt().toString());
        v.put("updatedAt", w.updatedAt().toString());
        List<Clock> owed = clocks.forSubject(EarlyWarnings.SUBJECT, w.id());
        List<StoredWarning.Action> actions = warnings.actions(w.id());
        v.put("recipients", w.recipients().stream().map(r -> {
            Map<String, Object> rv = new LinkedHashMap<>();
            rv.put("agencyId", r.agencyId());
            rv.put("agencyName", registry.byId(r.agencyId()).map(Agency::name).orElse(r.agencyId()));
            rv.put("agencyKind", registry.byId(r.agencyId()).map(a -> a.kind().slug()).orElse(null));
            rv.put("notifiedGrade", r.notifiedGrade().name());
            rv.put("notifiedAt", r.notifiedAt().toString());
            rv.put("acknowledgedGrade", r.acknowledgedGrade() == null ? null : r.acknowledgedGrade().name());
            rv.put("acknowledgedAt", r.acknowledgedAt() == null ? null : r.acknowledgedAt().toString());
            rv.put("acknowledged", r.acknowledged(w.grade()));
            rv.put("note", r.ackNote());
            rv.put("actionReported", actions.stream().anyMatch(a -> a.agencyId().equals(r.agencyId())));
            rv.put("overdue", owed.stream().anyMatch(c -> r.agencyId().equals(c.responsibleAgency()) && c.state() != Clock.State.STOPPED
                    && c.level() >= Clock.OVERDUE));
            rv.put("escalated", owed.stream().anyMatch(c -> r.agencyId().equals(c.responsibleAgency()) && c.level() >= Clock.ESCALATED));
            // what the recipient owes now (acknowledgement, then the action report) and by when, for the time left
            owed.stream().filter(c -> r.agencyId().equals(c.responsibleAgency()) && c.state() == Clock.State.RUNNING)
                    .reduce((first, later) -> later).ifPresent(c -> {
                        rv.put("dueKind", c.kind().name());
                        rv.put("dueAt", c.dueAt().toString());
                    });
            return rv;
        }).toList());
        if (full) {
            v.put("actions", actions.stream().map(a -> Map.of("agencyId", a.agencyId(), "action", a.text(), "reportedAt",
                    a.reportedAt().toString())).toList());
            v.put("members", members(w));
        }
        List<String> allowed = new ArrayList<>();
        w.recipient(caller.id()).ifPresent(r -> {
            if (!r.acknowledged(w.grade())) {
                allowed.add("ACKNOWLEDGE");
            }
            if (r.acknowledgedAt() != null) {
                allowed.add("REPORT_ACTION");
            }
        });
        v.put("allowedActions", allowed);
        return v;
    }

    /** The member referrals as a department that is not their party may see them: names and numbers masked, no facts. */
    private List<Map<String, Object>> members(StoredWarning w) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WarningLedger.Member m : warnings.members(w.id(), MAX_MEMBERS)) {
            Map<String, Object> mv = new LinkedHashMap<>();
            mv.put("referralId", m.id());
            mv.put("channel", registry.byId(m.sender()).map(a -> a.kind().slug()).orElse(m.sender()));
            mv.put("channelName", registry.byId(m.sender()).map(Agency::name).orElse(m.sender()));
            mv.put("region", m.region());
            mv.put("category", m.category());
            mv.put("categoryLabel", Arrays.stream(Category.values()).filter(c -> c.name().equals(m.category())).map(Category::label)
                    .findFirst().orElse(m.category()));
            mv.put("status", m.status());
            mv.put("people", m.people());
            mv.put("amountClaimed", m.amount());
            mv.put("submittedAt", m.submittedAt().toString());
            JsonNode applicant = ledger.find(m.id()).map(StoredReferral::payload).map(json::parse).map(d -> d.path("applicant")).orElse(null);
            if (applicant != null) {
                mv.put("applicantName", Masking.personName(applicant.path("name").asText("")));
                mv.put("applicantIdNumber", Masking.idNumber(applicant.path("idNumber").asText("")));
                mv.put("applicantPhone", Masking.phone(applicant.path("phone").asText("")));
            }
            rows.add(mv);
        }
        return rows;
    }

    private static Grade grade(Exchange exchange) {
        String raw = exchange.getMessage().getHeader("grade", String.class);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Grade.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ApiRoutes.badParam("grade", "must be one of " + Arrays.toString(Grade.values()));
        }
    }

    private static String status(Exchange exchange) {
        String raw = exchange.getMessage().getHeader("status", String.class);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!STATUSES.contains(raw.trim())) {
            throw ApiRoutes.badParam("status", "must be one of " + STATUSES);
        }
        return raw.trim();
    }

    private static String region(Exchange exchange) {
        String raw = exchange.getMessage().getHeader("region", String.class);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.trim().matches("[0-9]{2,6}")) {
            throw ApiRoutes.badParam("region", "must be a division code or its prefix (2 to 6 digits), e.g. 3303");
        }
        String r = raw.trim();
        while (r.length() > 2 && r.endsWith("00")) {
            r = r.substring(0, r.length() - 2);
        }
        return r;
    }

    private JsonNode body(Exchange exchange) {
        String text = exchange.getMessage().getBody(String.class);
        return text == null || text.isBlank() ? null : json.parse(text);
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader("id", String.class);
    }

}
