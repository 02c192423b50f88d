package cn.legalaidhub.minors;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.clocks.ClockPlanner;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.routing.ReceiverSelector;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mandatory reporting of harm to minors (强制报告, 晋司通〔2022〕57号): an intake that concerns a
 * minor and harm makes a restricted report to the region's police and procuratorate liaisons, who
 * must acknowledge within the limit and reply with what they did. Only they and the referral's
 * own parties see it.
 */
@Component
public class MandatoryReports {

    private static final Logger log = LoggerFactory.getLogger(MandatoryReports.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    public static final String SUBJECT = "MANDATORY_REPORT";

    /** A report and what each recipient has done. */
    public record Report(String id, String referralId, String summary, Instant createdAt, List<Recipient> recipients) {
    }

    public record Recipient(String agencyId, Instant acknowledgedAt, Instant repliedAt, String reply) {
    }

    private final JdbcTemplate jdbc;
    private final RuleBook rules;
    private final ReceiverSelector receivers;
    private final AgencyRegistry registry;
    private final Notices notices;
    private final ClockPlanner planner;
    private final ClockLedger clocks;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MandatoryReports(JdbcTemplate jdbc, RuleBook rules, ReceiverSelector receivers, AgencyRegistry registry, Notices notices,
            ClockPlanner planner, ClockLedger clocks, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.receivers = receivers;
        this.registry = registry;
        this.notices = notices;
        this.planner = planner;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** Adds the report to a new referral's change when the intake concerns a minor and harm. */
    public void onIntake(ReferralChange change, StoredReferral r, JsonNode referral, Instant at) {
        Rule rule = rules.rule(RuleIds.MANDATORY_REPORT_MINOR);
        JsonNode matter = referral.path("matter");
        boolean harm = matter.path("minorHarmSuspected").asBoolean(false) || rule.list("categories").contains(r.category());
        if (!rule.enabled() || !isMinor(referral.path("applicant")) || !harm) {
            return;
        }
        List<Agency> recipients = new ArrayList<>();
        for (String kind : rule.list("recipient-kinds")) {
            receivers.select(r.region(), r.category(), kind).ifPresent(recipients::add);
        }
        String id = newId(at);
        String summary = summary(r, referral);
        change.ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), "report " + id + " to "
                + String.join(",", recipients.stream().map(Agency::id).toList()), at));
        change.timeline(TimelineEntry.hub(at, "MANDATORY_REPORT", null, null, "已向" + recipients.size() + "个机构强制报告 " + id));
        change.write(() -> jdbc.update("insert into mandatory_report (id, referral_id, summary, created_at) values (?,?,?,?)",
                id, r.id(), summary, ts(at)));
        if (recipients.isEmpty()) {
            log.warn("ALERT mandatory report {} of referral {}: no police or procuratorate agency serves region {}", id, r.id(), r.region());
            registry.coordinatorFor(r.region()).ifPresent(bureau -> change.message(notices.to(bureau.id(), draft(id, r, summary,
                    bureau, "强制报告无法送达：本地区未登记公安、检察联络机构，请协调机构立即人工报告", null, rule), 9, at)));
            return;
        }
        for (Agency recipient : recipients) {
            Optional<cn.legalaidhub.clocks.Clock> ack = planner.fixedClock(ClockKind.REPORT_ACK, SUBJECT, id, r.id(), recipient.id(),
                    "within", at);
            planner.fixedClock(ClockKind.REPORT_REPLY, SUBJECT, id, r.id(), recipient.id(), "within", at)
                    .ifPresent(c -> change.write(() -> clocks.insert(c)));
            ack.ifPresent(c -> change.write(() -> clocks.insert(c)));
            change.write(() -> jdbc.update("insert into mandatory_report_recipient (report_id, agency_id) values (?,?)", id,
                    recipient.id()));
            change.message(notices.to(recipient.id(), draft(id, r, summary, recipient, "强制报告：未成年人疑似遭受不法侵害",
                    ack.orElse(null), rule), 9, at));
        }
    }

    public Optional<Report> find(String id) {
        return jdbc.query("select id, referral_id, summary, created_at from mandatory_report where id = ?", (rs, n) ->
                new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        recipients(rs.getString(1))), id).stream().findFirst();
    }

    public List<Report> forReferral(String referralId) {
        return jdbc.queryForList("select id from mandatory_report where referral_id = ? order by created_at", String.class, referralId)
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The recipient confirms it has the report; its acknowledgement clock stops. */
    public boolean acknowledge(String reportId, String agencyId) {
        Instant now = clock.instant();
        int n = jdbc.update("update mandatory_report_recipient set acknowledged_at = ? where report_id = ? and agency_id = ? "
                + "and acknowledged_at is null", ts(now), reportId, agencyId);
        clocks.stopSubject(SUBJECT, reportId, ClockKind.REPORT_ACK, agencyId, now);
        return n == 1;
    }

    /** The recipient reports what it did; acknowledging too, if it had not. */
    public void reply(String reportId, String agencyId, String text) {
        Instant now = clock.instant();
        acknowledge(reportId, agencyId);
        jdbc.update("update mandatory_report_recipient set replied_at = ?, reply = ? where report_id = ? and agency_id = ?",
                ts(now), text, reportId, agencyId);
        clocks.stopSubject(SUBJECT, reportId, ClockKind.REPORT_REPLY, agencyId, now);
    }

    private List<Recipient> recipients(String reportId) {
        return jdbc.query("select agency_id, acknowledged_at, replied_at, reply from mandatory_report_recipient where report_id = ? "
                + "order by agency_id", (rs, n) -> new Recipient(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class)),
                instant(rs.getObject(3, OffsetDateTime.class)), rs.getString(4)), reportId);
    }

    private Notices.Draft draft(String id, StoredReferral r, String summary, Agency to, String title,
            cn.legalaidhub.clocks.Clock ack, Rule rule) {
        return new Notices.Draft(NoticeKind.MANDATORY_REPORT, r.id(), SUBJECT, id, ack == null ? null : ack.kind().name(),
                ack == null ? null : ack.kind().label(), ack == null ? null : ack.startedAt(), ack == null ? null : ack.dueAt(), title,
                summary + "\n请签收（POST /api/v1/mandatory-reports/" + id + "/acknowledge）并回复处置情况（.../reply）。",
                to.id(), List.of(to), rule);
    }

    private String summary(StoredReferral r, JsonNode referral) {
        JsonNode applicant = referral.path("applicant");
        JsonNode agent = referral.path("agent");
        StringBuilder s = new StringBuilder();
        s.append("转介 ").append(r.id()).append("（").append(r.senderAgency()).append("，地区 ").append(r.region()).append("）涉及未成年人");
        s.append(applicant.path("name").asText("")).append("（").append(applicant.path("birthDate").asText("出生日期不详")).append("）");
        if (applicant.hasNonNull("address")) {
            s.append("，住址：").append(applicant.path("address").asText());
        }
        if (agent.isObject()) {
            s.append("；法定代理人：").append(agent.path("name").asText("")).append(" ").append(agent.path("phone").asText(""));
        }
        s.append("。案情：").append(referral.path("matter").path("facts").asText(""));
        return s.length() > 1900 ? s.substring(0, 1900) : s.toString();
    }

    private boolean isMinor(JsonNode applicant) {
        if ("MINOR".equals(applicant.path("group").asText())) {
            return true;
        }
        for (JsonNode g : applicant.path("otherGroups")) {
            if ("MINOR".equals(g.asText())) {
                return true;
            }
        }
        String birth = applicant.path("birthDate").asText("");
        if (birth.isEmpty()) {
            return false;
        }
        return Period.between(LocalDate.parse(birth), LocalDate.now(clock.withZone(rules.calendar().zone()))).getYears() < 18;
    }

    private String newId(Instant now) {
        StringBuilder id = new StringBuilder("M").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    Map<String, Object> view(Report report) {
        return Map.of("reportId", report.id(), "referralId", report.referralId(), "summary", report.summary(),
                "createdAt", report.createdAt().toString(), "recipients", report.recipients().stream().map(rc -> {
                    var m = new java.util.LinkedHashMap<String, Object>();
                    m.put("agency", rc.agencyId());
                    m.put("acknowledgedAt", rc.acknowledgedAt() == null ? null : rc.acknowledgedAt().toString());
                    m.put("repliedAt", rc.repliedAt() == null ? null : rc.repliedAt().toString());
                    m.put("reply", rc.reply());
                    return m;
                }).toList());
    }
}
