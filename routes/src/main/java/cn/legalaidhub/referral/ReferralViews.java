package cn.legalaidhub.referral;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.documents.MissingDocument;
import cn.legalaidhub.documents.MissingDocuments;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.minors.MandatoryReports;
import cn.legalaidhub.privacy.Masking;
import cn.legalaidhub.rules.RuleBook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The referral as a party reads it: the document (masked for parties that do not handle it), the
 * timeline, the clocks with time left, the missing-documents checklist, the rules that fired with
 * their sources, links to duplicates and the collective case, and the events the caller may report now.
 */
@Component
class ReferralViews {

    private static final Set<String> PROTECTED_CATEGORIES = Set.of("DOMESTIC_VIOLENCE", "MINOR_PROTECTION");

    private final ReferralLedger ledger;
    private final ClockLedger clocks;
    private final MissingDocuments documents;
    private final MandatoryReports reports;
    private final ReferralEvents events;
    private final RuleBook rules;
    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final java.time.Clock clock;

    ReferralViews(ReferralLedger ledger, ClockLedger clocks, MissingDocuments documents, MandatoryReports reports,
            ReferralEvents events, RuleBook rules, JdbcTemplate jdbc, ObjectMapper mapper, java.time.Clock clock) {
        this.ledger = ledger;
        this.clocks = clocks;
        this.documents = documents;
        this.reports = reports;
        this.events = events;
        this.rules = rules;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Does the caller handle the case (and so see it unmasked)? The referrer, the receiver, an assigned workstation. */
    boolean handles(StoredReferral r, Agency caller) {
        return r.isParty(caller.id()) || ledger.parties(r.id()).stream()
                .anyMatch(p -> p.agencyId().equals(caller.id()) && ReferralEvents.ASSIGNEE.equals(p.role()));
    }

    Map<String, Object> view(StoredReferral r, Agency caller, String userRole, boolean masked) throws Exception {
        Instant now = clock.instant();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("referralId", r.id());
        view.put("sourceRef", r.sourceRef());
        view.put("sender", r.senderAgency());
        view.put("receiver", r.receiverAgency());
        view.put("receiverKind", r.receiverKind());
        view.put("status", r.status());
        view.put("statusLabel", ReferralStatus.valueOf(r.status()).label());
        view.put("priority", r.priority());
        view.put("greenChannel", r.greenChannel());
        view.put("urgent", r.urgent());
        view.put("overdue", r.overdue());
        view.put("rulesFired", r.rulesFired());
        view.put("submittedAt", r.submittedAt().toString());
        view.put("updatedAt", r.updatedAt().toString());
        view.put("version", r.version());
        view.put("masked", masked);
        JsonNode document = mapper.readTree(r.payload());
        view.put("referral", masked ? mask(document, r) : document);
        view.put("urgency", urgency(document, r));
        view.put("allowedEvents", events.allowedNow(r, caller, userRole));
        view.put("parties", ledger.parties(r.id()).stream().map(p -> Map.of("agency", p.agencyId(), "role", p.role())).toList());
        view.put("clocks", clocks.forReferral(r.id()).stream().filter(c -> "REFERRAL".equals(c.subjectType()))
                .map(c -> clockView(c, now)).toList());
        view.put("missingDocuments", documents.list(r.id()).stream().map(ReferralViews::documentView).toList());
        view.put("rules", ledger.rulesFired(r.id()).stream().map(f -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("rule", f.ruleId());
            rule.put("title", rules.all().containsKey(f.ruleId()) ? rules.rule(f.ruleId()).title() : f.ruleId());
            rule.put("source", f.source());
            rule.put("firedAt", f.at().toString());
            if (f.detail() != null) {
                rule.put("detail", f.detail());
            }
            return rule;
        }).toList());
        view.put("duplicates", jdbc.queryForList("select linked_id from referral_link where referral_id = ? and kind = 'DUPLICATE' "
                + "order by created_at", String.class, r.id()));
        if (r.collectiveId() != null) {
            view.put("collectiveCase", collective(r.collectiveId()));
        }
        List<MandatoryReports.Report> madeReports = reports.forReferral(r.id());
        if (!madeReports.isEmpty() && !masked) {
            view.put("mandatoryReports", madeReports.stream().map(m -> Map.of("reportId", m.id(), "createdAt", m.createdAt().toString(),
                    "recipients", m.recipients().stream().map(x -> {
                        Map<String, Object> rc = new LinkedHashMap<>();
                        rc.put("agency", x.agencyId());
                        rc.put("acknowledged", x.acknowledgedAt() != null);
                        rc.put("replied", x.repliedAt() != null);
                        return rc;
                    }).toList())).toList());
        }
        return view;
    }

    private Map<String, Object> urgency(JsonNode document, StoredReferral r) {
        Map<String, Object> urgency = new LinkedHashMap<>();
        urgency.put("aidFirst", r.urgent());
        JsonNode limitation = document.path("urgency").path("limitationDate");
        if (limitation.isTextual()) {
            LocalDate date = LocalDate.parse(limitation.asText());
            urgency.put("limitationDate", date.toString());
            urgency.put("daysLeft", ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(rules.calendar().zone())), date));
        }
        List<String> reasons = new java.util.ArrayList<>();
        document.path("urgency").path("reasons").forEach(x -> reasons.add(x.asText()));
        urgency.put("reasons", reasons);
        return urgency;
    }

    private Map<String, Object> collective(String id) {
        Map<String, Object> c = new LinkedHashMap<>(jdbc.queryForMap("select id, employer_name, project, region, "
                + "representative_referral, member_count, people_count, total_amount from collective_case where id = ?", id));
        c.put("members", jdbc.queryForList("select id from referral where collective_id = ? order by submitted_at", String.class, id));
        Map<String, Object> out = new LinkedHashMap<>();
        c.forEach((k, v) -> out.put(camel(k.toLowerCase()), v));
        return out;
    }

    static Map<String, Object> clockView(Clock c, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", c.kind().name());
        view.put("label", c.kind().label());
        if (c.item() != null) {
            view.put("item", c.item());
        }
        view.put("responsibleAgency", c.responsibleAgency());
        view.put("rule", c.ruleId());
        view.put("source", c.source());
        view.put("state", c.state().name());
        view.put("startedAt", c.startedAt().toString());
        view.put("dueAt", c.dueAt().toString());
        if (c.state() == Clock.State.PAUSED && c.pausedRemaining() != null) {
            view.put("pausedAt", c.pausedAt().toString());
            view.put("remaining", "WORKING_DAYS".equals(c.unit()) ? c.pausedRemaining() + " working-days"
                    : Duration.ofSeconds(c.pausedRemaining()).toString());
        } else if (c.state() == Clock.State.RUNNING) {
            view.put("secondsLeft", Duration.between(now, c.dueAt()).toSeconds());
        }
        view.put("overdue", c.level() >= Clock.OVERDUE && c.state() != Clock.State.STOPPED && !c.kind().acting());
        view.put("escalated", c.level() >= Clock.ESCALATED);
        return view;
    }

    private static Map<String, Object> documentView(MissingDocument d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("item", d.item());
        view.put("label", d.itemLabel());
        if (d.description() != null) {
            view.put("description", d.description());
        }
        view.put("provider", d.provider());
        if (d.providerAgency() != null) {
            view.put("providerAgencyId", d.providerAgency());
        }
        view.put("dueDate", d.dueDate().toString());
        view.put("state", d.state().name());
        if (d.resolvedAt() != null) {
            view.put("resolvedAt", d.resolvedAt().toString());
            view.put("resolvedBy", d.resolvedBy());
        }
        if (d.reason() != null) {
            view.put("reason", d.reason());
        }
        return view;
    }

    /** ID numbers and phones masked; names of minors and victims reduced to surname + 某 (DOMAIN.md "Privacy"). */
    private JsonNode mask(JsonNode document, StoredReferral r) {
        ObjectNode copy = document.deepCopy();
        boolean protectedPerson = "MINOR".equals(r.applicantGroup()) || PROTECTED_CATEGORIES.contains(r.category());
        for (String person : List.of("applicant", "agent")) {
            JsonNode node = copy.path(person);
            if (node instanceof ObjectNode p) {
                if (p.hasNonNull("idNumber")) {
                    p.put("idNumber", Masking.idNumber(p.path("idNumber").asText()));
                }
                if (p.hasNonNull("phone")) {
                    p.put("phone", Masking.phone(p.path("phone").asText()));
                }
                if ("applicant".equals(person) && protectedPerson && p.hasNonNull("name")) {
                    p.put("name", Masking.personName(p.path("name").asText()));
                }
                p.remove("address");
            }
        }
        return copy;
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }

}
