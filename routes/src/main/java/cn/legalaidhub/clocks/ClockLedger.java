package cn.legalaidhub.clocks;

import cn.legalaidhub.rules.TimeLimit;
import cn.legalaidhub.rules.WorkingCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The clocks in the ledger. Writes join the caller's transaction, so a clock starts and stops
 * atomically with the change that caused it.
 */
@Repository
public class ClockLedger {

    private static final String COLUMNS = "id, subject_type, subject_id, referral_id, kind, item, responsible_agency, rule_id, "
            + "source, unit, started_at, due_at, remind_at, escalate_at, state, paused_at, paused_remaining, level, next_fire_at";

    private final JdbcTemplate jdbc;
    private final ClockPlanner planner;

    public ClockLedger(JdbcTemplate jdbc, ClockPlanner planner) {
        this.jdbc = jdbc;
        this.planner = planner;
    }

    public void insert(Clock c) {
        jdbc.update("insert into clock (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                c.id(), c.subjectType(), c.subjectId(), c.referralId(), c.kind().name(), c.item(), c.responsibleAgency(),
                c.ruleId(), c.source(), c.unit(), ts(c.startedAt()), ts(c.dueAt()), ts(c.remindAt()), ts(c.escalateAt()),
                c.state().name(), ts(c.pausedAt()), c.pausedRemaining(), c.level(), ts(c.nextFireAt()));
    }

    /** Inserts a clock that starts paused (e.g. the review clock of a case accepted with missing documents). */
    public void insertPaused(Clock c, Instant at) {
        insert(pausedCopy(c, at));
    }

    /** Stops a referral's running or paused clocks of these kinds; they are met or no longer relevant. */
    public int stop(String referralId, Collection<ClockKind> kinds, Instant at) {
        if (kinds.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>(List.of(ts(at), referralId));
        kinds.forEach(k -> args.add(k.name()));
        return jdbc.update("update clock set state = 'STOPPED', stopped_at = ?, next_fire_at = null where referral_id = ? "
                + "and subject_type = 'REFERRAL' and state <> 'STOPPED' and kind in (" + marks(kinds.size()) + ")", args.toArray());
    }

    /** Stops a referral's clock of this kind that this agency is responsible for. */
    public int stopFor(String referralId, ClockKind kind, String responsible, Instant at) {
        return jdbc.update("update clock set state = 'STOPPED', stopped_at = ?, next_fire_at = null where referral_id = ? "
                + "and subject_type = 'REFERRAL' and kind = ? and responsible_agency = ? and state <> 'STOPPED'", ts(at), referralId,
                kind.name(), responsible);
    }

    /** Stops every clock of a referral except the given kinds. */
    public int stopAllBut(String referralId, Collection<ClockKind> keep, Instant at) {
        List<Object> args = new ArrayList<>(List.of(ts(at), referralId));
        keep.forEach(k -> args.add(k.name()));
        return jdbc.update("update clock set state = 'STOPPED', stopped_at = ?, next_fire_at = null where referral_id = ? "
                + "and subject_type = 'REFERRAL' and state <> 'STOPPED'"
                + (keep.isEmpty() ? "" : " and kind not in (" + marks(keep.size()) + ")"), args.toArray());
    }

    /** Stops the document clocks of these items. */
    public int stopItems(String referralId, Collection<String> items, Instant at) {
        if (items.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>(List.of(ts(at), referralId));
        args.addAll(items);
        return jdbc.update("update clock set state = 'STOPPED', stopped_at = ?, next_fire_at = null where referral_id = ? "
                + "and kind = 'DOCUMENT' and state <> 'STOPPED' and item in (" + marks(items.size()) + ")", args.toArray());
    }

    /** Stops the clocks of a subject (e.g. a mandatory report) of this kind owed by this agency. */
    public int stopSubject(String subjectType, String subjectId, ClockKind kind, String responsible, Instant at) {
        return jdbc.update("update clock set state = 'STOPPED', stopped_at = ?, next_fire_at = null where subject_type = ? "
                + "and subject_id = ? and kind = ? and responsible_agency = ? and state <> 'STOPPED'",
                ts(at), subjectType, subjectId, kind.name(), responsible);
    }

    /** Stops the clock of one item of a subject (e.g. one day of a campaign) owed by this agency. */
    public int stopSubjectItem(String subjectType, String subjectId, ClockKind kind, String item, String responsible, Instant at) {
        return jdbc.update("update clock set state = 'STOPPED', stopped_at = ?, next_fire_at = null where subject_type = ? "
                + "and subject_id = ? and kind = ? and item = ? and responsible_agency = ? and state <> 'STOPPED'",
                ts(at), subjectType, subjectId, kind.name(), item, responsible);
    }

    /** Pauses a referral's running clocks of this kind, keeping what is left. */
    public void pause(String referralId, ClockKind kind, Instant at) {
        for (Clock c : query("where referral_id = ? and kind = ? and state = 'RUNNING'", referralId, kind.name())) {
            Clock paused = pausedCopy(c, at);
            jdbc.update("update clock set state = 'PAUSED', paused_at = ?, paused_remaining = ?, next_fire_at = null "
                    + "where id = ? and state = 'RUNNING'", ts(at), paused.pausedRemaining(), c.id());
        }
    }

    /** Resumes a referral's paused clocks of this kind: the time left when paused runs again from {@code at}. */
    public void resume(String referralId, ClockKind kind, Instant at) {
        for (Clock c : query("where referral_id = ? and kind = ? and state = 'PAUSED'", referralId, kind.name())) {
            Instant due = resumedDue(c, at);
            Duration shift = Duration.between(c.dueAt(), due);
            Instant remind = c.remindAt() == null ? null : c.remindAt().plus(shift);
            Instant escalate = c.escalateAt() == null ? null : c.escalateAt().plus(shift);
            jdbc.update("update clock set state = 'RUNNING', due_at = ?, remind_at = ?, escalate_at = ?, paused_at = null, "
                    + "paused_remaining = null, next_fire_at = ? where id = ? and state = 'PAUSED'", ts(due), ts(remind),
                    ts(escalate), ts(Clock.nextFire(c.kind(), c.level(), remind, due, escalate)), c.id());
        }
    }

    public List<Clock> forReferral(String referralId) {
        return query("where referral_id = ? order by started_at, kind", referralId);
    }

    public List<Clock> forSubject(String subjectType, String subjectId) {
        return query("where subject_type = ? and subject_id = ? order by started_at, kind", subjectType, subjectId);
    }

    /** Running clocks with something due by {@code now}, earliest first. */
    public List<Clock> due(Instant now, int limit) {
        return query("where state = 'RUNNING' and next_fire_at <= ? order by next_fire_at fetch first " + limit + " rows only",
                ts(now));
    }

    /**
     * Moves a clock from {@code from} to {@code to} if nobody did it first: the compare-and-set that
     * makes each level fire exactly once, whichever replica sweeps.
     */
    public boolean advance(Clock c, int to) {
        Instant next = Clock.nextFire(c.kind(), to, c.remindAt(), c.dueAt(), c.escalateAt());
        boolean done = c.kind().acting() || next == null;
        return jdbc.update("update clock set level = ?, next_fire_at = ?, state = ?, stopped_at = ? "
                + "where id = ? and level = ? and state = 'RUNNING'", to, ts(next), done && c.kind().acting() ? "STOPPED" : "RUNNING",
                done && c.kind().acting() ? ts(Instant.now()) : null, c.id(), c.level()) == 1;
    }

    /** True if any running or paused clock of the referral is overdue. */
    public String overdueExpression() {
        return "exists (select 1 from clock c where c.referral_id = referral.id and c.state <> 'STOPPED' and c.level >= 2 and c.subject_type = 'REFERRAL' "
                + "and c.kind not in ('MEDIATION', 'LIMITATION'))";
    }

    private Clock pausedCopy(Clock c, Instant at) {
        WorkingCalendar calendar = planner.calendar();
        long remaining = TimeLimit.Unit.WORKING_DAYS.name().equals(c.unit())
                ? calendar.workingDaysBetween(at, c.dueAt())
                : Math.max(0, Duration.between(at, c.dueAt()).toSeconds());
        return new Clock(c.id(), c.subjectType(), c.subjectId(), c.referralId(), c.kind(), c.item(), c.responsibleAgency(),
                c.ruleId(), c.source(), c.unit(), c.startedAt(), c.dueAt(), c.remindAt(), c.escalateAt(), Clock.State.PAUSED, at,
                remaining, c.level(), null);
    }

    private Instant resumedDue(Clock c, Instant at) {
        WorkingCalendar calendar = planner.calendar();
        long remaining = c.pausedRemaining() == null ? 0 : c.pausedRemaining();
        if (TimeLimit.Unit.WORKING_DAYS.name().equals(c.unit())) {
            return calendar.endOf(calendar.addWorkingDays(at.atZone(calendar.zone()).toLocalDate(), remaining));
        }
        return at.plusSeconds(remaining);
    }

    private List<Clock> query(String where, Object... args) {
        return jdbc.query("select " + COLUMNS + " from clock " + where, CLOCK, args);
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<Clock> CLOCK = (rs, n) -> new Clock(rs.getString("id"), rs.getString("subject_type"),
            rs.getString("subject_id"), rs.getString("referral_id"), ClockKind.valueOf(rs.getString("kind")), rs.getString("item"),
            rs.getString("responsible_agency"), rs.getString("rule_id"), rs.getString("source"), rs.getString("unit"),
            instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "remind_at"), instant(rs, "escalate_at"),
            Clock.State.valueOf(rs.getString("state")), instant(rs, "paused_at"),
            rs.getObject("paused_remaining") == null ? null : rs.getLong("paused_remaining"), rs.getInt("level"),
            instant(rs, "next_fire_at"));
}
