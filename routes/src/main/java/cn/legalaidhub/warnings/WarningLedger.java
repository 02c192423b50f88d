package cn.legalaidhub.warnings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Early warnings, their members, recipients and action reports in the ledger. */
@Repository
class WarningLedger {

    private static final String COLUMNS = "id, cluster_key, generation, kind, region, employer_name, project, grade, status, claims, "
            + "people, amount, channels, reasons, window_start, raised_at, updated_at, version";

    /** A referral the detector has not looked at yet. */
    record Pending(String id, String employerKey, String region, String category) {
    }

    /** One claim of a cluster. */
    record Claim(String id, String sender, String region, int people, BigDecimal amount, Instant submittedAt) {
    }

    /** A member referral as a warning shows it. */
    record Member(String id, String sender, String region, String category, String status, int people, BigDecimal amount,
            Instant submittedAt) {
    }

    private final JdbcTemplate jdbc;

    WarningLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Pending> pending(int limit) {
        return jdbc.query("select id, employer_key, region, category from referral where warning_checked = false "
                + "order by submitted_at, id fetch first " + limit + " rows only",
                (rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    void markChecked(Collection<String> ids) {
        jdbc.batchUpdate("update referral set warning_checked = true where id = ?", ids.stream().map(id -> new Object[] {id}).toList());
    }

    /** The claims of the categories against one employer or project since {@code since}: one read on the employer index. */
    List<Claim> cluster(String employerKey, Instant since, List<String> categories, int limit) {
        List<Object> args = new ArrayList<>(List.of(employerKey, ts(since)));
        args.addAll(categories);
        return jdbc.query("select id, sender_agency, region, people_count, amount_claimed, submitted_at from referral "
                + "where employer_key = ? and submitted_at >= ? and status <> 'CANCELLED' and category in (" + marks(categories.size())
                + ") order by submitted_at, id fetch first " + limit + " rows only", (rs, n) -> new Claim(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5), instant(rs.getObject(6, OffsetDateTime.class))),
                args.toArray());
    }

    /** How many claims of the categories a city (region prefix) took in [from, to). */
    int cityClaims(String cityPrefix, Instant from, Instant to, List<String> categories) {
        List<Object> args = new ArrayList<>(List.of(cityPrefix + "%", ts(from), ts(to)));
        args.addAll(categories);
        Integer n = jdbc.queryForObject("select count(*) from referral where region like ? and submitted_at >= ? and submitted_at < ? "
                + "and status <> 'CANCELLED' and category in (" + marks(categories.size()) + ")", Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The latest generation of a cluster's warning. */
    Optional<StoredWarning> latest(String clusterKey) {
        return jdbc.query("select " + COLUMNS + " from early_warning where cluster_key = ? order by generation desc fetch first 1 rows only",
                (rs, n) -> head(rs), clusterKey).stream().findFirst().map(this::withRecipients);
    }

    Optional<StoredWarning> find(String id) {
        return jdbc.query("select " + COLUMNS + " from early_warning where id = ?", (rs, n) -> head(rs), id).stream().findFirst()
                .map(this::withRecipients);
    }

    /** Inserts a new warning; a racing detector that inserted the same generation first makes this fail (unique key). */
    void insert(StoredWarning w) {
        jdbc.update("insert into early_warning (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", w.id(), w.clusterKey(),
                w.generation(), w.kind(), w.region(), w.employerName(), w.project(), w.grade().name(), w.status(), w.claims(), w.people(),
                w.amount(), String.join(",", w.channels()), String.join("\n", w.reasons()), ts(w.windowStart()), ts(w.raisedAt()),
                ts(w.updatedAt()), w.version());
    }

    /** The optimistic update of a growing cluster: false when someone else changed it since {@code version}. */
    boolean update(StoredWarning w, long version) {
        return jdbc.update("update early_warning set grade = ?, status = ?, claims = ?, people = ?, amount = ?, channels = ?, reasons = ?, "
                + "region = ?, updated_at = ?, version = version + 1 where id = ? and version = ?", w.grade().name(), w.status(), w.claims(),
                w.people(), w.amount(), String.join(",", w.channels()), String.join("\n", w.reasons()), w.region(), ts(w.updatedAt()),
                w.id(), version) == 1;
    }

    void setStatus(String id, String status, Instant at) {
        jdbc.update("update early_warning set status = ?, updated_at = ?, version = version + 1 where id = ? and status <> ?", status, ts(at),
                id, status);
    }

    /**
     * Adds the cluster's referrals that are not members yet; called in the transaction that moved the
     * warning's version on, so no other detector adds the same ones meanwhile.
     */
    int addMembers(String warningId, Collection<String> referralIds, Instant at) {
        java.util.Set<String> known = new java.util.HashSet<>(jdbc.queryForList("select referral_id from early_warning_member "
                + "where warning_id = ?", String.class, warningId));
        List<Object[]> rows = referralIds.stream().filter(r -> !known.contains(r)).distinct()
                .map(r -> new Object[] {warningId, r, ts(at)}).toList();
        jdbc.batchUpdate("insert into early_warning_member (warning_id, referral_id, joined_at) values (?,?,?)", rows);
        return rows.size();
    }

    List<Member> members(String warningId, int limit) {
        return jdbc.query("select r.id, r.sender_agency, r.region, r.category, r.status, r.people_count, r.amount_claimed, r.submitted_at "
                + "from early_warning_member m join referral r on r.id = m.referral_id where m.warning_id = ? order by r.submitted_at, r.id "
                + "fetch first " + limit + " rows only", (rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getBigDecimal(7), instant(rs.getObject(8, OffsetDateTime.class))),
                warningId);
    }

    /** Records that a department was warned at a grade (again after a grade change). */
    void notified(String warningId, String agencyId, Grade grade, Instant at) {
        if (jdbc.update("update early_warning_recipient set notified_grade = ?, notified_at = ? where warning_id = ? and agency_id = ?",
                grade.name(), ts(at), warningId, agencyId) == 0) {
            jdbc.update("insert into early_warning_recipient (warning_id, agency_id, notified_grade, notified_at) values (?,?,?,?)",
                    warningId, agencyId, grade.name(), ts(at));
        }
    }

    boolean acknowledge(String warningId, String agencyId, Grade grade, String note, Instant at) {
        return jdbc.update("update early_warning_recipient set acknowledged_grade = ?, acknowledged_at = ?, ack_note = ? "
                + "where warning_id = ? and agency_id = ?", grade.name(), ts(at), note, warningId, agencyId) == 1;
    }

    void addAction(String warningId, String agencyId, String text, Instant at) {
        jdbc.update("insert into early_warning_action (warning_id, agency_id, action_text, reported_at) values (?,?,?,?)", warningId,
                agencyId, text, ts(at));
    }

    List<StoredWarning.Action> actions(String warningId) {
        return jdbc.query("select agency_id, action_text, reported_at from early_warning_action where warning_id = ? order by reported_at, id",
                (rs, n) -> new StoredWarning.Action(rs.getString(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class))),
                warningId);
    }

    /** Warnings an agency received, or — a coordinating bureau — that concern its region; latest first, one page. */
    List<StoredWarning> visible(String agencyId, String coordinatedPrefix, Grade grade, String status, String regionPrefix, int page,
            int size) {
        List<Object> args = new ArrayList<>();
        String where = where(agencyId, coordinatedPrefix, grade, status, regionPrefix, args);
        return jdbc.query("select " + COLUMNS + " from early_warning w where " + where + " order by updated_at desc, id offset "
                + ((long) page * size) + " rows fetch next " + size + " rows only", (rs, n) -> head(rs), args.toArray()).stream()
                .map(this::withRecipients).toList();
    }

    int countVisible(String agencyId, String coordinatedPrefix, Grade grade, String status, String regionPrefix) {
        List<Object> args = new ArrayList<>();
        String where = where(agencyId, coordinatedPrefix, grade, status, regionPrefix, args);
        Integer n = jdbc.queryForObject("select count(*) from early_warning w where " + where, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** Visible warnings counted by grade and status. */
    List<Object[]> countByGrade(String agencyId, String coordinatedPrefix, String regionPrefix) {
        List<Object> args = new ArrayList<>();
        String where = where(agencyId, coordinatedPrefix, null, null, regionPrefix, args);
        return jdbc.query("select grade, status, count(*) from early_warning w where " + where + " group by grade, status",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}, args.toArray());
    }

    private static String where(String agencyId, String coordinatedPrefix, Grade grade, String status, String regionPrefix,
            List<Object> args) {
        StringBuilder where = new StringBuilder("(exists (select 1 from early_warning_recipient r where r.warning_id = w.id and r.agency_id = ?)");
        args.add(agencyId);
        if (coordinatedPrefix != null) {
            where.append(" or w.region like ?");
            args.add(coordinatedPrefix + "%");
        }
        where.append(")");
        if (grade != null) {
            where.append(" and w.grade = ?");
            args.add(grade.name());
        }
        if (status != null) {
            where.append(" and w.status = ?");
            args.add(status);
        }
        if (regionPrefix != null) {
            where.append(" and w.region like ?");
            args.add(regionPrefix + "%");
        }
        return where.toString();
    }

    private StoredWarning withRecipients(StoredWarning w) {
        List<StoredWarning.Recipient> recipients = jdbc.query("select agency_id, notified_grade, notified_at, acknowledged_grade, "
                + "acknowledged_at, ack_note from early_warning_recipient where warning_id = ? order by agency_id",
                (rs, n) -> new StoredWarning.Recipient(rs.getString(1), Grade.valueOf(rs.getString(2)),
                        instant(rs.getObject(3, OffsetDateTime.class)), rs.getString(4) == null ? null : Grade.valueOf(rs.getString(4)),
                        instant(rs.getObject(5, OffsetDateTime.class)), rs.getString(6)), w.id());
        return new StoredWarning(w.id(), w.clusterKey(), w.generation(), w.kind(), w.region(), w.employerName(), w.project(), w.grade(),
                w.status(), w.claims(), w.people(), w.amount(), w.channels(), w.reasons(), w.windowStart(), w.raisedAt(), w.updatedAt(),
                w.version(), recipients);
    }

    private static StoredWarning head(ResultSet rs) throws SQLException {
        String channels = rs.getString("channels");
        return new StoredWarning(rs.getString("id"), rs.getString("cluster_key"), rs.getInt("generation"), rs.getString("kind"),
                rs.getString("region"), rs.getString("employer_name"), rs.getString("project"), Grade.valueOf(rs.getString("grade")),
                rs.getString("status"), rs.getInt("claims"), rs.getInt("people"), rs.getBigDecimal("amount"),
                channels.isEmpty() ? List.of() : Arrays.asList(channels.split(",")), Arrays.asList(rs.getString("reasons").split("\n")),
                instant(rs.getObject("window_start", OffsetDateTime.class)), instant(rs.getObject("raised_at", OffsetDateTime.class)),
                instant(rs.getObject("updated_at", OffsetDateTime.class)), rs.getLong("version"), List.of());
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(Math.max(n, 1), "?"));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
