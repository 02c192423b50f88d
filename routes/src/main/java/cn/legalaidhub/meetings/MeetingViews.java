package cn.legalaidhub.meetings;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.contract.ActionItemState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A meeting as its convener, participants and action-item owners read it: the notice, each
 * participant's acknowledgement and reply, the minutes, the action items with their state and
 * whether they are overdue, a count of replies, and what the caller may do now — with Chinese labels.
 */
@Component
class MeetingViews {

    private final Meetings meetings;
    private final AgencyRegistry registry;

    MeetingViews(Meetings meetings, AgencyRegistry registry) {
        this.meetings = meetings;
        this.registry = registry;
    }

    Map<String, Object> view(StoredMeeting m, Agency caller) {
        Instant now = meetings.now();
        List<Clock> clocks = meetings.clocksOf(m);
        Map<String, Object> v = summary(m);
        v.put("region", m.region());
        v.put("endsAt", time(m.endsAt()));
        v.put("place", m.place());
        v.put("videoLink", m.videoLink());
        v.put("note", m.note());
        v.put("participants", m.participants().stream().map(p -> {
            Map<String, Object> pv = new LinkedHashMap<>();
            pv.put("agencyId", p.agencyId());
            pv.put("agencyName", name(p.agencyId()));
            pv.put("person", p.person());
            pv.put("role", p.role());
            pv.put("acknowledgedAt", time(p.acknowledgedAt()));
            pv.put("reply", p.reply() == null ? null : p.reply().name());
            pv.put("replyLabel", p.reply() == null ? "未回复" : p.reply().label());
            pv.put("replyPerson", p.replyPerson());
            pv.put("reason", p.replyReason());
            pv.put("repliedAt", time(p.repliedAt()));
            pv.put("overdue", overdue(clocks, Meetings.SUBJECT, m.id(), p.agencyId()));
            return pv;
        }).toList());
        v.put("agenda", m.agenda().stream().map(a -> {
            Map<String, Object> av = new LinkedHashMap<>();
            av.put("title", a.title());
            av.put("presenter", a.presenter());
            av.put("referralIds", a.referralIds());
            return av;
        }).toList());
        if (m.minutes() != null) {
            v.put("minutes", Map.of("text", m.minutes().text(), "recordedAt", time(m.minutes().recordedAt()), "recordedBy",
                    m.minutes().recordedBy()));
        }
        v.put("actionItems", m.actionItems().stream().map(a -> item(a, clocks)).toList());
        v.put("allowedActions", allowed(m, caller, now));
        v.put("version", m.version());
        return v;
    }

    /** The lines of a list: what, when, state and counts. */
    Map<String, Object> summary(StoredMeeting m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("meetingId", m.id());
        v.put("title", m.title());
        v.put("convener", m.convener());
        v.put("convenerName", name(m.convener()));
        v.put("startsAt", time(m.startsAt()));
        v.put("replyBy", time(m.replyBy()));
        v.put("status", m.status().name());
        v.put("statusLabel", m.status().label());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("participants", m.participants().size());
        counts.put("acknowledged", m.participants().stream().filter(p -> p.acknowledgedAt() != null).count());
        for (MeetingReply r : MeetingReply.values()) {
            counts.put(r.name().toLowerCase(), m.participants().stream().filter(p -> p.reply() == r).count());
        }
        counts.put("unanswered", m.participants().stream().filter(p -> p.reply() == null).count());
        counts.put("actionItemsOpen", m.actionItems().stream().filter(a -> a.state() == ActionItemState.OPEN).count());
        counts.put("actionItemsDone", m.actionItems().stream().filter(a -> a.state() == ActionItemState.DONE).count());
        v.put("counts", counts);
        return v;
    }

    Map<String, Object> item(StoredMeeting.ActionItem a, List<Clock> clocks) {
        Map<String, Object> iv = new LinkedHashMap<>();
        iv.put("itemId", a.id());
        iv.put("title", a.title());
        iv.put("ownerAgency", a.ownerAgency());
        iv.put("ownerName", name(a.ownerAgency()));
        iv.put("dueDate", a.dueDate().toString());
        iv.put("referralIds", a.referralIds());
        iv.put("state", a.state().name());
        iv.put("stateLabel", a.state().label());
        iv.put("closedAt", time(a.closedAt()));
        iv.put("closedBy", a.closedBy());
        iv.put("closingNote", a.closingNote());
        iv.put("overdue", overdue(clocks, Meetings.ITEM_SUBJECT, a.id(), a.ownerAgency()));
        return iv;
    }

    private List<String> allowed(StoredMeeting m, Agency caller, Instant now) {
        List<String> actions = new ArrayList<>();
        if (m.convener().equals(caller.id())) {
            MeetingRules.mayReschedule(m.status()).ifPresentOrElse(x -> { }, () -> actions.add("RESCHEDULE"));
            MeetingRules.mayCancel(m.status()).ifPresentOrElse(x -> { }, () -> actions.add("CANCEL"));
            MeetingRules.mayRecordMinutes(m.status(), m.startsAt(), now).ifPresentOrElse(x -> { }, () -> actions.add("MINUTES"));
        }
        m.participant(caller.id()).filter(p -> !caller.id().equals(m.convener())).ifPresent(p -> {
            if (p.acknowledgedAt() == null && MeetingRules.mayAcknowledge(m.status()).isEmpty()) {
                actions.add("ACKNOWLEDGE");
            }
            if (MeetingRules.mayReply(m.status(), m.startsAt(), now).isEmpty()) {
                actions.add("REPLY");
            }
        });
        m.actionItems().stream().filter(a -> a.state() == ActionItemState.OPEN)
                .filter(a -> a.ownerAgency().equals(caller.id()) || m.convener().equals(caller.id()))
                .forEach(a -> actions.add("CLOSE_ACTION_ITEM:" + a.id()));
        return actions;
    }

    private static boolean overdue(List<Clock> clocks, String subjectType, String subjectId, String agency) {
        return clocks.stream().anyMatch(c -> c.subjectType().equals(subjectType) && c.subjectId().equals(subjectId)
                && agency.equals(c.responsibleAgency()) && c.state() != Clock.State.STOPPED && c.level() >= Clock.OVERDUE
                && c.kind() != ClockKind.MEDIATION);
    }

    private String name(String agencyId) {
        return registry.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

    private static String time(Instant at) {
        return at == null ? null : MeetingNotices.time(at);
    }
}
