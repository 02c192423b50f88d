package cn.legalaidhub.warnings;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockHandler;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.contract.AgencyKind;
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
 * A department warned does not acknowledge the warning, or does not report action, in time: it is
 * reminded, then chased (催办); after that the justice bureau of the warning's region is told (督办),
 * naming the department's liaisons and the on-duty roster liaison. A department that has answered
 * meanwhile is left alone. Each notice goes out exactly once (clock compare-and-set).
 */
@Component
class WarningDeadlines implements ClockHandler {

    private final WarningLedger warnings;
    private final Notices notices;
    private final DeadlineNotices deadlines;
    private final AgencyRegistry registry;
    private final Roster roster;
    private final RuleBook rules;

    WarningDeadlines(WarningLedger warnings, Notices notices, DeadlineNotices deadlines, AgencyRegistry registry,
            Roster roster, RuleBook rules) {
        this.warnings = warnings;
        this.notices = notices;
        this.deadlines = deadlines;
        this.registry = registry;
        this.roster = roster;
        this.rules = rules;
    }

    @Override
    public boolean handles(Clock clock) {
        return EarlyWarnings.SUBJECT.equals(clock.subjectType());
    }

    @Override
    public void fire(Clock c, int level, Instant now) {
        List<OutboundMessage> messages = new ArrayList<>();
        warnings.find(c.subjectId()).filter(w -> stillOwed(w, c)).ifPresent(w -> messages.add(notice(w, c, level, now)));
        deadlines.sendOnce(c, level, messages);
    }

    private boolean stillOwed(StoredWarning w, Clock c) {
        return w.recipient(c.responsibleAgency()).map(r -> c.kind() == ClockKind.WARNING_ACK ? !r.acknowledged(w.grade())
                : warnings.actions(w.id()).stream().noneMatch(a -> a.agencyId().equals(c.responsibleAgency()))).orElse(false);
    }

    private OutboundMessage notice(StoredWarning w, Clock c, int level, Instant now) {
        Rule rule = rules.rule(c.ruleId());
        String recipient = c.responsibleAgency();
        String recipientName = registry.byId(recipient).map(Agency::name).orElse(recipient);
        boolean ack = c.kind() == ClockKind.WARNING_ACK;
        String what = ack ? "签收" : "反馈处置情况";
        String warning = w.grade().label() + "预警「" + w.label() + "」（" + w.id() + "，" + w.claims() + "件、" + w.people() + "人）";
        String how = ack ? "请签收（POST /api/v1/early-warnings/" + w.id() + "/acknowledge）。"
                : "请反馈处置情况（POST /api/v1/early-warnings/" + w.id() + "/actions）。";
        List<Agency> liaisons = registry.byId(recipient).stream().toList();
        return switch (level) {
            case Clock.REMINDED -> notices.to(recipient, draft(NoticeKind.REMINDER, w, c, "即将到期：预警" + what + " " + w.id(),
                    warning + "的" + what + "时限为 " + Notices.local(c.dueAt()) + "。" + how, liaisons, rule), w.grade().priority(), now);
            case Clock.OVERDUE -> notices.to(recipient, draft(NoticeKind.OVERDUE, w, c, "逾期催办：预警" + what + " " + w.id(),
                    warning + "的" + what + "时限已于 " + Notices.local(c.dueAt()) + " 届满，请立即办理。" + how, liaisons, rule),
                    w.grade().priority(), now);
            default -> {
                String to = registry.coordinatorFor(w.region()).map(Agency::id).orElse(recipient);
                List<Notices.Person> people = roster.escalationContacts(w.region(), registry.byId(recipient).map(Agency::kind)
                        .orElse(AgencyKind.LEGALAID), now);
                yield notices.to(to, draft(NoticeKind.ESCALATION, w, c, "督办：" + recipientName + " 未" + what + "预警 " + w.id(),
                        warning + "，" + recipientName + " 经催办仍未" + what + "（时限 " + Notices.local(c.dueAt()) + "）。请协调督促，"
                                + "并联系三方专人联系值班联络人。", liaisons, rule), people, 9, now);
            }
        };
    }

    private static Notices.Draft draft(NoticeKind kind, StoredWarning w, Clock c, String title, String text, List<Agency> liaisons,
            Rule rule) {
        return new Notices.Draft(kind, null, EarlyWarnings.SUBJECT, w.id(), c.kind().name(), c.kind().label(), c.startedAt(), c.dueAt(),
                title, text, c.responsibleAgency(), liaisons, rule);
    }
}
