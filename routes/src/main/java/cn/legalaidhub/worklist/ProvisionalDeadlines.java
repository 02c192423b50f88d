package cn.legalaidhub.worklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The deadlines the work list shows until the referral lifecycle keeps its own clocks: a waiting
 * referral is to be decided within 7 days of submission (Legal Aid Law; 2023 procedure rules, 审查 7日),
 * an accepted one assigned within 3 days of acceptance (指派 3日). Kept in this one class so the
 * lifecycle's clocks can replace it.
 */
final class ProvisionalDeadlines {

    static final Set<String> WAITING = Set.of("SUBMITTED", "DELIVERED", "OPENED", "UNROUTABLE");
    static final Duration DECIDE = Duration.ofDays(7);
    static final Duration ASSIGN = Duration.ofDays(3);

    record Deadline(String kind, String label, Instant due) {
        boolean overdue(Instant now) {
            return now.isAfter(due);
        }
    }

    private ProvisionalDeadlines() {
    }

    static Deadline of(String status, Instant submittedAt, Instant acceptedAt) {
        if (WAITING.contains(status)) {
            return new Deadline("DECIDE", "受理审查期限", submittedAt.plus(DECIDE));
        }
        if ("ACCEPTED".equals(status) && acceptedAt != null) {
            return new Deadline("ASSIGN", "指派期限", acceptedAt.plus(ASSIGN));
        }
        return null;
    }

    /** SQL condition (on {@code referral r}) true for an overdue referral; parameters {@code :decideCutoff}, {@code :assignCutoff}. */
    static String overdueCondition() {
        return "((r.status in ('SUBMITTED','DELIVERED','OPENED','UNROUTABLE') and r.submitted_at < :decideCutoff)"
                + " or (r.status = 'ACCEPTED' and exists (select 1 from referral_event oe where oe.referral_id = r.id"
                + " and oe.type = 'ACCEPTED' and oe.occurred_at < :assignCutoff)))";
    }
}
