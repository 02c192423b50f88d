package cn.legalaidhub.clocks;

import java.time.Instant;

/**
 * A deadline as the ledger holds it. {@code level}: 0 running, 1 reminded, 2 overdue (催办),
 * 3 escalated (督办). A paused clock keeps what was left in {@code pausedRemaining} (seconds, or
 * working days for a working-day limit).
 */
public record Clock(
        String id,
        String subjectType,
        String subjectId,
        String referralId,
        ClockKind kind,
        String item,
        String responsibleAgency,
        String ruleId,
        String source,
        String unit,
        Instant startedAt,
        Instant dueAt,
        Instant remindAt,
        Instant escalateAt,
        State state,
        Instant pausedAt,
        Long pausedRemaining,
        int level,
        Instant nextFireAt) {

    public enum State { RUNNING, PAUSED, STOPPED }

    public static final int REMINDED = 1;
    public static final int OVERDUE = 2;
    public static final int ESCALATED = 3;

    /** The next level this clock reaches and when, or null when nothing more is due. */
    static Instant nextFire(ClockKind kind, int level, Instant remindAt, Instant dueAt, Instant escalateAt) {
        if (kind.acting()) {
            return level < OVERDUE ? dueAt : null;
        }
        if (level < REMINDED && remindAt != null) {
            return remindAt;
        }
        if (level < OVERDUE) {
            return dueAt;
        }
        if (level < ESCALATED && escalateAt != null) {
            return escalateAt;
        }
        return null;
    }

    /** The level reached at {@code now} from {@code level}: may skip the reminder when the clock is already overdue. */
    static int levelAt(ClockKind kind, int level, Instant now, Instant remindAt, Instant dueAt, Instant escalateAt) {
        if (kind.acting()) {
            return !now.isBefore(dueAt) ? OVERDUE : level;
        }
        if (escalateAt != null && !now.isBefore(escalateAt) && level < ESCALATED) {
            return level < OVERDUE ? OVERDUE : ESCALATED;
        }
        if (!now.isBefore(dueAt) && level < OVERDUE) {
            return OVERDUE;
        }
        if (remindAt != null && !now.isBefore(remindAt) && level < REMINDED) {
            return REMINDED;
        }
        return level;
    }
}
