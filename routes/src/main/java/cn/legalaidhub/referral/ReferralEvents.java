package cn.legalaidhub.referral;

import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StaleVersionException;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.messaging.Envelopes;
import cn.legalaidhub.messaging.MessagePublisher;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Applies a party's status event: checks the transition, records it, and tells the other party
 * through its own transport or inbox, so the referrer always learns what happened.
 */
@Component
public class ReferralEvents {

    public record Applied(String referralId, String status, String statusLabel, long version) {
    }

    private static final int MAX_ATTEMPTS = 3;

    private final ReferralLedger ledger;
    private final Envelopes envelopes;
    private final MessagePublisher publisher;
    private final Clock clock;

    ReferralEvents(ReferralLedger ledger, Envelopes envelopes, MessagePublisher publisher, Clock clock) {
        this.ledger = ledger;
        this.envelopes = envelopes;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Applied apply(Agency actor, String referralId, JsonNode event) {
        for (int attempt = 1; ; attempt++) {
            StoredReferral current = ledger.find(referralId).filter(r -> r.isParty(actor.id()))
                    .orElseThrow(() -> HubException.notFound("No referral " + referralId + " that your agency is party to."));
            try {
                return applyTo(current, actor, event);
            } catch (StaleVersionException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new HubException(Problem.of(409, "Conflict 并发冲突",
                            "The referral changed while your event was applied; fetch it and try again."));
                }
            }
        }
    }

    private Applied applyTo(StoredReferral current, Agency actor, JsonNode event) {
        String type = event.path("type").asText();
        StatusTransitions.Party party = actor.id().equals(current.receiverAgency())
                ? StatusTransitions.Party.RECEIVER : StatusTransitions.Party.SENDER;
        ReferralStatus from = ReferralStatus.valueOf(current.status());
        ReferralStatus to = StatusTransitions.next(from, party, type).orElseThrow(() -> {
            List<String> allowed = StatusTransitions.allowed(from, party);
            return new HubException(new Problem("https://legalaidhub.cn/problems/illegal-transition",
                    "Not allowed now 当前状态不允许此操作", 409,
                    "A " + party.name().toLowerCase() + " cannot report " + type + " while the referral is " + from
                            + " (" + from.label() + "). Allowed now: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                    null, allowed));
        });
        Instant now = clock.instant();
        String otherParty = party == StatusTransitions.Party.RECEIVER ? current.senderAgency() : current.receiverAgency();
        ObjectNode payload = ((ObjectNode) event).deepCopy();
        payload.put("referralId", current.id());
        payload.put("sourceRef", current.sourceRef());
        payload.put("status", to.name());
        payload.put("statusLabel", to.label());
        payload.put("agency", actor.id());
        if (!payload.has("occurredAt")) {
            payload.put("occurredAt", now.toString());
        }
        OutboundMessage notice = otherParty == null ? null
                : envelopes.wrap("STATUS_EVENT", actor.id(), otherParty, current.id(), current.priority(), payload, now);
        StoredReferral updated = ledger.applyEvent(current, to.name(),
                TimelineEntry.event(now, type, actor.id(), to.name(), event.toString()), notice);
        if (notice != null) {
            publisher.publish(notice);
        }
        return new Applied(updated.id(), updated.status(), to.label(), updated.version());
    }
}
