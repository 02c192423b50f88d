package cn.legalaidhub.reports;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.quality.QualityStatistics;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.typicalcases.TypicalCase;
import cn.legalaidhub.typicalcases.TypicalCaseLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A periodic statistics report (half-year or quarter) of one region, computed from the ledger: the
 * referrals submitted in the period within the region, by matter category, group, region, channel
 * (the kind of agency they came from) and status; money recovered; completion rate (closed or archived
 * over all); green-channel and priority cases by the rule that fired; deadlines missed; case quality;
 * and the typical cases the coordinator published in the period. Rates: three decimals, half up.
 */
@Component
class PeriodicReports {

    /** The groups supervisors publish (DOMAIN.md "Statistics supervisors publish"). */
    static final List<Group> FOCUS_GROUPS = List.of(Group.MIGRANT_WORKER, Group.WOMAN, Group.MINOR, Group.ELDERLY, Group.DISABLED);
    static final Set<String> COMPLETED = Set.of("CLOSED", "ARCHIVED");

    private final NamedParameterJdbcTemplate jdbc;
    private final AgencyRegistry registry;
    private final RuleBook rules;
    private final QualityStatistics quality;
    private final TypicalCaseLedger typicalCases;
    private final List<String> greenChannelRules;

    PeriodicReports(NamedParameterJdbcTemplate jdbc, AgencyRegistry registry, RuleBook rules, QualityStatistics quality,
            TypicalCaseLedger typicalCases, @Value("${hub.reports.green-channel-rules}") List<String> greenChannelRules) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.rules = rules;
        this.quality = quality;
        this.typicalCases = typicalCases;
        this.greenChannelRules = greenChannelRules.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    ZoneId zone() {
        return rules.calendar().zone();
    }

    Map<String, Object> compute(ReportPeriod period, String region, String generatedBy, Instant now) {
        String prefix = prefix(region);
        Instant from = period.from().atStartOfDay(zone()).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone()).toInstant();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("regionLike", prefix + "%")
                .addValue("from", from.atOffset(java.time.ZoneOffset.UTC)).addValue("to", to.atOffset(java.time.ZoneOffset.UTC));
        String scoped = " from referral r where r.region like :regionLike and r.submitted_at >= :from and r.submitted_at < :to";
        String ids = "select r.id" + scoped;

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reportId", ReportLedger.id(period, region));
        report.put("title", regionName(region) + period.label() + "法律援助协作统计报表");
        report.put("period", period.code());
        report.put("periodLabel", period.label());
        report.put("from", period.from().toString());
        report.put("to", period.to().toString());
        report.put("timeZone", zone().getId());
        report.put("region", region);
        report.put("regionName", regionName(region));
        report.put("generatedAt", now.toString());
        report.put("generatedBy", generatedBy);
        report.put("complete", !now.isBefore(to));

        Map<String, Object> totals = new LinkedHashMap<>();
        jdbc.query("select count(*) total, sum(r.people_count) people, sum(case when r.green_channel then 1 else 0 end) green,"
                + " sum(case when r.urgent then 1 else 0 end) urgent, sum(case when r.overdue then 1 else 0 end) overdue,"
                + " sum(case when r.status in ('CLOSED', 'ARCHIVED') then 1 else 0 end) completed,"
                + " sum(case when r.status = 'TERMINATED' then 1 else 0 end) terminated,"
                + " sum(r.amount_claimed) claimed, sum(r.amount_recovered) recovered" + scoped, params, rs -> {
                    long total = rs.getLong("total");
                    totals.put("referrals", total);
                    totals.put("people", rs.getLong("people"));
                    totals.put("greenChannel", rs.getLong("green"));
                    totals.put("urgent", rs.getLong("urgent"));
                    totals.put("overdueNow", rs.getLong("overdue"));
                    totals.put("completed", rs.getLong("completed"));
                    totals.put("terminated", rs.getLong("terminated"));
                    totals.put("completionRate", QualityStatistics.rate(rs.getLong("completed"), total));
                    totals.put("amountClaimed", money(rs.getBigDecimal("claimed")));
                    totals.put("moneyRecovered", money(rs.getBigDecimal("recovered")));
                });
        report.put("totals", totals);
        long total = (Long) totals.get("referrals");
        report.put("byCategory", byCategory(scoped, params));
        report.put("byGroup", byGroup(scoped, params, total));
        report.put("byRegion", byRegion(scoped, params));
        report.put("byChannel", byChannel(scoped, params));
        report.put("byStatus", byStatus(scoped, params));
        report.put("greenChannelByRule", greenChannelByRule(ids, params));
        report.put("overdueByDeadline", overdueByDeadline(ids, params));
        report.put("quality", quality.compute(ids, params));
        report.put("typicalCases", typicalCases.published(prefix, from, to).stream().map(TypicalCase::view).toList());
        return report;
    }

    private List<Map<String, Object>> byCategory(String scoped, MapSqlParameterSource params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select r.category k, count(*) n, sum(r.people_count) people,"
                + " sum(case when r.status in ('CLOSED', 'ARCHIVED') then 1 else 0 end) completed, sum(r.amount_recovered) recovered"
                + scoped + " group by r.category order by count(*) desc, r.category", params, rs -> {
                    Map<String, Object> row = row(rs.getString("k"), LabelledCode.parse(Category.class, rs.getString("k"))
                            .map(Category::label).orElse(rs.getString("k")), rs.getLong("n"));
                    row.put("people", rs.getLong("people"));
                    row.put("completed", rs.getLong("completed"));
                    row.put("moneyRecovered", money(rs.getBigDecimal("recovered")));
                    rows.add(row);
                });
        return rows;
    }

    /** Every group, the five supervisors publish first (zeros included), with its share of all referrals. */
    private List<Map<String, Object>> byGroup(String scoped, MapSqlParameterSource params, long total) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> recovered = new LinkedHashMap<>();
        jdbc.query("select r.applicant_group k, count(*) n, sum(r.amount_recovered) recovered" + scoped + " group by r.applicant_group",
                params, rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                    recovered.put(rs.getString("k"), rs.getBigDecimal("recovered"));
                });
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Group> order = new ArrayList<>(FOCUS_GROUPS);
        Arrays.stream(Group.values()).filter(g -> !FOCUS_GROUPS.contains(g)).forEach(order::add);
        for (Group g : order) {
            long n = counts.getOrDefault(g.name(), 0L);
            if (n == 0 && !FOCUS_GROUPS.contains(g)) {
                continue;
            }
            Map<String, Object> row = row(g.name(), g.label(), n);
            row.put("share", QualityStatistics.rate(n, total));
            row.put("moneyRecovered", money(recovered.get(g.name())));
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> byRegion(String scoped, MapSqlParameterSource params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select r.region k, count(*) n, sum(r.amount_recovered) recovered" + scoped
                + " group by r.region order by r.region", params, rs -> {
                    Map<String, Object> row = row(rs.getString("k"), regionName(rs.getString("k")), rs.getLong("n"));
                    row.put("moneyRecovered", money(rs.getBigDecimal("recovered")));
                    rows.add(row);
                });
        return rows;
    }

    /** The channel a referral came in by: the kind of the referring agency (arbitration, union, hotline, chamber of commerce…). */
    private List<Map<String, Object>> byChannel(String scoped, MapSqlParameterSource params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select r.sender_agency k, count(*) n" + scoped + " group by r.sender_agency", params, rs -> {
            String kind = registry.byId(rs.getString("k")).map(a -> a.kind().slug()).orElse("unknown");
            counts.merge(kind, rs.getLong("n"), Long::sum);
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.entrySet().stream().sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Long.compare(b.getValue(), a.getValue())).forEach(e -> rows.add(row(e.getKey(),
                        AgencyKind.fromSlug(e.getKey()).map(AgencyKind::label).orElse("未登记机构"), e.getValue())));
        return rows;
    }

    private List<Map<String, Object>> byStatus(String scoped, MapSqlParameterSource params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select r.status k, count(*) n" + scoped + " group by r.status order by count(*) desc, r.status", params,
                rs -> {
                    rows.add(row(rs.getString("k"), LabelledCode.parse(ReferralStatus.class, rs.getString("k"))
                            .map(ReferralStatus::label).orElse(rs.getString("k")), rs.getLong("n")));
                });
        return rows;
    }

    /** Referrals on which each green-channel or priority rule fired, every configured rule listed. */
    private List<Map<String, Object>> greenChannelByRule(String ids, MapSqlParameterSource params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!greenChannelRules.isEmpty()) {
            jdbc.query("select f.rule_id, count(distinct f.referral_id) n from rule_firing f where f.rule_id in (:rules)"
                    + " and f.referral_id in (" + ids + ") group by f.rule_id", new MapSqlParameterSource(params.getValues())
                    .addValue("rules", greenChannelRules), rs -> {
                        counts.put(rs.getString("rule_id"), rs.getLong("n"));
                    });
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String rule : greenChannelRules) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", rule);
            boolean known = rules.all().containsKey(rule);
            row.put("title", known ? rules.rule(rule).title() : rule);
            row.put("source", known ? rules.rule(rule).source() : null);
            row.put("count", counts.getOrDefault(rule, 0L));
            rows.add(row);
        }
        return rows;
    }

    /**
     * Per kind of deadline (not the hub's own acting clocks): how many went overdue (reached the overdue
     * level at any time) and how many are overdue now (still running).
     */
    private List<Map<String, Object>> overdueByDeadline(String ids, MapSqlParameterSource params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select c.kind, count(*) n, sum(case when c.level >= 2 then 1 else 0 end) overdue,"
                + " sum(case when c.level >= 2 and c.state <> 'STOPPED' then 1 else 0 end) overdue_now"
                + " from clock c where c.subject_type = 'REFERRAL' and c.referral_id in (" + ids + ") group by c.kind order by c.kind",
                params, rs -> {
                    String kind = rs.getString("kind");
                    ClockKind known = Arrays.stream(ClockKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
                    if (known != null && known.acting()) {
                        return;
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", kind);
                    row.put("label", known == null ? kind : known.label());
                    row.put("deadlines", rs.getLong("n"));
                    row.put("overdue", rs.getLong("overdue"));
                    row.put("overdueNow", rs.getLong("overdue_now"));
                    rows.add(row);
                });
        return rows;
    }

    private static Map<String, Object> row(String code, String label, long count) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.put("label", label);
        row.put("count", count);
        return row;
    }

    private static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The region's name: its coordinator's name, else the code. */
    String regionName(String region) {
        return registry.all().stream().filter(a -> a.region().equals(region) && a.coordinator()).map(Agency::name).findFirst()
                .map(n -> n.replaceAll("(司法局|司法厅)$", "")).orElse(region);
    }

    static String prefix(String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
