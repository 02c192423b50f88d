package cn.legalaidhub.meetings;

import cn.legalaidhub.contract.MeetingStatus;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.messaging.Envelopes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The MEETING_NOTICE messages of a meeting (schemas/json/meeting-notice.schema.json): the whole
 * meeting as it stands — time, place, participants, agenda, and after it the minutes and action
 * items — sent from the convener to each participant, delivered by the participant's own transport.
 */
@Component
class MeetingNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Shanghai"));

    private final Envelopes envelopes;
    private final ObjectMapper mapper;

    MeetingNotices(Envelopes envelopes, ObjectMapper mapper) {
        this.envelopes = envelopes;
        this.mapper = mapper;
    }

    List<OutboundMessage> to(List<String> receivers, StoredMeeting m, Instant at) {
        ObjectNode payload = payload(m);
        int priority = m.status() == MeetingStatus.CANCELLED || m.status() == MeetingStatus.RESCHEDULED ? 7 : 6;
        return receivers.stream().map(r -> envelopes.wrap("MEETING_NOTICE", m.convener(), r, null, priority, payload, at)).toList();
    }

    ObjectNode payload(StoredMeeting m) {
        ObjectNode n = mapper.createObjectNode();
        n.put("meetingId", m.id());
        n.put("convener", m.convener());
        n.put("title", m.title());
        n.put("startsAt", time(m.startsAt()));
        if (m.endsAt() != null) {
            n.put("endsAt", time(m.endsAt()));
        }
        putIfSet(n, "place", m.place());
        putIfSet(n, "videoLink", m.videoLink());
        ArrayNode participants = n.putArray("participants");
        for (StoredMeeting.Participant p : m.participants()) {
            ObjectNode node = participants.addObject().put("agencyId", p.agencyId());
            putIfSet(node, "person", p.person());
            putIfSet(node, "role", p.role());
        }
        if (!m.agenda().isEmpty()) {
            ArrayNode agenda = n.putArray("agenda");
            for (StoredMeeting.AgendaItem a : m.agenda()) {
                ObjectNode node = agenda.addObject().put("title", a.title());
                if (!a.referralIds().isEmpty()) {
                    a.referralIds().forEach(node.putArray("referralIds")::add);
                }
                putIfSet(node, "presenter", a.presenter());
            }
        }
        n.put("replyBy", time(m.replyBy()));
        n.put("status", m.status().name());
        putIfSet(n, "note", m.note());
        if (m.minutes() != null) {
            n.putObject("minutes").put("text", m.minutes().text()).put("recordedAt", time(m.minutes().recordedAt()));
        }
        if (!m.actionItems().isEmpty()) {
            ArrayNode items = n.putArray("actionItems");
            for (StoredMeeting.ActionItem a : m.actionItems()) {
                ObjectNode node = items.addObject().put("itemId", a.id()).put("title", a.title()).put("ownerAgency", a.ownerAgency())
                        .put("dueDate", a.dueDate().toString());
                if (!a.referralIds().isEmpty()) {
                    a.referralIds().forEach(node.putArray("referralIds")::add);
                }
                node.put("state", a.state().name());
                if (a.closedAt() != null) {
                    node.put("closedAt", time(a.closedAt()));
                }
                putIfSet(node, "closingNote", a.closingNote());
            }
        }
        return n;
    }

    /** 2026-01-21T14:30:00+08:00: the offset staff read, seconds always written. */
    static String time(Instant at) {
        return TIME.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
