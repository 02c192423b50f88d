package cn.legalaidhub.referral;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ReferralClocks;
import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.documents.MissingDocuments;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StaleVersionException;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.linking.CaseLinker;
import cn.legalaidhub.mediation.MediationFirst;
import cn.legalaidhub.messaging.Envelopes;
import cn.legalaidhub.messaging.MessagePublisher;
import cn.legalaidhub.roster.ThreePartyCopy;
import cn.legalaidhub.routing.ReceiverSelector;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies a party's status event: the lifecycle decides whether it may happen now, then the
 * referral, its clocks, its missing-documents checklist, any move to another agency and the
 * messages to every other party are written in one transaction, and the messages are sent. The
 * referrer always learns what happened.
 */
@Component
public class ReferralEvents {

    public record Applied(String referralId, String status, String statusLabel, long version) {
    }

    /** Roles in the party table. */
    public static final String ASSIGNEE = "ASSIGNEE";

    private static final int MAX_ATTEMPTS = 3;

    private final ReferralLedger ledger;
    private final Envelopes envelopes;
    private final MessagePublisher publisher;
    private final AgencyRegistry registry;
    private final ReceiverSelector receivers;
    private final MissingDocuments documents;
    private final ReferralClocks clocks;
    private final CaseMoves moves;
    private final CaseLinker linker;
    private final MediationFirst mediation;
    private final RuleBook rules;
    private final Clock clock;
    private final ThreePartyCopy threePartyCopy;

    ReferralEvents(ReferralLedger ledger, Envelopes envelopes, MessagePublisher publisher, AgencyRegistry registry,
            ReceiverSelector receivers, MissingDocuments documents, ReferralClocks clocks, CaseMoves moves, CaseLinker linker,
            MediationFirst mediation, RuleBook rules, Clock clock, ThreePartyCopy threePartyCopy) {
        this.ledger = ledger;
        this.envelopes = envelopes;
        this.publisher = publisher;
        this.registry = registry;
        this.receivers = receivers;
        this.documents = documents;
        this.clocks = clocks;
        this.moves = moves;
        this.linker = linker;
        this.mediation = mediation;
        this.rules = rules;
        this.clock = clock;
        this.threePartyCopy = threePartyCopy;
    }

    public Applied apply(Agency actor, String referralId, JsonNode event, String userRole) {
        for (int attempt = 1; ; attempt++) {
            StoredReferral current = ledger.find(referralId).orElseThrow(() -> notParty(referralId));
            Set<Lifecycle.Party> parties = partiesOf(current, actor);
            if (parties.isEmpty()) {
                throw notParty(referralId);
            }
            try {
                return applyTo(current, actor, parties, event, userRole);
            } catch (StaleVersionException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new HubException(Problem.of(409, "Conflict 并发冲突",
                            "The referral changed while your event was applied; fetch it and try again."));
                }
            }
        }
    }

    /** The caller's roles on the referral: referrer, receiver, assigned workstation, the region's justice bureau. */
    Set<Lifecycle.Party> partiesOf(StoredReferral r, Agency actor) {
        Set<Lifecycle.Party> parties = EnumSet.noneOf(Lifecycle.Party.class);
        if (actor.id().equals(r.senderAgency())) {
            parties.add(Lifecycle.Party.SENDER);
        }
        if (actor.id().equals(r.receiverAgency())) {
            parties.add(Lifecycle.Party.RECEIVER);
        }
        if (ledger.parties(r.id()).stream().anyMatch(p -> p.agencyId().equals(actor.id()) && ASSIGNEE.equals(p.role()))) {
            parties.add(Lifecycle.Party.ASSIGNEE);
        }
        if (actor.coordinator() && r.region().startsWith(actor.regionPrefix())) {
            parties.add(Lifecycle.Party.COORDINATOR);
        }
        return parties;
    }

    /** The events the caller may report now, for the read view and the console's actions. */
    List<String> allowedNow(StoredReferral r, Agency actor, String userRole) {
        Set<Lifecycle.Party> parties = partiesOf(r, actor);
        return Lifecycle.allowed(facts(r, actor, parties, documents.pendingItems(r.id()).size(), false, false, false, userRole,
                Optional.empty()));
    }

    private Applied applyTo(StoredReferral current, Agency actor, Set<Lifecycle.Party> parties, JsonNode event, String userRole) {
        EventType type = EventType.valueOf(event.path("type").asText());
        List<String> pending = documents.pendingItems(current.id());
        List<String> items = texts(event.path("items"));
        boolean resolvesAll = false;
        if (type == EventType.DOCUMENTS_RECEIVED || type == EventType.DOCUMENTS_WAIVED) {
            List<String> unknown = documents.notPending(current.id(), items);
            if (!unknown.isEmpty() && !pending.isEmpty()) {
                throw new InvalidInputException("Not outstanding", List.of(new Problem.FieldError("/items", "not-pending",
                        "These items are not outstanding on " + current.id() + ": " + unknown + "; outstanding: " + pending
                                + ". 所列材料不在待补正清单中。")));
            }
            resolvesAll = items.isEmpty() || pending.stream().allMatch(items::contains);
        }
        Lifecycle.Facts facts = facts(current, actor, parties, pending.size(), resolvesAll, event.has("reroute"),
                "OVERTURNED".equals(event.path("decision").asText()), userRole,
                type == EventType.ASSIGNED ? linker.assignedDuplicate(current) : Optional.empty());
        Lifecycle.Decision decision = Lifecycle.decide(facts, type);
        if (decision.refusal().isPresent()) {
            Lifecycle.Refusal refusal = decision.refusal().get();
            throw new HubException(new Problem("https://legalaidhub.cn/problems/illegal-transition",
                    "Not allowed now 当前状态不允许此操作", 409, refusal.reason() + ". Allowed now: "
                            + (refusal.allowed().isEmpty() ? "none" : String.join(", ", refusal.allowed())), null, refusal.allowed()));
        }
        ReferralStatus from = ReferralStatus.valueOf(current.status());
        ReferralStatus to = decision.to().orElseThrow();
        Instant now = clock.instant();
        ReferralChange change = new ReferralChange().status(to.name());
        ObjectNode payload = ((ObjectNode) event).deepCopy();
        int pendingAfter = pending.size();
        switch (type) {
            case ACCEPTED_PENDING_DOCUMENTS -> {
                documents.request(change, current, event.path("missingDocuments"), now);
                pendingAfter += event.path("missingDocuments").size();
                fired(change, RuleIds.ACCEPT_PENDING_DOCUMENTS, event.path("missingDocuments").size() + " items missing", now);
            }
            case DOCUMENTS_RECEIVED -> pendingAfter = documents.resolve(change, current, items, false, actor.id(),
                    event.path("note").asText(null), now).size();
            case DOCUMENTS_WAIVED -> pendingAfter = documents.resolve(change, current, items, true,
                    event.path("waivedBy").asText(), event.path("reasonText").asText(), now).size();
            case REFUSED -> {
                Rule path = rules.rule(RuleIds.OBJECTION_PATH);
                String bureau = registry.coordinatorFor(current.region()).map(Agency::name).orElse("设立法律援助机构的司法行政部门");
                payload.put("objectionPath", path.text("text").replace("{bureau}", bureau));
                fired(change, RuleIds.OBJECTION_PATH, null, now);
            }
            case DECLINED -> {
                if (event.has("reroute")) {
                    JsonNode reroute = event.path("reroute");
                    Agency target = target(reroute.path("region").asText(current.region()), current.category(),
                            reroute.path("receiverKind").asText(current.receiverKind()), current, "/reroute");
                    moves.moveTo(change, current, target, "退回改派（" + event.path("reasonCode").asText() + "）", "REROUTED",
                            CaseMoves.FORMER_RECEIVER, actor.id(), now);
                }
            }
            case TRANSFERRED -> {
                Agency target = target(event.path("toRegion").asText(), current.category(), "legalaid", current, "/toRegion");
                moves.moveTo(change, current, target, "异地协作转交", "TRANSFERRED", CaseMoves.COOPERATING, actor.id(), now);
            }
            case MEDIATION_FAILED -> {
                Agency target = mediation.fallbackFor(current.region(), current.category(), current.fallbackKind())
                        .orElseThrow(() -> noAgency("fallback of mediation", current.region()));
                moves.moveTo(change, current, target, "调解不成，转回办理", "MEDIATION_FALLBACK", CaseMoves.FORMER_RECEIVER,
                        actor.id(), now);
            }
            case MEDIATION_AGREED, CLOSED -> {
                JsonNode amount = event.path("outcome").path("amountRecovered");
                if (amount.isNumber()) {
                    change.amountRecovered(amount.decimalValue());
                }
            }
            case ASSIGNED -> {
                String assignee = event.path("assignee").path("agencyId").asText(null);
                if (assignee != null) {
                    if (registry.byId(assignee).isEmpty()) {
                        throw new InvalidInputException("Unknown assignee", List.of(new Problem.FieldError("/assignee/agencyId",
                                "unknown-agency", "'" + assignee + "' is not an agency of the hub. 承办机构未在平台登记。")));
                    }
                    change.party(assignee, ASSIGNEE);
                }
            }
            default -> { }
        }
        clocks.onTransition(change, current, type, from, to, pendingAfter, now);
        payload.put("referralId", current.id());
        payload.put("sourceRef", current.sourceRef());
        payload.put("status", to.name());
        payload.put("statusLabel", to.label());
        payload.put("agency", actor.id());
        if (!payload.has("occurredAt")) {
            payload.put("occurredAt", now.toString());
        }
        change.timeline(TimelineEntry.event(now, type.name(), actor.id(), to.name(), event.toString()));
        for (String other : othersToTell(current, change, actor)) {
            change.message(envelopes.wrap("STATUS_EVENT", actor.id(), other, current.id(), current.priority(), payload, now));
        }
        threePartyCopy.onEvent(change, current, now);
        StoredReferral updated = ledger.apply(current, change, now);
        publisher.publishAll(change.messages());
        return new Applied(updated.id(), updated.status(), to.label(), updated.version());
    }

    private Lifecycle.Facts facts(StoredReferral r, Agency actor, Set<Lifecycle.Party> parties, int pending, boolean resolvesAll,
            boolean reroute, boolean overturned, String userRole, Optional<String> assignedDuplicate) {
        return new Lifecycle.Facts(ReferralStatus.valueOf(r.status()), parties, r.receiverKind(), pending, resolvesAll, reroute,
                overturned, documents.mayWaive(actor, parties.contains(Lifecycle.Party.COORDINATOR), userRole), assignedDuplicate);
    }

    /** Everybody following the case but the one who reported: referrer, receiver, assignees, cooperating regions. */
    private List<String> othersToTell(StoredReferral r, ReferralChange change, Agency actor) {
        Set<String> others = new LinkedHashSet<>();
        others.add(r.senderAgency());
        if (r.receiverAgency() != null && change.receiverAgency() == null) {
            others.add(r.receiverAgency());
        }
        ledger.parties(r.id()).stream().filter(p -> ASSIGNEE.equals(p.role()) || CaseMoves.COOPERATING.equals(p.role()))
                .forEach(p -> others.add(p.agencyId()));
        change.parties().stream().filter(p -> ASSIGNEE.equals(p.role()) || CaseMoves.COOPERATING.equals(p.role()))
                .forEach(p -> others.add(p.agencyId()));
        others.remove(actor.id());
        return new ArrayList<>(others);
    }

    private Agency target(String region, String category, String kind, StoredReferral current, String pointer) {
        Agency target = receivers.select(region, category, kind).orElseThrow(() -> noAgency(kind + " agency", region));
        if (target.id().equals(current.receiverAgency())) {
            throw new InvalidInputException("Same receiver", List.of(new Problem.FieldError(pointer, "same-receiver",
                    "The routing rules for region " + region + " and kind " + kind + " lead back to " + target.id()
                            + ". 改派目标与当前接收机构相同。")));
        }
        return target;
    }

    private void fired(ReferralChange change, String ruleId, String detail, Instant at) {
        Rule rule = rules.rule(ruleId);
        change.ruleFired(new ReferralChange.RuleFired(rule.id(), rule.source(), detail, at));
    }

    private static HubException noAgency(String what, String region) {
        return new HubException(Problem.of(422, "No agency 无可转交机构",
                "No " + what + " is registered for region " + region + " in the routing rules. 该地区未登记可接收机构。"));
    }

    private static HubException notParty(String referralId) {
        return HubException.notFound("No referral " + referralId + " that your agency is party to.");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
