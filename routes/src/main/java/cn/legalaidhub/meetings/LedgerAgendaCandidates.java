package cn.legalaidhub.meetings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Agenda suggestions from the ledger: cases with an overdue deadline, and collective cases (群体性案件). */
@Component
class LedgerAgendaCandidates implements AgendaCandidates {

    private final JdbcTemplate jdbc;

    LedgerAgendaCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Candidate> candidates(String regionPrefix, int limit) {
        List<Candidate> found = new ArrayList<>();
        found.addAll(jdbc.query("select id, status, receiver_agency, people_count from referral where overdue = true and region like ? "
                + "and status not in ('CLOSED', 'ARCHIVED', 'CANCELLED', 'TERMINATED', 'DECLINED') order by priority desc, updated_at "
                + "fetch first " + limit + " rows only", (rs, n) -> new Candidate(rs.getString(1), "OVERDUE", "办理超期",
                "状态 " + rs.getString(2) + "，承办机构 " + rs.getString(3) + "，" + rs.getInt(4) + "人"), regionPrefix + "%"));
        found.addAll(jdbc.query("select representative_referral, member_count, people_count, total_amount, employer_name, project "
                + "from collective_case where region like ? order by people_count desc, updated_at desc fetch first " + limit
                + " rows only", (rs, n) -> new Candidate(rs.getString(1), "COLLECTIVE", "群体性案件", detail(rs.getString(5),
                rs.getString(6), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4))), regionPrefix + "%"));
        return found;
    }

    private static String detail(String employer, String project, int members, int people, BigDecimal amount) {
        return (employer == null ? "" : employer) + (project == null ? "" : "（" + project + "）") + "：" + members + "件，" + people
                + "人，涉及金额 " + (amount == null ? "不详" : amount.toPlainString() + "元");
    }
}
