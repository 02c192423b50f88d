package cn.legalaidhub.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Quality numbers over a set of referrals: return visits and the satisfaction rate (满意 + 基本满意
 * over all visits), the lawyers' hearing attendance rate, and the average peer-review score. Rates
 * are rounded to three decimals, averages to two (half up), from exact sums.
 */
@Component
public class QualityStatistics {

    private final NamedParameterJdbcTemplate jdbc;

    QualityStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code referralIds} is a SQL query selecting the referrals' ids, with its parameters. */
    public Map<String, Object> compute(String referralIds, MapSqlParameterSource params) {
        Map<String, Object> answer = new LinkedHashMap<>();
        String in = " from quality_record q where q.referral_id in (" + referralIds + ")";
        jdbc.query("select count(*) visits, sum(case when q.grade = 'SATISFIED' then 1 else 0 end) satisfied,"
                + " sum(case when q.grade = 'BASICALLY_SATISFIED' then 1 else 0 end) basically,"
                + " sum(case when q.grade = 'DISSATISFIED' then 1 else 0 end) dissatisfied, sum(q.satisfaction) points"
                + in + " and q.kind = 'RETURN_VISIT'", params, rs -> {
                    long visits = rs.getLong("visits");
                    long satisfied = rs.getLong("satisfied");
                    long basically = rs.getLong("basically");
                    answer.put("returnVisits", visits);
                    answer.put("satisfied", satisfied);
                    answer.put("basicallySatisfied", basically);
                    answer.put("dissatisfied", rs.getLong("dissatisfied"));
                    answer.put("satisfactionRate", rate(satisfied + basically, visits));
                    answer.put("averageSatisfaction", average(rs.getBigDecimal("points"), visits));
                });
        jdbc.query("select count(*) hearings, sum(case when q.attended then 1 else 0 end) attended" + in + " and q.kind = 'HEARING'",
                params, rs -> {
                    long hearings = rs.getLong("hearings");
                    long attended = rs.getLong("attended");
                    answer.put("hearings", hearings);
                    answer.put("hearingsAttended", attended);
                    answer.put("attendanceRate", rate(attended, hearings));
                });
        jdbc.query("select count(*) reviews, sum(q.score) points" + in + " and q.kind = 'PEER_REVIEW'", params, rs -> {
            long reviews = rs.getLong("reviews");
            answer.put("peerReviews", reviews);
            answer.put("averagePeerScore", average(rs.getBigDecimal("points"), reviews));
        });
        Map<String, Long> grades = new LinkedHashMap<>();
        for (PeerGrade g : PeerGrade.values()) {
            grades.put(g.label(), 0L);
        }
        jdbc.query("select q.grade, count(*) n" + in + " and q.kind = 'PEER_REVIEW' group by q.grade", params,
                rs -> {
                    grades.put(PeerGrade.valueOf(rs.getString("grade")).label(), rs.getLong("n"));
                });
        answer.put("peerGrades", grades);
        return answer;
    }

    public static Double rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP).doubleValue();
    }

    public static BigDecimal average(BigDecimal sum, long count) {
        return count == 0 || sum == null ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
