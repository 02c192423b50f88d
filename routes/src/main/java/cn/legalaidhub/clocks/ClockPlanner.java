package cn.legalaidhub.clocks;

import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.TimeLimit;
import cn.legalaidhub.rules.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Works out a clock's limits from the configured rule: when it is due, when to remind, when to escalate. */
@Component
public class ClockPlanner {

    private final RuleBook rules;

    public ClockPlanner(RuleBook rules) {
        this.rules = rules;
    }

    /** A referral clock of the case's track; empty when the rule is off or sets no limit for the track or receiver kind. */
    public Optional<Clock> referralClock(ClockKind kind, String referralId, String responsible, Track track, String receiverKind,
            Instant start) {
        Rule rule = rules.rule(kind.ruleId());
        if (!rule.enabled() || !appliesTo(rule, receiverKind)) {
            return Optional.empty();
        }
        Optional<TimeLimit> limit = switch (track) {
            case URGENT -> rule.limit("urgent-within").or(() -> rule.limit("green-within")).or(() -> rule.limit("within"));
            case GREEN -> rule.limit("green-within").or(() -> rule.limit("within"));
            case NORMAL -> rule.limit("within");
        };
        return limit.map(l -> build(kind, "REFERRAL", referralId, referralId, null, responsible, rule, l.unit(), start,
                calendar().due(start, l)));
    }

    /** A clock with a limit of its own rule ({@code within}), whatever the track, e.g. an objection, a mandatory report. */
    public Optional<Clock> fixedClock(ClockKind kind, String subjectType, String subjectId, String referralId, String responsible,
            String limitParam, Instant start) {
        Rule rule = rules.rule(kind.ruleId());
        if (!rule.enabled()) {
            return Optional.empty();
        }
        return rule.limit(limitParam).map(l -> build(kind, subjectType, subjectId, referralId, null, responsible, rule, l.unit(),
                start, calendar().due(start, l)));
    }

    /** A clock that runs out at the end of a given day, e.g. a missing document's due date. */
    public Optional<Clock> untilEndOf(ClockKind kind, String referralId, String item, String responsible, LocalDate lastDay,
            Instant start) {
        Rule rule = rules.rule(kind.ruleId());
        if (!rule.enabled()) {
            return Optional.empty();
        }
        return Optional.of(build(kind, "REFERRAL", referralId, referralId, item, responsible, rule, TimeLimit.Unit.DAYS.name(),
                start, calendar().endOf(lastDay)));
    }

    /**
     * A clock of any subject that runs out at a given instant, e.g. a meeting's reply-by time or an
     * action item's due day; reminder and escalation as its rule says.
     */
    public Optional<Clock> until(ClockKind kind, String subjectType, String subjectId, String referralId, String item,
            String responsible, Instant due, Instant start) {
        Rule rule = rules.rule(kind.ruleId());
        if (!rule.enabled()) {
            return Optional.empty();
        }
        return Optional.of(build(kind, subjectType, subjectId, referralId, item, responsible, rule, TimeLimit.Unit.SECONDS.name(),
                start, due));
    }

    /** The limitation watch: runs out {@code days-before} days before the limitation date. */
    public Optional<Clock> limitationWatch(String referralId, String responsible, LocalDate limitationDate, Instant start) {
        Rule rule = rules.rule(ClockKind.LIMITATION.ruleId());
        if (!rule.enabled()) {
            return Optional.empty();
        }
        Instant due = calendar().startOf(limitationDate.minusDays(rule.integer("days-before")));
        return due.isAfter(start) ? Optional.of(build(ClockKind.LIMITATION, "REFERRAL", referralId, referralId, null, responsible,
                rule, TimeLimit.Unit.DAYS.name(), start, due)) : Optional.empty();
    }

    private Clock build(ClockKind kind, String subjectType, String subjectId, String referralId, String item, String responsible,
            Rule rule, Object unit, Instant start, Instant due) {
        Instant remind = rule.limit("remind-before").map(l -> before(due, l)).filter(start::isBefore).orElse(null);
        Instant escalate = rule.limit("escalate-after").map(l -> after(due, l)).orElse(null);
        return new Clock(UUID.randomUUID().toString(), subjectType, subjectId, referralId, kind, item, responsible, rule.id(),
                rule.source(), unit.toString(), start, due, remind, escalate, Clock.State.RUNNING, null, null, 0,
                Clock.nextFire(kind, 0, remind, due, escalate));
    }

    /** A limit counted from a deadline: days count from the deadline's own day, which is over. */
    private Instant after(Instant due, TimeLimit limit) {
        return switch (limit.unit()) {
            case SECONDS, HOURS -> calendar().due(due, limit);
            case DAYS, WORKING_DAYS -> calendar().due(due.minusNanos(1), limit);
        };
    }

    private Instant before(Instant due, TimeLimit limit) {
        return switch (limit.unit()) {
            case SECONDS -> due.minus(Duration.ofSeconds(limit.amount()));
            case HOURS -> due.minus(Duration.ofHours(limit.amount()));
            case DAYS -> due.minus(Duration.ofDays(limit.amount()));
            case WORKING_DAYS -> calendar().startOf(workingDaysBefore(due, limit.amount()));
        };
    }

    private LocalDate workingDaysBefore(Instant due, long n) {
        LocalDate d = due.minusNanos(1).atZone(calendar().zone()).toLocalDate();
        for (long counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (calendar().isWorkingDay(d)) {
                counted++;
            }
        }
        return d.plusDays(1);
    }

    private static boolean appliesTo(Rule rule, String receiverKind) {
        return rule.list("for-kinds").isEmpty() || rule.list("for-kinds").contains(receiverKind);
    }

    public WorkingCalendar calendar() {
        return rules.calendar();
    }
}
