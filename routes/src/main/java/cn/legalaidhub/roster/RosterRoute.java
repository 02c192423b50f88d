package cn.legalaidhub.roster;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.JsonDocuments;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/roster}: the three-party liaison roster of a region — each side's agency,
 * liaisons and backups with their duty windows, and who is on duty now (or at {@code ?at=}). Read by
 * the agencies of the region and the coordinators above it.
 */
@Component
class RosterRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final Roster roster;
    private final RuleBook rules;
    private final ReferralLedger ledger;
    private final JsonDocuments json;
    private final Clock clock;

    RosterRoute(CallingAgency callingAgency, Roster roster, RuleBook rules, ReferralLedger ledger, JsonDocuments json, Clock clock) {
        this.callingAgency = callingAgency;
        this.roster = roster;
        this.rules = rules;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void configure() {
        rest("/api/v1/roster").get().id("rest-get-roster").produces(ApiRoutes.JSON).to("direct:roster-read");

        from("direct:roster-read").routeId("roster-read").routeConfigurationId(ApiRoutes.API_ERRORS).process(this::read);
    }

    private void read(Exchange exchange) {
        Agency caller = callingAgency.of(exchange);
        String region = exchange.getMessage().getHeader("region", caller.region(), String.class);
        Instant at = at(exchange.getMessage().getHeader("at", String.class));
        Roster.RegionEntry entry = roster.regionOf(region).orElseThrow(() -> HubException.notFound(
                "No three-party liaison roster covers region " + region + ". 该地区未登记三方专人联系名册。"));
        boolean inRegion = caller.region().startsWith(entry.prefix()) || entry.region().startsWith(caller.regionPrefix()) && caller.coordinator();
        if (!inRegion) {
            throw HubException.notFound("No three-party liaison roster of region " + region + " is open to your agency. "
                    + "三方专人联系名册仅向本地区机构开放。");
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("region", entry.region());
        view.put("rule", Map.of("id", RuleIds.THREE_PARTY_COPY, "title", rules.rule(RuleIds.THREE_PARTY_COPY).title(),
                "source", rules.rule(RuleIds.THREE_PARTY_COPY).source()));
        view.put("at", at.toString());
        view.put("sides", entry.sides().values().stream().sorted(java.util.Comparator.comparing(Roster.SideEntry::side)).map(s -> {
            Map<String, Object> side = new LinkedHashMap<>();
            side.put("side", s.side().slug());
            side.put("sideLabel", s.side().label());
            side.put("agency", s.agency().id());
            side.put("agencyName", s.agency().name());
            side.put("liaisons", s.liaisons().stream().map(RosterRoute::person).toList());
            side.put("backups", s.backups().stream().map(RosterRoute::person).toList());
            Roster.OnDuty duty = roster.onDuty(s, at);
            side.put("onDuty", Map.of("names", duty.people().stream().map(Roster.Person::name).toList(), "backup", duty.backup(),
                    "label", duty.names()));
            return side;
        }).toList());
        ledger.audit(caller.id(), "READ_ROSTER", entry.region(), null);
        ApiRoutes.respond(exchange, 200, json.write(view));
    }

    private Instant at(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiRoutes.badParam("at", "must be a date-time with offset, e.g. 2026-02-16T10:00:00+08:00");
        }
    }

    private static Map<String, Object> person(Roster.Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        if (p.role() != null) {
            m.put("role", p.role());
        }
        if (p.phone() != null) {
            m.put("phone", p.phone());
        }
        m.put("duty", p.duty().isEmpty() ? List.of("ALWAYS") : p.duty().stream().map(DutyWindow::text).toList());
        if (!p.off().isEmpty()) {
            m.put("off", p.off().stream().map(DutyWindow.DayRule::text).toList());
        }
        return m;
    }
}
