package cn.legalaidhub.referral;

import static cn.legalaidhub.contract.ReferralStatus.*;

import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.ReferralStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The legal-aid workflow as data: in which state which party may report which event, where it
 * leads, and what must hold first. 受理 or 容缺受理 → 审查 (legal-aid centres: 给予/不予, objection
 * reviewed by the justice bureau) → 指派 → 承办 → 结案/终止 → 归档; the referrer may cancel before
 * acceptance; a declined case may be re-routed; a mediation committee's failed mediation falls back.
 */
final class Lifecycle {

    /** Who reports: the referrer, the receiving agency, an assigned workstation, the region's justice bureau. */
    enum Party { SENDER, RECEIVER, ASSIGNEE, COORDINATOR }

    /** What the guards need to know about the case and the event. */
    record Facts(ReferralStatus status, Set<Party> parties, String receiverKind, int pendingDocuments,
            boolean documentsResolvedByEvent, boolean rerouteRequested, boolean overturned, boolean mayWaive,
            Optional<String> alreadyAssignedDuplicate) {

        boolean reviewedByLegalAid() {
            return "legalaid".equals(receiverKind);
        }
    }

    /** A refusal: why, and which events the caller could report now. */
    record Refusal(String reason, List<String> allowed) {
    }

    record Decision(Optional<ReferralStatus> to, Optional<Refusal> refusal) {
        static Decision to(ReferralStatus status) {
            return new Decision(Optional.of(status), Optional.empty());
        }

        static Decision refused(String reason, List<String> allowed) {
            return new Decision(Optional.empty(), Optional.of(new Refusal(reason, allowed)));
        }
    }

    private record Guard(Predicate<Facts> holds, String otherwise) {
    }

    private record Move(Set<ReferralStatus> from, EventType event, Set<Party> by, Function<Facts, ReferralStatus> to,
            List<Guard> guards) {
    }

    private static final Set<ReferralStatus> WAITING = EnumSet.of(SUBMITTED, DELIVERED, OPENED);
    private static final Set<ReferralStatus> ACCEPTED_STATES = EnumSet.of(ACCEPTED, ACCEPTED_PENDING_DOCUMENTS);
    private static final Set<ReferralStatus> HANDLING = EnumSet.of(ASSIGNED, IN_PROGRESS);
    private static final Set<Party> RECEIVER_ONLY = EnumSet.of(Party.RECEIVER);
    private static final Set<Party> HANDLERS = EnumSet.of(Party.RECEIVER, Party.ASSIGNEE);

    private static final Guard NO_PENDING_DOCUMENTS = new Guard(f -> f.pendingDocuments() == 0,
            "missing documents are still outstanding (容缺受理): they must arrive, or a supervisor must waive them, first");
    private static final Guard LEGAL_AID_REVIEW = new Guard(Facts::reviewedByLegalAid,
            "only a legal-aid centre decides whether to grant legal aid");
    private static final Guard NO_LEGAL_AID_REVIEW = new Guard(f -> !f.reviewedByLegalAid(),
            "a legal-aid centre decides whether to grant legal aid (GRANTED) before it assigns");
    private static final Guard NOT_ASSIGNED_TWICE = new Guard(f -> f.alreadyAssignedDuplicate().isEmpty(),
            "the same applicant's claim against the same employer is already assigned (重复申请不重复指派)");
    private static final Guard MEDIATION_COMMITTEE = new Guard(f -> "mediation".equals(f.receiverKind()),
            "only a mediation committee reports the outcome of mediation");
    private static final Guard HAS_PENDING_DOCUMENTS = new Guard(f -> f.pendingDocuments() > 0,
            "no documents are outstanding");
    private static final Guard MAY_WAIVE = new Guard(Facts::mayWaive,
            "only a supervisor (the justice bureau, or a supervisor of the receiving agency) may waive missing documents");

    private static final List<Move> MOVES = new ArrayList<>();

    static {
        move(WAITING, EventType.ACCEPTED, RECEIVER_ONLY, f -> ACCEPTED);
        move(WAITING, EventType.ACCEPTED_PENDING_DOCUMENTS, RECEIVER_ONLY, f -> ACCEPTED_PENDING_DOCUMENTS);
        move(union(WAITING, ACCEPTED_STATES, EnumSet.of(GRANTED)), EventType.DECLINED, RECEIVER_ONLY,
                f -> f.rerouteRequested() ? SUBMITTED : DECLINED);
        move(union(WAITING, EnumSet.of(UNROUTABLE)), EventType.CANCELLED, EnumSet.of(Party.SENDER), f -> CANCELLED);

        move(EnumSet.of(ACCEPTED), EventType.ACCEPTED_PENDING_DOCUMENTS, RECEIVER_ONLY, f -> ACCEPTED_PENDING_DOCUMENTS);
        move(union(ACCEPTED_STATES, EnumSet.of(GRANTED), HANDLING), EventType.DOCUMENTS_RECEIVED, RECEIVER_ONLY,
                Lifecycle::afterDocuments, HAS_PENDING_DOCUMENTS);
        move(union(ACCEPTED_STATES, EnumSet.of(GRANTED), HANDLING), EventType.DOCUMENTS_WAIVED,
                EnumSet.of(Party.RECEIVER, Party.COORDINATOR), Lifecycle::afterDocuments, HAS_PENDING_DOCUMENTS, MAY_WAIVE);
        move(ACCEPTED_STATES, EventType.GRANTED, RECEIVER_ONLY, f -> GRANTED, LEGAL_AID_REVIEW);
        move(ACCEPTED_STATES, EventType.REFUSED, RECEIVER_ONLY, f -> REFUSED, LEGAL_AID_REVIEW, NO_PENDING_DOCUMENTS);
        move(union(ACCEPTED_STATES, EnumSet.of(GRANTED)), EventType.TRANSFERRED, RECEIVER_ONLY, f -> SUBMITTED);
        move(union(ACCEPTED_STATES, EnumSet.of(GRANTED)), EventType.PROGRESS, RECEIVER_ONLY,
                f -> f.reviewedByLegalAid() || f.status() != ACCEPTED ? f.status() : IN_PROGRESS);

        move(EnumSet.of(REFUSED), EventType.OBJECTION_FILED, EnumSet.of(Party.RECEIVER, Party.COORDINATOR), f -> OBJECTION_REVIEW);
        move(EnumSet.of(OBJECTION_REVIEW), EventType.OBJECTION_DECIDED, EnumSet.of(Party.COORDINATOR, Party.RECEIVER),
                f -> f.overturned() ? GRANTED : REFUSED);

        move(EnumSet.of(GRANTED), EventType.ASSIGNED, RECEIVER_ONLY, f -> ASSIGNED, NOT_ASSIGNED_TWICE);
        move(ACCEPTED_STATES, EventType.ASSIGNED, RECEIVER_ONLY, f -> ASSIGNED, NO_LEGAL_AID_REVIEW, NOT_ASSIGNED_TWICE);
        move(HANDLING, EventType.ASSIGNED, RECEIVER_ONLY, f -> ASSIGNED);
        move(EnumSet.of(ASSIGNED), EventType.ASSIGNMENT_ACCEPTED, EnumSet.of(Party.ASSIGNEE), f -> IN_PROGRESS);
        move(EnumSet.of(ASSIGNED), EventType.ASSIGNMENT_DECLINED, EnumSet.of(Party.ASSIGNEE),
                f -> f.reviewedByLegalAid() ? GRANTED : ACCEPTED);
        move(HANDLING, EventType.PROGRESS, HANDLERS, f -> IN_PROGRESS);
        move(union(ACCEPTED_STATES, HANDLING), EventType.MEDIATION_AGREED, RECEIVER_ONLY, f -> CLOSED, MEDIATION_COMMITTEE);
        move(union(ACCEPTED_STATES, HANDLING), EventType.MEDIATION_FAILED, RECEIVER_ONLY, f -> SUBMITTED, MEDIATION_COMMITTEE);
        move(HANDLING, EventType.CLOSED, HANDLERS, f -> CLOSED, NO_PENDING_DOCUMENTS);
        move(union(ACCEPTED_STATES, EnumSet.of(GRANTED), HANDLING), EventType.CLOSED, RECEIVER_ONLY, f -> CLOSED,
                NO_LEGAL_AID_REVIEW, NO_PENDING_DOCUMENTS);
        move(union(EnumSet.of(GRANTED), HANDLING), EventType.TERMINATED, RECEIVER_ONLY, f -> TERMINATED);
        move(EnumSet.of(CLOSED, TERMINATED), EventType.ARCHIVED, RECEIVER_ONLY, f -> ARCHIVED);
    }

    private Lifecycle() {
    }

    private static void move(Set<ReferralStatus> from, EventType event, Set<Party> by, Function<Facts, ReferralStatus> to,
            Guard... guards) {
        MOVES.add(new Move(from, event, by, to, List.of(guards)));
    }

    @SafeVarargs
    private static Set<ReferralStatus> union(Set<ReferralStatus>... sets) {
        Set<ReferralStatus> all = EnumSet.noneOf(ReferralStatus.class);
        for (Set<ReferralStatus> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    private static ReferralStatus afterDocuments(Facts f) {
        return f.status() == ACCEPTED_PENDING_DOCUMENTS && f.documentsResolvedByEvent() ? ACCEPTED : f.status();
    }

    /** Where {@code event} leads, or why it may not be reported now (naming the events that may). */
    static Decision decide(Facts facts, EventType event) {
        List<Move> candidates = MOVES.stream().filter(m -> m.event() == event && m.from().contains(facts.status())
                && m.by().stream().anyMatch(facts.parties()::contains)).toList();
        if (candidates.isEmpty()) {
            return Decision.refused("a " + describe(facts.parties()) + " cannot report " + event + " while the referral is "
                    + facts.status() + " (" + facts.status().label() + ")", allowed(facts));
        }
        String firstFailure = null;
        for (Move move : candidates) {
            Optional<Guard> failed = move.guards().stream().filter(g -> !g.holds().test(facts)).findFirst();
            if (failed.isEmpty()) {
                return Decision.to(move.to().apply(facts));
            }
            if (firstFailure == null) {
                firstFailure = failed.get().otherwise();
            }
        }
        String reason = firstFailure;
        if (event == EventType.ASSIGNED && facts.alreadyAssignedDuplicate().isPresent()) {
            reason = reason + ": " + facts.alreadyAssignedDuplicate().get() + "; decline this one as DUPLICATE";
        }
        return Decision.refused(event + " is not possible now: " + reason, allowed(facts));
    }

    /** The events the caller may report now: the state allows them and their guards hold. */
    static List<String> allowed(Facts facts) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Move move : MOVES) {
            if (move.from().contains(facts.status()) && move.by().stream().anyMatch(facts.parties()::contains)
                    && move.guards().stream().allMatch(g -> g.holds().test(facts))) {
                allowed.add(move.event().name());
            }
        }
        return List.copyOf(allowed);
    }

    private static String describe(Set<Party> parties) {
        return parties.isEmpty() ? "non-party" : String.join("/", parties.stream().map(p -> p.name().toLowerCase()).toList());
    }
}
