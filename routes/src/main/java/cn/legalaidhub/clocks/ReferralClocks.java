package cn.legalaidhub.clocks;

import static cn.legalaidhub.contract.ReferralStatus.*;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.StoredReferral;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which step of the workflow starts, pauses and stops which deadline. The limits themselves are
 * configuration (lifecycle.yml); this is the shape of the law: accept, then decide within 7 days
 * (paused while documents are missing), assign within 3 days of the decision, close, archive.
 */
@Component
public class ReferralClocks {

    private static final Set<ReferralStatus> WAITING = EnumSet.of(SUBMITTED, DELIVERED, OPENED);
    private static final Set<ReferralStatus> FINISHED = EnumSet.of(DECLINED, CANCELLED, ARCHIVED);

    private final ClockPlanner planner;
    private final ClockLedger clocks;
    private final AgencyRegistry registry;

    ReferralClocks(ClockPlanner planner, ClockLedger clocks, AgencyRegistry registry) {
        this.planner = planner;
        this.clocks = clocks;
        this.registry = registry;
    }

    /** The case reaches a receiver (first routing, re-routing, transfer, fall-back): open and accept in time. */
    public void onArrival(ReferralChange change, String referralId, String receiver, String receiverKind, Track track, Instant at) {
        for (ClockKind kind : List.of(ClockKind.OPEN, ClockKind.ACCEPT)) {
            planner.referralClock(kind, referralId, receiver, track, receiverKind, at).ifPresent(c -> change.write(() -> clocks.insert(c)));
        }
    }

    /** Mediation first: the committee has until the mediation limit, then the case falls back. */
    public void onMediation(ReferralChange change, String referralId, String committee, Instant at) {
        planner.fixedClock(ClockKind.MEDIATION, "REFERRAL", referralId, referralId, committee, "within", at)
                .ifPresent(c -> change.write(() -> clocks.insert(c)));
    }

    /** Watches a limitation date that is not yet near: seven days before it the case becomes urgent. */
    public void onLimitation(ReferralChange change, String referralId, String receiver, LocalDate limitationDate, Instant at) {
        planner.limitationWatch(referralId, receiver, limitationDate, at).ifPresent(c -> change.write(() -> clocks.insert(c)));
    }

    /** A missing document is due at the end of its due day; its provider is responsible. */
    public void onMissingDocument(ReferralChange change, String referralId, String item, String responsible, LocalDate due,
            Instant at) {
        planner.untilEndOf(ClockKind.DOCUMENT, referralId, item, responsible, due, at).ifPresent(c -> change.write(() -> clocks.insert(c)));
    }

    public void onDocumentsResolved(ReferralChange change, String referralId, List<String> items, boolean noneLeft, Instant at) {
        change.write(() -> {
            clocks.stopItems(referralId, items, at);
            if (noneLeft) {
                clocks.resume(referralId, ClockKind.REVIEW, at);
            }
        });
    }

    /** The clocks a status event starts, pauses and stops. {@code pendingDocuments} counts after the event. */
    public void onTransition(ReferralChange change, StoredReferral r, EventType event, ReferralStatus from, ReferralStatus to,
            int pendingDocuments, Instant at) {
        String id = r.id();
        Track track = Track.of(r.greenChannel(), change.urgent() != null ? change.urgent() : r.urgent());
        String receiver = r.receiverAgency();
        if (WAITING.contains(from) && (to == ACCEPTED || to == ACCEPTED_PENDING_DOCUMENTS)) {
            change.write(() -> clocks.stop(id, List.of(ClockKind.OPEN, ClockKind.ACCEPT), at));
            planner.referralClock(ClockKind.REVIEW, id, receiver, track, r.receiverKind(), at).ifPresent(c -> change.write(() -> {
                if (pendingDocuments > 0) {
                    clocks.insertPaused(c, at);
                } else {
                    clocks.insert(c);
                }
            }));
            planner.referralClock(ClockKind.CLOSE, id, receiver, track, r.receiverKind(), at).ifPresent(c -> change.write(() -> clocks.insert(c)));
            return;
        }
        switch (event) {
            case ACCEPTED_PENDING_DOCUMENTS -> change.write(() -> clocks.pause(id, ClockKind.REVIEW, at));
            case GRANTED, OBJECTION_DECIDED, ASSIGNMENT_DECLINED -> {
                change.write(() -> clocks.stop(id, List.of(ClockKind.REVIEW, ClockKind.OBJECTION), at));
                if (to == GRANTED) {
                    planner.referralClock(ClockKind.ASSIGN, id, receiver, track, r.receiverKind(), at)
                            .ifPresent(c -> change.write(() -> clocks.insert(c)));
                }
            }
            case REFUSED -> change.write(() -> clocks.stop(id, List.of(ClockKind.REVIEW, ClockKind.ASSIGN, ClockKind.CLOSE), at));
            case OBJECTION_FILED -> {
                String bureau = registry.coordinatorFor(r.region()).map(Agency::id).orElse(receiver);
                planner.fixedClock(ClockKind.OBJECTION, "REFERRAL", id, id, bureau, "within", at)
                        .ifPresent(c -> change.write(() -> clocks.insert(c)));
            }
            case ASSIGNED -> change.write(() -> clocks.stop(id, List.of(ClockKind.ASSIGN, ClockKind.REVIEW), at));
            default -> { }
        }
        if (to == CLOSED || to == TERMINATED) {
            change.write(() -> clocks.stopAllBut(id, List.of(ClockKind.DOCUMENT), at));
            planner.referralClock(ClockKind.ARCHIVE, id, receiver, track, r.receiverKind(), at)
                    .ifPresent(c -> change.write(() -> clocks.insert(c)));
        } else if (FINISHED.contains(to) || to == REFUSED && event == EventType.OBJECTION_DECIDED) {
            change.write(() -> clocks.stopAllBut(id, List.of(), at));
        } else if (to == SUBMITTED) {
            change.write(() -> clocks.stopAllBut(id, List.of(ClockKind.DOCUMENT, ClockKind.LIMITATION), at));
        }
    }
}
