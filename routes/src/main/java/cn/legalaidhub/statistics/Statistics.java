package cn.legalaidhub.statistics;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.OutcomeResult;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.quality.QualityStatistics;
import cn.legalaidhub.rules.RuleBook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The supervisors' numbers, computed from the ledger (the system of record) with SQL: referrals by
 * category, group, region and status, by month, the rules fired with their sources, time-limit
 * compliance from the lifecycle's clocks, and the money recovered reported when cases close. A coordinator agency counts its whole region;
 * any other agency the referrals it is party to.
 */
@Component
class Statistics {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final RuleBook rules;
    private final QualityStatistics quality;

    Statistics(NamedParameterJdbcTemplate jdbc, ObjectMapper mapper, RuleBook rules, QualityStatistics quality) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.rules = rules;
        this.quality = quality;
    }

    Map<String, Object> compute(Agency agency, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where ");
        if (agency.coordinator()) {
            where.append("r.region like :regionLike");
            params.addValue("regionLike", agency.regionPrefix() + "%");
        } else {
            where.append("(r.sender_agency = :agency or r.receiver_agency = :agency)");
            params.addValue("agency", agency.id());
        }
        if (from != null) {
            where.append(" and r.submitted_at >= :from");
            params.addValue("from", OffsetDateTime.of(from.atStartOfDay(), ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and r.submitted_at < :to");
            params.addValue("to", OffsetDateTime.of(to.plusDays(1).atStartOfDay(), ZoneOffset.UTC));
        }
        String scoped = " from referral r" + where;

        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("agency", agency.id());
        scope.put("agencyName", agency.name());
        scope.put("coordinator", agency.coordinator());
        scope.put("region", agency.coordinator() ? agency.regionPrefix() : null);
        answer.put("scope", scope);
        answer.put("from", from == null ? null : from.toString());
        answer.put("to", to == null ? null : to.toString());
        jdbc.query("select count(*) total, sum(case when r.green_channel then 1 else 0 end) green,"
                + " sum(case when r.urgent then 1 else 0 end) urgent, sum(case when r.overdue then 1 else 0 end) overdue,"
                + " sum(r.people_count) people" + scoped, params, rs -> {
                    answer.put("total", rs.getLong("total"));
                    answer.put("greenChannel", rs.getLong("green"));
                    answer.put("urgent", rs.getLong("urgent"));
                    answer.put("overdue", rs.getLong("overdue"));
                    answer.put("people", rs.getLong("people"));
                });
        answer.put("byCategory", counts(grouped("r.category", scoped, params), Category.class));
        answer.put("byGroup", counts(grouped("r.applicant_group", scoped, params), Group.class));
        answer.put("byRegion", counts(grouped("r.region", scoped, params), null));
        answer.put("byStatus", counts(grouped("r.status", scoped, params), ReferralStatus.class));
        answer.put("byMonth", byMonth(scoped, params));
        answer.put("rulesFired", rulesFired(scoped, params));
        answer.put("timeLimits", timeLimits(scoped, params));
        answer.putAll(outcomes(scoped, params));
        // return visits, hearing attendance and peer reviews of these referrals (quality package)
        answer.put("quality", quality.compute("select r.id" + scoped, params));
        return answer;
    }

    private Map<String, Long> grouped(String column, String scoped, MapSqlParameterSource params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select " + column + " k, count(*) n" + scoped + " group by " + column + " order by count(*) desc, "
                + column, params, rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    private static <E extends Enum<E> & LabelledCode> List<Map<String, Object>> counts(Map<String, Long> counts, Class<E> labels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((code, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", code);
            row.put("label", labels == null ? code : LabelledCode.parse(labels, code).map(LabelledCode::label).orElse(code));
            row.put("count", n);
            rows.add(row);
        });
        return rows;
    }

    /** Referrals submitted per month (UTC), each split by category. */
    private List<Map<String, Object>> byMonth(String scoped, MapSqlParameterSource params) {
        Map<String, Map<String, Long>> months = new TreeMap<>();
        jdbc.query("select extract(year from r.submitted_at) y, extract(month from r.submitted_at) m, r.category c, count(*) n"
                + scoped + " group by extract(year from r.submitted_at), extract(month from r.submitted_at), r.category", params, rs -> {
                    String month = String.format("%04d-%02d", rs.getInt("y"), rs.getInt("m"));
                    months.computeIfAbsent(month, k -> new LinkedHashMap<>()).merge(rs.getString("c"), rs.getLong("n"), Long::sum);
                });
        List<Map<String, Object>> rows = new ArrayList<>();
        months.forEach((month, byCategory) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", month);
            row.put("count", byCategory.values().stream().mapToLong(Long::longValue).sum());
            row.put("byCategory", byCategory);
            rows.add(row);
        });
        return rows;
    }

    /** Referrals on which each rule fired (the lifecycle's rule firings), with the rule's source. */
    private List<Map<String, Object>> rulesFired(String scoped, MapSqlParameterSource params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select f.rule_id, max(f.source) source, count(distinct f.referral_id) n from rule_firing f"
                + " where f.referral_id in (select r.id" + scoped + ") group by f.rule_id order by count(distinct f.referral_id) desc, f.rule_id",
                params, rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    String rule = rs.getString("rule_id");
                    row.put("rule", rule);
                    row.put("title", rules.all().containsKey(rule) ? rules.rule(rule).title() : rule);
                    row.put("source", rs.getString("source"));
                    row.put("count", rs.getLong("n"));
                    rows.add(row);
                });
        return rows;
    }

    /**
     * Time-limit compliance from the lifecycle's clocks (working days, paused while documents are
     * missing): per kind of deadline, how many were met or missed, and how many are overdue now.
     */
    private List<Map<String, Object>> timeLimits(String scoped, MapSqlParameterSource params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select c.kind, sum(case when c.state = 'STOPPED' then 1 else 0 end) done,"
                + " sum(case when c.state = 'STOPPED' and c.stopped_at <= c.due_at then 1 else 0 end) met,"
                + " sum(case when c.state <> 'STOPPED' and c.level >= 2 then 1 else 0 end) overdue_now"
                + " from clock c where c.subject_type = 'REFERRAL' and c.referral_id in (select r.id" + scoped + ")"
                + " group by c.kind order by c.kind", params, rs -> {
                    String kind = rs.getString("kind");
                    ClockKind known = java.util.Arrays.stream(ClockKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
                    if (known != null && known.acting()) {
                        return;
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", kind);
                    row.put("label", known == null ? kind : known.label());
                    row.put("done", rs.getLong("done"));
                    row.put("met", rs.getLong("met"));
                    row.put("rate", rate(rs.getLong("met"), rs.getLong("done")));
                    row.put("overdueNow", rs.getLong("overdue_now"));
                    rows.add(row);
                });
        return rows;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }

    /** Closing events: how many, by result, and the money recovered they report. */
    private Map<String, Object> outcomes(String scoped, MapSqlParameterSource params) {
        BigDecimal[] recovered = {BigDecimal.ZERO};
        Map<String, Long> results = new LinkedHashMap<>();
        long[] closed = new long[1];
        jdbc.query("select e.detail from referral_event e where e.type = 'CLOSED' and e.referral_id in (select r.id"
                + scoped + ")", params, rs -> {
                    closed[0]++;
                    try {
                        JsonNode outcome = mapper.readTree(rs.getString("detail")).path("outcome");
                        if (outcome.path("amountRecovered").isNumber()) {
                            recovered[0] = recovered[0].add(outcome.path("amountRecovered").decimalValue());
                        }
                        results.merge(outcome.path("result").asText("OTHER"), 1L, Long::sum);
                    } catch (Exception unreadable) {
                        results.merge("OTHER", 1L, Long::sum);
                    }
                });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("closed", closed[0]);
        answer.put("outcomes", counts(results, OutcomeResult.class));
        BigDecimal ledgerSum = jdbc.queryForObject("select sum(r.amount_recovered)" + scoped, params, BigDecimal.class);
        // the ledger keeps each case's amount (closing or mediation agreement); the events' sum only when it has none
        answer.put("moneyRecovered", ledgerSum == null ? recovered[0] : ledgerSum);
        return answer;
    }
}
