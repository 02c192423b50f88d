package cn.legalaidhub.typicalcases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Typical cases in the ledger. */
@Component
public class TypicalCaseLedger {

    private static final String COLUMNS = "id, referral_id, agency_id, region, category, applicant_group, title, parties, facts, actions, "
            + "result, commentary, status, submitted_at, reviewed_by, reviewed_at, review_note, published_at";

    private final JdbcTemplate jdbc;

    TypicalCaseLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TypicalCase c) {
        jdbc.update("insert into typical_case (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", c.id(), c.referralId(),
                c.agencyId(), c.region(), c.category(), c.applicantGroup(), c.title(), c.parties(), c.facts(), c.actions(), c.result(),
                c.commentary(), c.status().name(), ts(c.submittedAt()), c.reviewedBy(), ts(c.reviewedAt()), c.reviewNote(),
                ts(c.publishedAt()));
    }

    /** Replaces the write-up and status if the case is still in {@code expected} (compare-and-set). */
    boolean update(TypicalCase c, TypicalCase.Status expected) {
        return jdbc.update("update typical_case set title = ?, parties = ?, facts = ?, actions = ?, result = ?, commentary = ?, status = ?, "
                + "submitted_at = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?, published_at = ? where id = ? and status = ?",
                c.title(), c.parties(), c.facts(), c.actions(), c.result(), c.commentary(), c.status().name(), ts(c.submittedAt()),
                c.reviewedBy(), ts(c.reviewedAt()), c.reviewNote(), ts(c.publishedAt()), c.id(), expected.name()) == 1;
    }

    Optional<TypicalCase> find(String id) {
        return jdbc.query("select " + COLUMNS + " from typical_case where id = ?", TypicalCaseLedger::row, id).stream().findFirst();
    }

    Optional<TypicalCase> forReferral(String referralId) {
        return jdbc.query("select " + COLUMNS + " from typical_case where referral_id = ?", TypicalCaseLedger::row, referralId).stream()
                .findFirst();
    }

    /** Cases of a region (prefix), optionally of one status or flagged by one agency, newest first. */
    List<TypicalCase> list(String regionPrefix, TypicalCase.Status status, String agencyId, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from typical_case where region like ?");
        List<Object> args = new ArrayList<>(List.of(regionPrefix + "%"));
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        if (agencyId != null) {
            sql.append(" and agency_id = ?");
            args.add(agencyId);
        }
        sql.append(" order by submitted_at desc, id fetch first ").append(limit).append(" rows only");
        return jdbc.query(sql.toString(), TypicalCaseLedger::row, args.toArray());
    }

    /** Published cases of a region prefix, published within [from, to), oldest first: what a periodic report lists. */
    public List<TypicalCase> published(String regionPrefix, Instant from, Instant to) {
        return jdbc.query("select " + COLUMNS + " from typical_case where status = 'PUBLISHED' and region like ? and published_at >= ? "
                + "and published_at < ? order by published_at, id", TypicalCaseLedger::row, regionPrefix + "%", ts(from), ts(to));
    }

    private static TypicalCase row(ResultSet rs, int n) throws SQLException {
        return new TypicalCase(rs.getString("id"), rs.getString("referral_id"), rs.getString("agency_id"), rs.getString("region"),
                rs.getString("category"), rs.getString("applicant_group"), rs.getString("title"), rs.getString("parties"),
                rs.getString("facts"), rs.getString("actions"), rs.getString("result"), rs.getString("commentary"),
                TypicalCase.Status.valueOf(rs.getString("status")), instant(rs, "submitted_at"), rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"), rs.getString("review_note"), instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
