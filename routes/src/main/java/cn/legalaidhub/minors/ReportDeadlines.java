package cn.legalaidhub.minors;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockHandler;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.notices.DeadlineNotices;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A mandatory report not acknowledged or answered in time: remind the recipient, then tell the justice bureau. */
@Component
class ReportDeadlines implements ClockHandler {

    private final ReferralLedger ledger;
    private final Notices notices;
    private final DeadlineNotices deadlines;
    private final AgencyRegistry registry;
    private final RuleBook rules;

    ReportDeadlines(ReferralLedger ledger, Notices notices, DeadlineNotices deadlines, AgencyRegistry registry, RuleBook rules) {
        this.ledger = ledger;
        this.notices = notices;
        this.deadlines = deadlines;
        this.registry = registry;
        this.rules = rules;
    }

    @Override
    public boolean handles(Clock clock) {
        return MandatoryReports.SUBJECT.equals(clock.subjectType());
    }

    @Override
    public void fire(Clock c, int level, Instant now) {
        Rule rule = rules.rule(c.ruleId());
        List<OutboundMessage> messages = new ArrayList<>();
        String what = c.kind().label();
        String text = "强制报告 " + c.subjectId() + "（转介 " + c.referralId() + "）的" + what + "时限为 " + Notices.local(c.dueAt());
        List<Agency> liaisons = new ArrayList<>(registry.byId(c.responsibleAgency()).stream().toList());
        if (level == Clock.ESCALATED) {
            Optional<Agency> bureau = ledger.find(c.referralId()).flatMap(r -> registry.coordinatorFor(r.region()));
            bureau.ifPresent(liaisons::add);
            messages.add(notices.to(bureau.map(Agency::id).orElse(c.responsibleAgency()), draft(NoticeKind.ESCALATION, c,
                    "督办：" + c.responsibleAgency() + " 未按期" + what, text + "，" + c.responsibleAgency() + " 经催办仍未办理。", liaisons,
                    rule), 9, now));
        } else {
            NoticeKind kind = level == Clock.REMINDED ? NoticeKind.REMINDER : NoticeKind.OVERDUE;
            messages.add(notices.to(c.responsibleAgency(), draft(kind, c, (kind == NoticeKind.REMINDER ? "即将到期：" : "逾期催办：")
                    + what, text + (kind == NoticeKind.REMINDER ? "，即将届满，请及时办理。" : "，已超期，请立即办理。"), liaisons, rule), 9, now));
        }
        deadlines.sendOnce(c, level, messages);
    }

    private static Notices.Draft draft(NoticeKind kind, Clock c, String title, String text, List<Agency> liaisons, Rule rule) {
        return new Notices.Draft(kind, c.referralId(), MandatoryReports.SUBJECT, c.subjectId(), c.kind().name(), c.kind().label(),
                c.startedAt(), c.dueAt(), title, text, c.responsibleAgency(), liaisons, rule);
    }
}
