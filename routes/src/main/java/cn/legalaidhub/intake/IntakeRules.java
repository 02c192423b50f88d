package cn.legalaidhub.intake;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ReferralClocks;
import cn.legalaidhub.clocks.Track;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.minors.MandatoryReports;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.roster.ThreePartyCopy;
import cn.legalaidhub.routing.ReceiverSelector;
import cn.legalaidhub.routing.ReferralTriage;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the rules add to a new referral, in the same transaction: the rules that fired (with
 * source and time), the receiver's open/accept clocks, the limitation watch, mediation first, the
 * court liaison told of a needed preservation, the justice bureau told of an unroutable case, the
 * mandatory report on harm to a minor, and the third side's copy under the three-party roster.
 */
@Component
class IntakeRules {

    private final RuleBook rules;
    private final ReferralClocks clocks;
    private final Notices notices;
    private final AgencyRegistry registry;
    private final ReceiverSelector receivers;
    private final MandatoryReports mandatoryReports;
    private final ThreePartyCopy threePartyCopy;

    IntakeRules(RuleBook rules, ReferralClocks clocks, Notices notices, AgencyRegistry registry, ReceiverSelector receivers,
            MandatoryReports mandatoryReports, ThreePartyCopy threePartyCopy) {
        this.rules = rules;
        this.clocks = clocks;
        this.notices = notices;
        this.registry = registry;
        this.receivers = receivers;
        this.mandatoryReports = mandatoryReports;
        this.threePartyCopy = threePartyCopy;
    }

    ReferralChange apply(StoredReferral r, JsonNode referral, ReferralTriage.Triage t, Optional<Agency> mediationCommittee,
            Instant now) {
        ReferralChange extras = new ReferralChange();
        for (String id : t.rulesFired()) {
            fired(extras, id, id.equals(RuleIds.URGENT_ART44) && t.daysLeft() != null ? t.daysLeft() + " days before the limitation date"
                    : null, now);
        }
        if (r.receiverAgency() != null) {
            clocks.onArrival(extras, r.id(), r.receiverAgency(), r.receiverKind(), Track.of(t.greenChannel(), t.urgent()), now);
        }
        mediationCommittee.ifPresent(committee -> {
            fired(extras, RuleIds.MEDIATION_FIRST, "to " + committee.id(), now);
            extras.timeline(TimelineEntry.hub(now, "MEDIATION_FIRST", null, null, "案情简单、事实清楚、争议不大，先行调解：转 "
                    + committee.name() + "；调解不成或逾期未果的，转回" + ("legalaid".equals(r.fallbackKind()) ? "法律援助机构" : r.fallbackKind())));
            clocks.onMediation(extras, r.id(), committee.id(), now);
        });
        if (t.limitationDate() != null && !t.urgent() && r.receiverAgency() != null) {
            clocks.onLimitation(extras, r.id(), r.receiverAgency(), t.limitationDate(), now);
        }
        if (t.preservation()) {
            tellCourt(extras, r, now);
        }
        if (r.receiverAgency() == null) {
            tellBureauUnroutable(extras, r, now);
        }
        mandatoryReports.onIntake(extras, r, referral, now);
        threePartyCopy.onIntake(extras, r, now);
        return extras;
    }

    private void tellCourt(ReferralChange extras, StoredReferral r, Instant now) {
        Rule rule = rules.rule(RuleIds.COURT_PRESERVATION_NOTICE);
        if (!rule.enabled()) {
            return;
        }
        Optional<Agency> court = receivers.select(r.region(), r.category(), rule.text("court-kind"));
        fired(extras, rule.id(), court.map(c -> "court liaison of " + c.id()).orElse("no court agency for region " + r.region()), now);
        Agency to = court.or(() -> registry.coordinatorFor(r.region())).orElse(null);
        if (to == null) {
            return;
        }
        extras.message(notices.to(to.id(), new Notices.Draft(NoticeKind.COURT_PRESERVATION, r.id(), null, null, null, null, null, null,
                "需要保全：转介 " + r.id() + " 申请先行法律援助",
                "转介 " + r.id() + "（" + r.senderAgency() + " 来文 " + r.sourceRef() + "，地区 " + r.region()
                        + "）需要立即申请财产保全、证据保全或先予执行，已先行提供法律援助（法律援助法第44条）。请法院联络人予以协助。",
                to.id(), List.of(to), rule), 9, now));
        extras.timeline(TimelineEntry.hub(now, "COURT_NOTIFIED", to.id(), null, "已通知" + to.name() + "联络人：需要保全"));
    }

    private void tellBureauUnroutable(ReferralChange extras, StoredReferral r, Instant now) {
        Rule rule = rules.rule(RuleIds.UNROUTABLE_ALERT);
        Optional<Agency> bureau = registry.coordinatorFor(r.region());
        if (!rule.enabled() || bureau.isEmpty()) {
            return;
        }
        fired(extras, rule.id(), "to " + bureau.get().id(), now);
        extras.message(notices.to(bureau.get().id(), new Notices.Draft(NoticeKind.UNROUTABLE, r.id(), null, null, null, null, null,
                null, "无法分派：转介 " + r.id() + " 待人工分派",
                "转介 " + r.id() + "（" + r.senderAgency() + " 来文 " + r.sourceRef() + "）没有适用的分派规则：地区 " + r.region()
                        + "，类别 " + r.category() + "，接收机构类别 " + r.receiverKind() + "。请人工分派，或补充分派规则。",
                bureau.get().id(), List.of(bureau.get()), rule), r.priority(), now));
    }

    private void fired(ReferralChange change, String ruleId, String detail, Instant at) {
        Rule rule = rules.rule(ruleId);
        change.ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), detail, at));
    }
}
