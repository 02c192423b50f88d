package cn.legalaidhub.campaigns;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockHandler;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.notices.DeadlineNotices;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.roster.Roster;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A unit has not reported a campaign day: before the cut-off it is reminded, at the cut-off chased
 * (催报), after it the campaign's owner is told (督办) naming the unit's liaisons and the on-duty roster
 * liaison. A unit that reported meanwhile is left alone. Once per (campaign, unit, day): the clock's
 * compare-and-set, whichever replica sweeps.
 */
@Component
class CampaignDeadlines implements ClockHandler {

    private final CampaignLedger campaigns;
    private final Notices notices;
    private final DeadlineNotices deadlines;
    private final AgencyRegistry registry;
    private final Roster roster;
    private final RuleBook rules;

    CampaignDeadlines(CampaignLedger campaigns, Notices notices, DeadlineNotices deadlines, AgencyRegistry registry,
            Roster roster, RuleBook rules) {
        this.campaigns = campaigns;
        this.notices = notices;
        this.deadlines = deadlines;
        this.registry = registry;
        this.roster = roster;
        this.rules = rules;
    }

    @Override
    public boolean handles(Clock clock) {
        return Campaigns.SUBJECT.equals(clock.subjectType());
    }

    @Override
    public void fire(Clock c, int level, Instant now) {
        LocalDate day = LocalDate.parse(c.item());
        List<OutboundMessage> messages = new ArrayList<>();
        campaigns.find(c.subjectId()).filter(k -> campaigns.report(k.id(), c.responsibleAgency(), day).isEmpty())
                .ifPresent(k -> messages.add(notice(k, day, c, level, now)));
        deadlines.sendOnce(c, level, messages);
    }

    private OutboundMessage notice(StoredCampaign k, LocalDate day, Clock c, int level, Instant now) {
        Rule rule = rules.rule(c.ruleId());
        String unit = c.responsibleAgency();
        String unitName = registry.byId(unit).map(Agency::name).orElse(unit);
        String what = "专项行动「" + k.title() + "」（" + k.id() + "）" + day + " 的每日报送";
        String how = "请报送当日数据或零报告（POST /api/v1/campaigns/" + k.id() + "/reports，{\"nil\":true} 即为零报告）。";
        List<Agency> liaisons = registry.byId(unit).stream().toList();
        return switch (level) {
            case Clock.REMINDED -> notices.to(unit, draft(NoticeKind.REMINDER, k, c, "即将截止：每日报送 " + k.id() + " " + day,
                    what + "将于 " + Notices.local(c.dueAt()) + " 截止。" + how, liaisons, rule), 6, now);
            case Clock.OVERDUE -> notices.to(unit, draft(NoticeKind.OVERDUE, k, c, "催报：每日报送 " + k.id() + " " + day,
                    what + "已于 " + Notices.local(c.dueAt()) + " 截止，尚未收到。请立即报送，逾时报送记为迟报。" + how, liaisons, rule), 7, now);
            default -> {
                List<Notices.Person> people = roster.escalationContacts(registry.byId(unit).map(Agency::region).orElse(k.region()),
                        registry.byId(unit).map(Agency::kind).orElse(AgencyKind.LEGALAID), now);
                yield notices.to(k.owner(), draft(NoticeKind.ESCALATION, k, c, "督办：" + unitName + " 未报送 " + day + " 每日情况（" + k.id() + "）",
                        what + "，" + unitName + " 经催报仍未报送（截止 " + Notices.local(c.dueAt()) + "）。请督促报送，并联系三方专人联系值班联络人。",
                        liaisons, rule), people, 8, now);
            }
        };
    }

    private static Notices.Draft draft(NoticeKind kind, StoredCampaign k, Clock c, String title, String text, List<Agency> liaisons,
            Rule rule) {
        return new Notices.Draft(kind, null, Campaigns.SUBJECT, k.id(), c.kind().name(), c.kind().label(), c.startedAt(), c.dueAt(),
                title, text, c.responsibleAgency(), liaisons, rule);
    }
}
