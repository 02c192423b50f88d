package cn.legalaidhub.meetings;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.clocks.ClockPlanner;
import cn.legalaidhub.contract.ActionItemState;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.MeetingStatus;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.messaging.MessagePublisher;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import cn.legalaidhub.rules.TimeLimit;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joint meetings (联席会议, 晋司发〔2023〕25号 四（二）): a coordinating agency convenes, changes, cancels
 * and minutes a meeting; every change reaches every participant as a MEETING_NOTICE through its own
 * transport; participants acknowledge and reply (attend, send a deputy, absent with a reason) under
 * clocks that remind before the meeting; the minutes' action items run under clocks of their own,
 * reminded, chased and escalated like a referral's deadlines until their owners close them. Each
 * change, its clocks and its messages are written in one transaction, then the messages are sent.
 */
@Component
public class Meetings {

    static final String SUBJECT = "MEETING";
    static final String ITEM_SUBJECT = "MEETING_ACTION_ITEM";
    private static final List<String> HUB_FIELDS = List.of("meetingId", "convener", "status", "minutes", "actionItems");
    private static final List<String> CHANGEABLE = List.of("startsAt", "endsAt", "place", "videoLink", "replyBy", "note");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final MeetingLedger meetings;
    private final MeetingNotices notices;
    private final ClockPlanner planner;
    private final ClockLedger clocks;
    private final RuleBook rules;
    private final AgencyRegistry registry;
    private final ReferralLedger referrals;
    private final MessagePublisher publisher;
    private final TransactionTemplate tx;
    private final JsonDocuments json;
    private final java.time.Clock clock;
    private final SecureRandom random = new SecureRandom();

    Meetings(MeetingLedger meetings, MeetingNotices notices, ClockPlanner planner, ClockLedger clocks, RuleBook rules,
            AgencyRegistry registry, ReferralLedger referrals, MessagePublisher publisher, TransactionTemplate tx, JsonDocuments json,
            java.time.Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.planner = planner;
        this.clocks = clocks;
        this.rules = rules;
        this.registry = registry;
        this.referrals = referrals;
        this.publisher = publisher;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    // ---- convener ------------------------------------------------------------------------------

    StoredMeeting convene(Agency convener, JsonNode body) {
        if (!convener.coordinator()) {
            throw HubException.forbidden("Only a coordinating agency (the justice bureau) convenes joint meetings. "
                    + "仅协调机构（司法局）可召集联席会议。");
        }
        Instant now = clock.instant();
        List<Problem.FieldError> problems = new ArrayList<>();
        for (String field : HUB_FIELDS) {
            if (body.has(field)) {
                problems.add(new Problem.FieldError("/" + field, "hub-set", field + " is set by the hub, not by the convener. 该字段由平台生成。"));
            }
        }
        ObjectNode doc = body.deepCopy();
        HUB_FIELDS.forEach(doc::remove);
        doc.put("meetingId", "MT00000000-PENDING0").put("convener", convener.id()).put("status", MeetingStatus.SCHEDULED.name());
        problems.addAll(json.schemaProblems(ContractSchemas.MEETING_NOTICE, doc));
        Instant startsAt = time(doc, "startsAt");
        Instant endsAt = time(doc, "endsAt");
        Instant replyBy = time(doc, "replyBy");
        problems.addAll(timeProblems(startsAt, endsAt, replyBy, now));
        if (!hasText(doc, "place") && !hasText(doc, "videoLink")) {
            problems.add(new Problem.FieldError("/place", "required", "place or videoLink: say where the meeting is held or give its "
                    + "video link. 请填写会议地点或视频会议链接。"));
        }
        List<StoredMeeting.Participant> participants = participants(doc.path("participants"), convener, now, problems);
        List<StoredMeeting.AgendaItem> agenda = new ArrayList<>();
        JsonNode agendaNode = doc.path("agenda");
        for (int i = 0; i < agendaNode.size(); i++) {
            JsonNode a = agendaNode.get(i);
            List<String> ids = referralIds(a.path("referralIds"), "/agenda/" + i + "/referralIds", convener, problems);
            agenda.add(new StoredMeeting.AgendaItem(a.path("title").asText(), text(a, "presenter"), ids));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid meeting", problems);
        }
        if (replyBy == null) {
            replyBy = defaultReplyBy(startsAt, now);
        }
        StoredMeeting m = new StoredMeeting(newId(now), convener.id(), convener.region(), doc.path("title").asText(), startsAt, endsAt,
                text(doc, "place"), text(doc, "videoLink"), replyBy, MeetingStatus.SCHEDULED, text(doc, "note"), 0, now, now,
                participants, agenda, null, List.of());
        List<OutboundMessage> messages = notices.to(m.toTell(), m, now);
        tx.executeWithoutResult(status -> {
            meetings.insert(m);
            startReplyClocks(m, m.toTell(), m.toTell(), now);
            referrals.insertMessages(messages);
        });
        publisher.publishAll(messages);
        return meetings.find(m.id()).orElseThrow();
    }

    StoredMeeting reschedule(Agency caller, String id, JsonNode body) {
        StoredMeeting m = asConvener(caller, id);
        refuseIf(MeetingRules.mayReschedule(m.status()));
        Instant now = clock.instant();
        List<Problem.FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!CHANGEABLE.contains(f)) {
                problems.add(new Problem.FieldError("/" + f, "not-changeable", f + " cannot be changed by a reschedule; only "
                        + CHANGEABLE + ". 改期只能修改时间、地点、视频链接、回复截止时间和备注。"));
            }
        });
        if (!CHANGEABLE.stream().anyMatch(body::has)) {
            problems.add(new Problem.FieldError("", "required", "Say what changes: " + CHANGEABLE + ". 请填写改期内容。"));
        }
        ObjectNode doc = notices.payload(m);
        CHANGEABLE.stream().filter(body::has).forEach(f -> doc.set(f, body.get(f)));
        doc.put("status", MeetingStatus.RESCHEDULED.name());
        problems.addAll(json.schemaProblems(ContractSchemas.MEETING_NOTICE, doc));
        Instant startsAt = body.has("startsAt") ? time(doc, "startsAt") : m.startsAt();
        // a meeting moved without a new end keeps its length
        Instant endsAt = body.has("endsAt") ? time(doc, "endsAt") : m.endsAt() == null || startsAt == null ? m.endsAt()
                : m.endsAt().plus(Duration.between(m.startsAt(), startsAt));
        boolean newTime = startsAt != null && !startsAt.equals(m.startsAt());
        Instant replyBy = body.has("replyBy") ? time(doc, "replyBy") : newTime || !m.replyBy().isAfter(now) ? null : m.replyBy();
        if (startsAt != null && !startsAt.isAfter(now)) {
            problems.add(new Problem.FieldError("/startsAt", "past", body.has("startsAt") ? "startsAt: the meeting must start in the "
                    + "future. 会议开始时间须晚于当前时间。" : "startsAt: the meeting has begun; give it a new time. 会议时间已过，请重新确定时间。"));
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new Problem.FieldError("/endsAt", "before-start", "endsAt: must be after startsAt. 结束时间须晚于开始时间。"));
        }
        if (body.has("replyBy") && replyBy != null && !replyBy.isAfter(now)) {
            problems.add(new Problem.FieldError("/replyBy", "past", "replyBy: must be in the future. 回复截止时间须晚于当前时间。"));
        }
        if (startsAt != null && replyBy != null && replyBy.isAfter(startsAt)) {
            problems.add(new Problem.FieldError("/replyBy", "after-start", "replyBy: must not be after the meeting starts. 回复截止时间不得晚于会议开始时间。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid change of meeting", problems);
        }
        Instant newReplyBy = replyBy == null ? defaultReplyBy(startsAt, now) : replyBy;
        Instant newEnd = endsAt;
        String place = body.has("place") ? text(doc, "place") : m.place();
        String link = body.has("videoLink") ? text(doc, "videoLink") : m.videoLink();
        String note = body.has("note") ? text(doc, "note") : m.note();
        return change(m, now, () -> {
            if (!meetings.reschedule(m, startsAt, newEnd, place, link, newReplyBy, note, now)) {
                throw stale();
            }
            meetings.resetParticipants(m, newTime);
            stopAll(SUBJECT, m.id(), now);
            StoredMeeting changed = meetings.find(m.id()).orElseThrow();
            List<String> unreplied = changed.participants().stream().filter(p -> p.reply() == null).map(StoredMeeting.Participant::agencyId)
                    .filter(a -> !a.equals(m.convener())).toList();
            startReplyClocks(changed, changed.toTell(), unreplied, now);
            return notices.to(changed.toTell(), changed, now);
        });
    }

    StoredMeeting cancel(Agency caller, String id, JsonNode body) {
        StoredMeeting m = asConvener(caller, id);
        refuseIf(MeetingRules.mayCancel(m.status()));
        String reason = body.path("reason").asText("").trim();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidInputException("Invalid cancellation", List.of(new Problem.FieldError("/reason", "required",
                    "reason: why the meeting is called off, 1 to 2000 characters. 请说明取消会议的原因（1-2000字）。")));
        }
        Instant now = clock.instant();
        return change(m, now, () -> {
            if (!meetings.setStatus(m, MeetingStatus.CANCELLED, reason, now)) {
                throw stale();
            }
            stopAll(SUBJECT, m.id(), now);
            StoredMeeting changed = meetings.find(m.id()).orElseThrow();
            return notices.to(changed.toTell(), changed, now);
        });
    }

    StoredMeeting recordMinutes(Agency caller, String id, JsonNode body) {
        StoredMeeting m = asConvener(caller, id);
        Instant now = clock.instant();
        refuseIf(MeetingRules.mayRecordMinutes(m.status(), m.startsAt(), now));
        List<Problem.FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!List.of("text", "actionItems").contains(f)) {
                problems.add(new Problem.FieldError("/" + f, "additionalProperties", f + " is not a field of the minutes (text, "
                        + "actionItems). 会议纪要只包含 text 和 actionItems。"));
            }
        });
        String text = body.path("text").asText("").trim();
        if (text.isEmpty() || text.length() > 20000) {
            problems.add(new Problem.FieldError("/text", "required", "text: the minutes, 1 to 20000 characters. 请填写会议纪要正文（1-20000字）。"));
        }
        JsonNode itemsNode = body.path("actionItems");
        if (!itemsNode.isMissingNode() && (!itemsNode.isArray() || itemsNode.size() > 100)) {
            problems.add(new Problem.FieldError("/actionItems", "type", "actionItems: a list of at most 100 items. 议定事项至多100项。"));
        }
        LocalDate today = LocalDate.ofInstant(now, rules.calendar().zone());
        List<StoredMeeting.ActionItem> items = new ArrayList<>();
        for (int i = 0; itemsNode.isArray() && i < itemsNode.size() && i < 100; i++) {
            JsonNode a = itemsNode.get(i);
            String at = "/actionItems/" + i;
            a.fieldNames().forEachRemaining(f -> {
                if (!List.of("title", "ownerAgency", "dueDate", "referralIds").contains(f)) {
                    problems.add(new Problem.FieldError(at + "/" + f, "additionalProperties", f + " is not a field of an action item "
                            + "(title, ownerAgency, dueDate, referralIds). 议定事项字段有误。"));
                }
            });
            String title = a.path("title").asText("").trim();
            if (title.isEmpty() || title.length() > 500) {
                problems.add(new Problem.FieldError(at + "/title", "required", "title: what is to be done, 1 to 500 characters. 请填写议定事项（1-500字）。"));
            }
            String owner = a.path("ownerAgency").asText("");
            if (!m.convener().equals(owner) && m.participant(owner).isEmpty()) {
                problems.add(new Problem.FieldError(at + "/ownerAgency", "not-participant", "ownerAgency: '" + owner + "' is neither a "
                        + "participant nor the convener of the meeting. 责任单位须为参会单位或召集单位。"));
            }
            LocalDate due = null;
            try {
                due = LocalDate.parse(a.path("dueDate").asText(""));
                if (due.isBefore(today)) {
                    problems.add(new Problem.FieldError(at + "/dueDate", "past", "dueDate: " + due + " is already past. 完成时限不得早于今日。"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem.FieldError(at + "/dueDate", "format", "dueDate: a date like 2026-01-31 is required. 请填写完成时限（日期）。"));
            }
            List<String> ids = referralIds(a.path("referralIds"), at + "/referralIds", caller, problems);
            items.add(new StoredMeeting.ActionItem(m.id() + "-A" + (i + 1), m.id(), i + 1, title, owner, due, ids, ActionItemState.OPEN,
                    null, null, null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid minutes", problems);
        }
        return change(m, now, () -> {
            if (!meetings.setStatus(m, MeetingStatus.MINUTED, m.note(), now)) {
                throw stale();
            }
            meetings.insertMinutes(m.id(), text, caller.id(), now, items);
            stopAll(SUBJECT, m.id(), now);
            for (StoredMeeting.ActionItem item : items) {
                planner.until(ClockKind.ACTION_ITEM, ITEM_SUBJECT, item.id(), null, m.id(), item.ownerAgency(),
                        rules.calendar().endOf(item.dueDate()), now).ifPresent(clocks::insert);
            }
            StoredMeeting changed = meetings.find(m.id()).orElseThrow();
            return notices.to(changed.toTell(), changed, now);
        });
    }

    // ---- participants and owners ----------------------------------------------------------------

    StoredMeeting acknowledge(Agency caller, String id) {
        StoredMeeting m = visible(caller, id);
        if (m.participant(caller.id()).isEmpty()) {
            throw HubException.forbidden("Only participants acknowledge a meeting notice. 仅参会单位签收会议通知。");
        }
        refuseIf(MeetingRules.mayAcknowledge(m.status()));
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            meetings.acknowledge(id, caller.id(), now);
            clocks.stopSubject(SUBJECT, id, ClockKind.MEETING_ACK, caller.id(), now);
        });
        return meetings.find(id).orElseThrow();
    }

    StoredMeeting reply(Agency caller, String id, JsonNode body) {
        StoredMeeting m = visible(caller, id);
        if (m.participant(caller.id()).isEmpty()) {
            throw HubException.forbidden("Only participants reply to a meeting notice. 仅参会单位回复参会情况。");
        }
        Instant now = clock.instant();
        refuseIf(MeetingRules.mayReply(m.status(), m.startsAt(), now));
        List<Problem.FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!List.of("reply", "person", "reason").contains(f)) {
                problems.add(new Problem.FieldError("/" + f, "additionalProperties", f + " is not a field of a reply (reply, person, "
                        + "reason). 回执字段有误。"));
            }
        });
        MeetingReply reply = null;
        try {
            reply = MeetingReply.valueOf(body.path("reply").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem.FieldError("/reply", "enum", "reply: one of ATTEND (参会), DEPUTY (委派代表参会), ABSENT (请假)."
                    + " 请选择参会、委派代表参会或请假。"));
        }
        String person = text(body, "person");
        String reason = text(body, "reason");
        if (person != null && person.length() > 50) {
            problems.add(new Problem.FieldError("/person", "maxLength", "person: at most 50 characters. 姓名至多50字。"));
        }
        if (reason != null && reason.length() > 500) {
            problems.add(new Problem.FieldError("/reason", "maxLength", "reason: at most 500 characters. 理由至多500字。"));
        }
        if (reply != null) {
            problems.addAll(MeetingRules.replyProblems(reply, person, reason));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid reply", problems);
        }
        MeetingReply answer = reply;
        tx.executeWithoutResult(status -> {
            meetings.reply(id, caller.id(), answer, person, reason, now);
            clocks.stopSubject(SUBJECT, id, ClockKind.MEETING_ACK, caller.id(), now);
            clocks.stopSubject(SUBJECT, id, ClockKind.MEETING_REPLY, caller.id(), now);
        });
        return meetings.find(id).orElseThrow();
    }

    StoredMeeting closeItem(Agency caller, String id, String itemId, JsonNode body) {
        StoredMeeting m = visible(caller, id);
        StoredMeeting.ActionItem item = m.actionItem(itemId).orElseThrow(() -> HubException.notFound(
                "No action item " + itemId + " in meeting " + id + ". 无此议定事项。"));
        boolean convener = m.convener().equals(caller.id());
        if (!convener && !item.ownerAgency().equals(caller.id())) {
            throw HubException.forbidden("Only the owner agency " + item.ownerAgency() + " or the convener closes this action item. "
                    + "仅责任单位或召集单位可办结议定事项。");
        }
        refuseIf(MeetingRules.mayClose(item.state(), true));
        String note = body.path("note").asText("").trim();
        if (note.isEmpty() || note.length() > 2000) {
            throw new InvalidInputException("Invalid closing", List.of(new Problem.FieldError("/note", "required",
                    "note: what was done, 1 to 2000 characters. 请填写办结情况（1-2000字）。")));
        }
        Instant now = clock.instant();
        List<OutboundMessage> messages = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            if (!meetings.closeItem(itemId, caller.id(), note, now)) {
                throw new HubException(Problem.of(409, "Conflict 并发冲突", "The action item was closed meanwhile. 该议定事项已办结。"));
            }
            clocks.stopSubject(ITEM_SUBJECT, itemId, ClockKind.ACTION_ITEM, item.ownerAgency(), now);
            StoredMeeting changed = meetings.find(id).orElseThrow();
            messages.addAll(notices.to(List.of(convener ? item.ownerAgency() : m.convener()), changed, now));
            referrals.insertMessages(messages);
        });
        publisher.publishAll(messages);
        return meetings.find(id).orElseThrow();
    }

    /** The meeting, if the caller convened it, takes part in it or owns one of its action items; 404 otherwise. */
    StoredMeeting visible(Agency caller, String id) {
        return meetings.find(id).filter(m -> m.involves(caller.id())).orElseThrow(() -> HubException.notFound(
                "No meeting " + id + " that your agency convened or takes part in. 未找到本单位参加的会议。"));
    }

    List<StoredMeeting> involving(Agency caller, MeetingStatus status, int limit) {
        return meetings.involving(caller.id(), status, limit);
    }

    /** The clocks of a meeting and of its action items, for the views. */
    List<Clock> clocksOf(StoredMeeting m) {
        List<Clock> all = new ArrayList<>(clocks.forSubject(SUBJECT, m.id()));
        m.actionItems().forEach(a -> all.addAll(clocks.forSubject(ITEM_SUBJECT, a.id())));
        return all;
    }

    Instant now() {
        return clock.instant();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private StoredMeeting asConvener(Agency caller, String id) {
        StoredMeeting m = visible(caller, id);
        if (!m.convener().equals(caller.id())) {
            throw HubException.forbidden("Only the convener " + m.convener() + " changes, cancels or minutes this meeting. "
                    + "仅召集单位可修改、取消会议或印发纪要。");
        }
        return m;
    }

    /** Writes a change with its clocks and messages in one transaction, then sends the messages. */
    private StoredMeeting change(StoredMeeting m, Instant now, Supplier<List<OutboundMessage>> write) {
        List<OutboundMessage> messages = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            messages.addAll(write.get());
            referrals.insertMessages(messages);
        });
        publisher.publishAll(messages);
        return meetings.find(m.id()).orElseThrow();
    }

    /** Acknowledgement clocks for {@code toAcknowledge}, reply clocks for {@code toReply}. */
    private void startReplyClocks(StoredMeeting m, List<String> toAcknowledge, List<String> toReply, Instant now) {
        Rule ack = rules.rule(RuleIds.MEETING_ACK_IN_TIME);
        Instant ackDue = ack.limit("within").map(l -> rules.calendar().due(now, l)).filter(d -> d.isBefore(m.replyBy()))
                .orElse(m.replyBy());
        for (String agency : toAcknowledge) {
            planner.until(ClockKind.MEETING_ACK, SUBJECT, m.id(), null, null, agency, ackDue, now).ifPresent(clocks::insert);
        }
        for (String agency : toReply) {
            planner.until(ClockKind.MEETING_REPLY, SUBJECT, m.id(), null, null, agency, m.replyBy(), now).ifPresent(clocks::insert);
        }
    }

    private void stopAll(String subjectType, String subjectId, Instant now) {
        for (Clock c : clocks.forSubject(subjectType, subjectId)) {
            if (c.state() != Clock.State.STOPPED) {
                clocks.stopSubject(subjectType, subjectId, c.kind(), c.responsibleAgency(), now);
            }
        }
    }

    /** The reply-by time when the convener sets none: a configured time before the meeting, or halfway there if that is past. */
    private Instant defaultReplyBy(Instant startsAt, Instant now) {
        Duration before = rules.rule(RuleIds.MEETING_REPLY_IN_TIME).limit("default-reply-before").map(Meetings::duration)
                .orElse(Duration.ofDays(1));
        Instant replyBy = startsAt.minus(before);
        return replyBy.isAfter(now) ? replyBy : now.plus(Duration.between(now, startsAt).dividedBy(2));
    }

    private static Duration duration(TimeLimit limit) {
        return switch (limit.unit()) {
            case SECONDS -> Duration.ofSeconds(limit.amount());
            case HOURS -> Duration.ofHours(limit.amount());
            case DAYS, WORKING_DAYS -> Duration.ofDays(limit.amount());
        };
    }

    private List<StoredMeeting.Participant> participants(JsonNode node, Agency convener, Instant now, List<Problem.FieldError> problems) {
        List<StoredMeeting.Participant> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            String agencyId = p.path("agencyId").asText("");
            if (!agencyId.isEmpty() && registry.byId(agencyId).isEmpty()) {
                problems.add(new Problem.FieldError("/participants/" + i + "/agencyId", "unknown-agency", "'" + agencyId
                        + "' is not an agency of the hub. 参会单位未在平台登记。"));
            } else if (!seen.add(agencyId)) {
                problems.add(new Problem.FieldError("/participants/" + i + "/agencyId", "duplicate", "'" + agencyId
                        + "' is listed twice. 参会单位重复。"));
            }
            boolean self = agencyId.equals(convener.id());
            participants.add(new StoredMeeting.Participant(agencyId, text(p, "person"), text(p, "role"), self ? now : null,
                    self ? MeetingReply.ATTEND : null, null, null, self ? now : null));
        }
        if (node.isArray() && node.size() > 0 && participants.stream().allMatch(p -> p.agencyId().equals(convener.id()))) {
            problems.add(new Problem.FieldError("/participants", "minItems", "participants: name at least one agency besides the "
                    + "convener. 请至少列出一个其他参会单位。"));
        }
        return participants;
    }

    /** Referrals for the agenda or an action item: they must exist and be visible to the convener (its region or a party). */
    private List<String> referralIds(JsonNode node, String at, Agency convener, List<Problem.FieldError> problems) {
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            String referralId = node.get(j).asText();
            boolean visible = referrals.find(referralId).filter(r -> convener.coordinator() && r.region().startsWith(convener.regionPrefix())
                    || referrals.isParty(r, convener.id())).isPresent();
            if (!visible) {
                problems.add(new Problem.FieldError(at + "/" + j, "unknown-referral", "No referral " + referralId + " of your region "
                        + "or that your agency is party to. 未找到本地区的该转介。"));
            }
            ids.add(referralId);
        }
        return ids;
    }

    private static List<Problem.FieldError> timeProblems(Instant startsAt, Instant endsAt, Instant replyBy, Instant now) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (startsAt != null && !startsAt.isAfter(now)) {
            problems.add(new Problem.FieldError("/startsAt", "past", "startsAt: the meeting must start in the future. 会议开始时间须晚于当前时间。"));
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new Problem.FieldError("/endsAt", "before-start", "endsAt: must be after startsAt. 结束时间须晚于开始时间。"));
        }
        if (replyBy != null && !replyBy.isAfter(now)) {
            problems.add(new Problem.FieldError("/replyBy", "past", "replyBy: must be in the future. 回复截止时间须晚于当前时间。"));
        }
        if (replyBy != null && startsAt != null && replyBy.isAfter(startsAt)) {
            problems.add(new Problem.FieldError("/replyBy", "after-start", "replyBy: must not be after the meeting starts. 回复截止时间不得晚于会议开始时间。"));
        }
        return problems;
    }

    private static Instant time(JsonNode doc, String field) {
        if (!doc.path(field).isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(doc.path(field).asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null; // the schema check reports it
        }
    }

    private static boolean hasText(JsonNode node, String field) {
        return text(node, field) != null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : null;
    }

    private static void refuseIf(Optional<String> refusal) {
        refusal.ifPresent(why -> {
            throw new HubException(new Problem("https://legalaidhub.cn/problems/meeting-state", "Not allowed now 当前状态不允许此操作",
                    409, why, null, null));
        });
    }

    private static HubException stale() {
        return new HubException(Problem.of(409, "Conflict 并发冲突", "The meeting changed meanwhile; read it and try again. 会议已被修改，请刷新后重试。"));
    }

    private String newId(Instant now) {
        StringBuilder id = new StringBuilder("MT").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
