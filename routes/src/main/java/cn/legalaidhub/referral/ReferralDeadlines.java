package cn.legalaidhub.referral;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockHandler;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StaleVersionException;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.mediation.MediationFirst;
import cn.legalaidhub.messaging.MessagePublisher;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.roster.Roster;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A referral's deadline reaches a level: a reminder to the responsible agency (提醒), an overdue
 * notice to it and its liaisons (催办), an escalation to the region's justice bureau (督办) — or,
 * for the acting clocks, a failed mediation falls back and a near limitation makes the case urgent.
 * Each is written with the clock's move in one transaction.
 */
@Component
class ReferralDeadlines implements ClockHandler {

    private static final Logger log = LoggerFactory.getLogger(ReferralDeadlines.class);
    private static final Set<ReferralStatus> MEDIATING = Set.of(ReferralStatus.SUBMITTED, ReferralStatus.DELIVERED,
            ReferralStatus.OPENED, ReferralStatus.ACCEPTED, ReferralStatus.ASSIGNED, ReferralStatus.IN_PROGRESS);

    /** The clock was moved on by someone else first. */
    private static final class AlreadyFired extends RuntimeException {
        AlreadyFired() {
            super(null, null, false, false);
        }
    }

    private final ReferralLedger ledger;
    private final ClockLedger clocks;
    private final Notices notices;
    private final AgencyRegistry registry;
    private final CaseMoves moves;
    private final MediationFirst mediation;
    private final MessagePublisher publisher;
    private final RuleBook rules;
    private final Roster roster;

    ReferralDeadlines(ReferralLedger ledger, ClockLedger clocks, Notices notices, AgencyRegistry registry, CaseMoves moves,
            MediationFirst mediation, MessagePublisher publisher, RuleBook rules, Roster roster) {
        this.ledger = ledger;
        this.clocks = clocks;
        this.notices = notices;
        this.registry = registry;
        this.moves = moves;
        this.mediation = mediation;
        this.publisher = publisher;
        this.rules = rules;
        this.roster = roster;
    }

    @Override
    public boolean handles(Clock clock) {
        return "REFERRAL".equals(clock.subjectType());
    }

    @Override
    public void fire(Clock c, int level, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StoredReferral> found = ledger.find(c.referralId());
            if (found.isEmpty()) {
                return;
            }
            StoredReferral r = found.get();
            ReferralChange change = new ReferralChange();
            change.write(() -> {
                if (!clocks.advance(c, level)) {
                    throw new AlreadyFired();
                }
            });
            switch (c.kind()) {
                case MEDIATION -> fallBack(change, r, c, now);
                case LIMITATION -> becomeUrgent(change, r, now);
                default -> tell(change, r, c, level, now);
            }
            try {
                ledger.apply(r, change, now);
                publisher.publishAll(change.messages());
                return;
            } catch (AlreadyFired done) {
                return;
            } catch (StaleVersionException raced) {
                log.debug("Referral {} changed while its clock {} fired; again", r.id(), c.kind());
            }
        }
    }

    private void tell(ReferralChange change, StoredReferral r, Clock c, int level, Instant now) {
        Rule rule = rules.rule(c.ruleId());
        Optional<Agency> responsible = registry.byId(c.responsibleAgency());
        String what = c.kind().label() + (c.item() == null ? "" : "（" + c.item() + "）");
        String due = Notices.local(c.dueAt());
        String caseLine = "转介 " + r.id() + "（来文编号 " + r.sourceRef() + "，" + ReferralStatus.valueOf(r.status()).label()
                + (r.greenChannel() ? "，绿色通道" : "") + (r.urgent() ? "，先行援助" : "") + "）";
        List<Agency> liaisons = new ArrayList<>(responsible.stream().toList());
        switch (level) {
            case Clock.REMINDED -> change.message(notices.to(c.responsibleAgency(), draft(NoticeKind.REMINDER, r, c,
                    "即将到期：" + what + "时限 " + due, caseLine + "的" + what + "时限将于 " + due + " 届满（" + rule.title()
                            + "）。请及时办理。", liaisons, rule), r.priority(), now));
            case Clock.OVERDUE -> {
                change.message(notices.to(c.responsibleAgency(), draft(NoticeKind.OVERDUE, r, c, "逾期催办：" + what + "已超期",
                        caseLine + "的" + what + "时限已于 " + due + " 届满（" + rule.title() + "）。请联络人督促尽快办理。",
                        liaisons, rule), r.priority(), now));
                change.timeline(TimelineEntry.hub(now, "CLOCK_OVERDUE", c.responsibleAgency(), null, what + "超期（时限 " + due + "）"));
                change.ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), what + " overdue, due " + c.dueAt(), now));
            }
            case Clock.ESCALATED -> {
                Optional<Agency> bureau = registry.coordinatorFor(r.region());
                bureau.ifPresent(liaisons::add);
                String to = bureau.map(Agency::id).orElse(c.responsibleAgency());
                // the three-party roster's on-duty liaison of the responsible side is the escalation target too
                List<Notices.Person> onDuty = roster.escalationContacts(r.region(), responsible.map(Agency::kind)
                        .orElse(cn.legalaidhub.contract.AgencyKind.LEGALAID), now);
                change.message(notices.to(to, draft(NoticeKind.ESCALATION, r, c, "督办：" + c.responsibleAgency() + " " + what + "超期未办",
                        caseLine + "的" + what + "时限已于 " + due + " 届满，经催办仍未办理。责任机构：" + c.responsibleAgency()
                                + "。请协调机构督办。", liaisons, rule), onDuty, Math.max(r.priority(), 8), now));
                change.timeline(TimelineEntry.hub(now, "CLOCK_ESCALATED", to, null, what + "超期，已督办"));
                change.ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), what + " escalated to " + to, now));
            }
            default -> { }
        }
    }

    private void fallBack(ReferralChange change, StoredReferral r, Clock c, Instant now) {
        if (!c.responsibleAgency().equals(r.receiverAgency()) || !MEDIATING.contains(ReferralStatus.valueOf(r.status()))) {
            return;
        }
        Optional<Agency> target = mediation.fallbackFor(r.region(), r.category(), r.fallbackKind());
        if (target.isEmpty()) {
            log.warn("ALERT mediation of {} ran out of time but no agency of kind {} serves region {}", r.id(), r.fallbackKind(), r.region());
            return;
        }
        Rule rule = rules.rule(RuleIds.MEDIATION_IN_TIME);
        change.ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), "no agreement by " + c.dueAt(), now));
        moves.moveTo(change, r, target.get(), "调解期限届满未达成协议，自动转回", "MEDIATION_FALLBACK", CaseMoves.FORMER_RECEIVER,
                null, now);
        for (String party : List.of(r.senderAgency(), c.responsibleAgency())) {
            change.message(notices.to(party, new Notices.Draft(NoticeKind.MEDIATION_FALLBACK, r.id(), null, null, c.kind().name(),
                    c.kind().label(), c.startedAt(), c.dueAt(), "调解逾期：转介 " + r.id() + " 已转至 " + target.get().name(),
                    "先行调解期限已于 " + Notices.local(c.dueAt()) + " 届满未达成协议，案件连同材料已转至 " + target.get().name() + " 办理。",
                    party, registry.byId(party).stream().toList(), rule), r.priority(), now));
        }
    }

    private void becomeUrgent(ReferralChange change, StoredReferral r, Instant now) {
        if (r.urgent() || Set.of("CLOSED", "TERMINATED", "ARCHIVED", "DECLINED", "CANCELLED", "REFUSED").contains(r.status())) {
            return;
        }
        Rule urgent = rules.rule(RuleIds.URGENT_ART44);
        change.urgent(true).priority(Math.max(r.priority(), urgent.integer("priority")));
        change.ruleFired(new ReferralChange.RuleFired(urgent.id(), urgent.source(), "limitation date within "
                + urgent.integer("days") + " days", now));
        change.timeline(TimelineEntry.hub(now, "BECAME_URGENT", null, null, "距时效届满不足" + urgent.integer("days")
                + "日，转为先行提供法律援助"));
        if (r.receiverAgency() != null) {
            Rule watch = rules.rule(RuleIds.LIMITATION_WATCH);
            change.message(notices.to(r.receiverAgency(), new Notices.Draft(NoticeKind.REMINDER, r.id(), null, null,
                    ClockKind.LIMITATION.name(), ClockKind.LIMITATION.label(), null, now, "时效将届满：转介 " + r.id() + " 转为先行援助",
                    "转介 " + r.id() + "距时效届满不足" + urgent.integer("days") + "日，依法律援助法第44条先行提供法律援助，请优先办理。",
                    r.receiverAgency(), registry.byId(r.receiverAgency()).stream().toList(), watch), 9, now));
        }
    }

    private Notices.Draft draft(NoticeKind kind, StoredReferral r, Clock c, String title, String text, List<Agency> liaisons, Rule rule) {
        return new Notices.Draft(kind, r.id(), null, null, c.kind().name(), c.kind().label(), c.startedAt(), c.dueAt(), title, text,
                c.responsibleAgency(), liaisons, rule);
    }
}
