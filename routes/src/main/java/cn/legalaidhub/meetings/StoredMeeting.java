package cn.legalaidhub.meetings;

import cn.legalaidhub.contract.ActionItemState;
import cn.legalaidhub.contract.MeetingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A joint meeting as the ledger holds it, with its participants, agenda, minutes and action items. */
record StoredMeeting(
        String id,
        String convener,
        String region,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String videoLink,
        Instant replyBy,
        MeetingStatus status,
        String note,
        int version,
        Instant createdAt,
        Instant updatedAt,
        List<Participant> participants,
        List<AgendaItem> agenda,
        Minutes minutes,
        List<ActionItem> actionItems) {

    /** A participating agency, its named person, and what it has done with the notice. */
    record Participant(String agencyId, String person, String role, Instant acknowledgedAt, MeetingReply reply, String replyPerson,
            String replyReason, Instant repliedAt) {
    }

    record AgendaItem(String title, String presenter, List<String> referralIds) {
    }

    record Minutes(String text, String recordedBy, Instant recordedAt) {
    }

    record ActionItem(String id, String meetingId, int position, String title, String ownerAgency, LocalDate dueDate,
            List<String> referralIds, ActionItemState state, Instant closedAt, String closedBy, String closingNote) {
    }

    Optional<Participant> participant(String agencyId) {
        return participants.stream().filter(p -> p.agencyId().equals(agencyId)).findFirst();
    }

    boolean involves(String agencyId) {
        return convener.equals(agencyId) || participant(agencyId).isPresent()
                || actionItems.stream().anyMatch(a -> a.ownerAgency().equals(agencyId));
    }

    /** Everyone the hub tells of the meeting: the participants but the convener, who made the change. */
    List<String> toTell() {
        return participants.stream().map(Participant::agencyId).filter(a -> !a.equals(convener)).toList();
    }

    Optional<ActionItem> actionItem(String itemId) {
        return actionItems.stream().filter(a -> a.id().equals(itemId)).findFirst();
    }
}
