package cn.legalaidhub.meetings;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockHandler;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.contract.ActionItemState;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.MeetingStatus;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.notices.DeadlineNotices;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.roster.Roster;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A meeting's clocks reach a level. Before the meeting, a participant that has not acknowledged or
 * replied is reminded, then chased (催办), then reported to the convener (督办) with the on-duty roster
 * liaison named. An action item not closed by its due day is reminded, chased at its owner, then
 * escalated to the region's justice bureau naming the roster liaison. A clock whose meeting was
 * cancelled, has begun, or whose item was closed meanwhile moves on silently. Each notice is written
 * with the clock's compare-and-set in one transaction, so it goes out exactly once.
 */
@Component
class MeetingDeadlines implements ClockHandler {

    private final MeetingLedger meetings;
    private final Notices notices;
    private final DeadlineNotices deadlines;
    private final AgencyRegistry registry;
    private final Roster roster;
    private final RuleBook rules;

    MeetingDeadlines(MeetingLedger meetings, Notices notices, DeadlineNotices deadlines, AgencyRegistry registry,
            Roster roster, RuleBook rules) {
        this.meetings = meetings;
        this.notices = notices;
        this.deadlines = deadlines;
        this.registry = registry;
        this.roster = roster;
        this.rules = rules;
    }

    @Override
    public boolean handles(Clock clock) {
        return Meetings.SUBJECT.equals(clock.subjectType()) || Meetings.ITEM_SUBJECT.equals(clock.subjectType());
    }

    @Override
    public void fire(Clock c, int level, Instant now) {
        List<OutboundMessage> messages = new ArrayList<>();
        if (Meetings.SUBJECT.equals(c.subjectType())) {
            meetings.find(c.subjectId()).filter(m -> stillOwed(m, c, now)).ifPresent(m -> messages.add(aboutReply(m, c, level, now)));
        } else {
            meetings.meetingOfItem(c.subjectId()).flatMap(meetings::find).ifPresent(m -> m.actionItem(c.subjectId())
                    .filter(a -> a.state() == ActionItemState.OPEN).ifPresent(a -> messages.add(aboutItem(m, a, c, level, now))));
        }
        deadlines.sendOnce(c, level, messages);
    }

    /** Still worth a notice: the meeting is on and has not begun, and the participant has not done it. */
    private static boolean stillOwed(StoredMeeting m, Clock c, Instant now) {
        if (m.status() == MeetingStatus.CANCELLED || m.status() == MeetingStatus.MINUTED || !now.isBefore(m.startsAt())) {
            return false;
        }
        return m.participant(c.responsibleAgency()).filter(p -> c.kind() == ClockKind.MEETING_ACK ? p.acknowledgedAt() == null
                : p.reply() == null).isPresent();
    }

    private OutboundMessage aboutReply(StoredMeeting m, Clock c, int level, Instant now) {
        Rule rule = rules.rule(c.ruleId());
        String what = c.kind() == ClockKind.MEETING_ACK ? "签收会议通知" : "回复参会情况（参会、委派代表参会或请假）";
        String meeting = "联席会议「" + m.title() + "」（" + m.id() + "，" + Notices.local(m.startsAt()) + " 召开"
                + (m.place() == null ? "" : "，" + m.place()) + "）";
        String how = "请签收（POST /api/v1/meetings/" + m.id() + "/acknowledge）并回复（.../reply）。";
        List<Agency> liaisons = registry.byId(c.responsibleAgency()).stream().toList();
        return switch (level) {
            case Clock.REMINDED -> notices.to(c.responsibleAgency(), draft(NoticeKind.REMINDER, Meetings.SUBJECT, m.id(), c,
                    "即将到期：" + c.kind().label() + " " + m.title(), meeting + "，请于 " + Notices.local(c.dueAt()) + " 前" + what + "。"
                            + how, liaisons, rule), 6, now);
            case Clock.OVERDUE -> notices.to(c.responsibleAgency(), draft(NoticeKind.OVERDUE, Meetings.SUBJECT, m.id(), c,
                    "逾期催办：" + c.kind().label() + " " + m.title(), meeting + "，" + what + "的时限已于 " + Notices.local(c.dueAt())
                            + " 届满，请立即办理。" + how, liaisons, rule), 7, now);
            default -> notices.to(m.convener(), draft(NoticeKind.ESCALATION, Meetings.SUBJECT, m.id(), c,
                    "督办：" + name(c.responsibleAgency()) + " 未" + (c.kind() == ClockKind.MEETING_ACK ? "签收" : "回复") + " "
                            + m.title(), meeting + "，"
                            + name(c.responsibleAgency()) + " 经催办仍未" + what + "（时限 " + Notices.local(c.dueAt()) + "）。请召集单位督促，"
                            + "或联系三方专人联系值班联络人。", liaisons, rule), rosterPeople(m.region(), c.responsibleAgency(), now), 8, now);
        };
    }

    private OutboundMessage aboutItem(StoredMeeting m, StoredMeeting.ActionItem a, Clock c, int level, Instant now) {
        Rule rule = rules.rule(c.ruleId());
        String item = "联席会议「" + m.title() + "」议定事项 " + a.id() + "「" + a.title() + "」（责任单位 " + name(a.ownerAgency())
                + "，完成时限 " + a.dueDate() + "）";
        String how = "办结后请报告（POST /api/v1/meetings/" + m.id() + "/action-items/" + a.id() + "/close）。";
        List<Agency> liaisons = registry.byId(a.ownerAgency()).stream().toList();
        return switch (level) {
            case Clock.REMINDED -> notices.to(a.ownerAgency(), draft(NoticeKind.REMINDER, Meetings.ITEM_SUBJECT, a.id(), c,
                    "即将到期：会议议定事项 " + a.id(), item + "即将到期，请抓紧办理。" + how, liaisons, rule), 6, now);
            case Clock.OVERDUE -> notices.to(a.ownerAgency(), draft(NoticeKind.OVERDUE, Meetings.ITEM_SUBJECT, a.id(), c,
                    "逾期催办：会议议定事项 " + a.id(), item + "已超期，请立即办理。" + how, liaisons, rule), 7, now);
            default -> {
                String to = registry.coordinatorFor(m.region()).map(Agency::id).orElse(m.convener());
                yield notices.to(to, draft(NoticeKind.ESCALATION, Meetings.ITEM_SUBJECT, a.id(), c, "督办：" + name(a.ownerAgency())
                        + " 会议议定事项超期未办结", item + "超期，经催办仍未办结。请协调机构督办，并联系三方专人联系值班联络人。", liaisons, rule),
                        rosterPeople(m.region(), a.ownerAgency(), now), 8, now);
            }
        };
    }

    private List<Notices.Person> rosterPeople(String region, String responsible, Instant now) {
        AgencyKind kind = registry.byId(responsible).map(Agency::kind).orElse(AgencyKind.LEGALAID);
        return roster.escalationContacts(region, kind, now);
    }

    private String name(String agencyId) {
        return registry.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

    private static Notices.Draft draft(NoticeKind kind, String subjectType, String subjectId, Clock c, String title, String text,
            List<Agency> liaisons, Rule rule) {
        return new Notices.Draft(kind, null, subjectType, subjectId, c.kind().name(), c.kind().label(), c.startedAt(), c.dueAt(),
                title.length() > 200 ? title.substring(0, 199) + "…" : title, text, c.responsibleAgency(), liaisons, rule);
    }
}
