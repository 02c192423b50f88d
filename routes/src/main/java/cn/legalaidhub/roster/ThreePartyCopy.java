package cn.legalaidhub.roster;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 三方专人联系 (晋司发〔2023〕25号 三（一）): when a case involves two of legal aid, labor arbitration and
 * the union — as referrer, receiver or assigned workstation — the third side's agency gets a copy
 * (NOTICE kind COPY) naming its on-duty liaison, once per case, recorded as a rule fired (with the
 * liaison named) and in {@code roster_copy}, not in the hand-off timeline. The copy tells what the case is and
 * who handles it, not the applicant's personal data: the third side is not a party and cannot read
 * the case (PIPL minimization).
 */
@Component
public class ThreePartyCopy {

    /** Role of an assigned workstation in the party table (ReferralEvents.ASSIGNEE). */
    private static final String ASSIGNEE = "ASSIGNEE";

    private final Roster roster;
    private final AgencyRegistry registry;
    private final ReferralLedger ledger;
    private final Notices notices;
    private final RuleBook rules;
    private final JdbcTemplate jdbc;

    ThreePartyCopy(Roster roster, AgencyRegistry registry, ReferralLedger ledger, Notices notices, RuleBook rules, JdbcTemplate jdbc) {
        this.roster = roster;
        this.registry = registry;
        this.ledger = ledger;
        this.notices = notices;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** A new referral: its referrer and receiver. */
    public void onIntake(ReferralChange change, StoredReferral r, Instant at) {
        if (r.receiverAgency() != null) {
            copy(change, r, List.of(r.senderAgency(), r.receiverAgency()), Set.of(), at);
        }
    }

    /** A status event: the referrer, the receiver after the event, and every assigned workstation. */
    public void onEvent(ReferralChange change, StoredReferral r, Instant at) {
        List<String> involved = new ArrayList<>();
        involved.add(r.senderAgency());
        String receiver = change.receiverAgency() != null ? change.receiverAgency() : r.receiverAgency();
        if (receiver != null) {
            involved.add(receiver);
        }
        ledger.parties(r.id()).stream().filter(p -> ASSIGNEE.equals(p.role())).forEach(p -> involved.add(p.agencyId()));
        change.parties().stream().filter(p -> ASSIGNEE.equals(p.role())).forEach(p -> involved.add(p.agencyId()));
        copy(change, r, involved, Set.copyOf(jdbc.queryForList("select agency_id from roster_copy where referral_id = ?",
                String.class, r.id())), at);
    }

    /** The agencies a referral was copied to under the roster. */
    public List<String> copiedTo(String referralId) {
        return jdbc.queryForList("select agency_id from roster_copy where referral_id = ? order by copied_at", String.class, referralId);
    }

    private void copy(ReferralChange change, StoredReferral r, List<String> agencyIds, Set<String> alreadyCopied, Instant at) {
        Rule rule = rules.rule(RuleIds.THREE_PARTY_COPY);
        if (!rule.enabled()) {
            return;
        }
        Set<Roster.Side> sides = EnumSet.noneOf(Roster.Side.class);
        List<Agency> involved = new ArrayList<>();
        for (String id : new LinkedHashSet<>(agencyIds)) {
            registry.byId(id).ifPresent(a -> {
                involved.add(a);
                Roster.Side.of(a.kind()).ifPresent(sides::add);
            });
        }
        if (sides.size() != 2) {
            return;
        }
        Roster.Side third = EnumSet.complementOf(EnumSet.copyOf(sides)).iterator().next();
        Optional<Roster.OnDuty> onDuty = roster.onDuty(r.region(), third, at);
        if (onDuty.isEmpty() || alreadyCopied.contains(onDuty.get().agency().id())) {
            return;
        }
        Roster.OnDuty duty = onDuty.get();
        Agency to = duty.agency();
        String parties = String.join("、", involved.stream().filter(a -> Roster.Side.of(a.kind()).isPresent()).map(Agency::name).toList());
        String category = Category.valueOf(r.category()).label();
        String text = "转介 " + r.id() + "（地区 " + r.region() + "，" + category + "，" + r.peopleCount() + "人）涉及" + parties
                + "。依三方专人联系制度，抄送" + to.name() + "值班联络人 " + duty.names() + "，请按职责分工配合调处。本抄送仅供知悉，"
                + "案件材料由承办机构掌握。";
        change.message(notices.to(to.id(), new Notices.Draft(NoticeKind.COPY, r.id(), null, null, null, null, null, null,
                "三方专人联系抄送：转介 " + r.id() + "（" + category + "）", text, to.id(), List.of(), rule),
                duty.asNoticePeople(), r.priority(), at));
        change.ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), "copy to " + to.id() + " ("
                + third.slug() + ", on duty: " + duty.names() + ")", at));
        change.write(() -> jdbc.update("insert into roster_copy (referral_id, agency_id, side, liaisons, copied_at) values (?,?,?,?,?)",
                r.id(), to.id(), third.slug(), truncate(duty.names(), 300), at.atOffset(ZoneOffset.UTC)));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
