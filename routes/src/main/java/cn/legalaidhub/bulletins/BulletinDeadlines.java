package cn.legalaidhub.bulletins;

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
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A bulletin that needs acknowledgement is not acknowledged in time: the recipient is reminded,
 * then chased (催办); after that the justice bureau of the recipient's region (or the publisher) is
 * told (督办), naming the recipient's liaisons and the on-duty roster liaison. A recipient that has
 * acknowledged meanwhile is left alone. Each notice goes out exactly once (clock compare-and-set).
 */
@Component
class BulletinDeadlines implements ClockHandler {

    private final BulletinLedger bulletins;
    private final Notices notices;
    private final DeadlineNotices deadlines;
    private final AgencyRegistry registry;
    private final Roster roster;
    private final RuleBook rules;

    BulletinDeadlines(BulletinLedger bulletins, Notices notices, DeadlineNotices deadlines, AgencyRegistry registry,
            Roster roster, RuleBook rules) {
        this.bulletins = bulletins;
        this.notices = notices;
        this.deadlines = deadlines;
        this.registry = registry;
        this.roster = roster;
        this.rules = rules;
    }

    @Override
    public boolean handles(Clock clock) {
        return Bulletins.SUBJECT.equals(clock.subjectType());
    }

    @Override
    public void fire(Clock c, int level, Instant now) {
        List<OutboundMessage> messages = new ArrayList<>();
        bulletins.find(c.subjectId()).filter(b -> b.recipient(c.responsibleAgency()).filter(r -> r.acknowledgedAt() == null).isPresent())
                .ifPresent(b -> messages.add(notice(b, c, level, now)));
        deadlines.sendOnce(c, level, messages);
    }

    private OutboundMessage notice(StoredBulletin b, Clock c, int level, Instant now) {
        Rule rule = rules.rule(c.ruleId());
        String recipient = c.responsibleAgency();
        String recipientName = registry.byId(recipient).map(Agency::name).orElse(recipient);
        String bulletin = "工作信息通报「" + b.title() + "」（" + b.id() + "，" + b.category().label() + "，" + name(b.publisher()) + " 发布于 "
                + Notices.local(b.publishedAt()) + "）";
        String how = "请签收（POST /api/v1/bulletins/" + b.id() + "/acknowledge）。";
        List<Agency> liaisons = registry.byId(recipient).stream().toList();
        return switch (level) {
            case Clock.REMINDED -> notices.to(recipient, draft(NoticeKind.REMINDER, b, c, "即将到期：通报签收 " + b.id(),
                    bulletin + "需回执，签收时限 " + Notices.local(c.dueAt()) + "。" + how, liaisons, rule), 6, now);
            case Clock.OVERDUE -> notices.to(recipient, draft(NoticeKind.OVERDUE, b, c, "逾期催办：通报签收 " + b.id(),
                    bulletin + "的签收时限已于 " + Notices.local(c.dueAt()) + " 届满，请立即签收。" + how, liaisons, rule), 7, now);
            default -> {
                String region = registry.byId(recipient).map(Agency::region).orElse(b.region());
                String to = registry.coordinatorFor(region).map(Agency::id).orElse(b.publisher());
                List<Notices.Person> people = roster.escalationContacts(region, registry.byId(recipient).map(Agency::kind)
                        .orElse(AgencyKind.LEGALAID), now);
                yield notices.to(to, draft(NoticeKind.ESCALATION, b, c, "督办：" + recipientName + " 未签收通报 " + b.id(),
                        bulletin + "，" + recipientName + " 经催办仍未签收（时限 " + Notices.local(c.dueAt()) + "）。请协调机构督促，"
                                + "并联系三方专人联系值班联络人。", liaisons, rule), people, 8, now);
            }
        };
    }

    private String name(String agencyId) {
        return registry.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

    private static Notices.Draft draft(NoticeKind kind, StoredBulletin b, Clock c, String title, String text, List<Agency> liaisons,
            Rule rule) {
        return new Notices.Draft(kind, null, Bulletins.SUBJECT, b.id(), c.kind().name(), c.kind().label(), c.startedAt(), c.dueAt(),
                title, text, c.responsibleAgency(), liaisons, rule);
    }
}
