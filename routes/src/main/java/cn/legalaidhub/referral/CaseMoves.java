package cn.legalaidhub.referral;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.clocks.ReferralClocks;
import cn.legalaidhub.clocks.Track;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.messaging.Envelopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Moves a case on to another agency — re-routed after a decline, transferred to the competent
 * region (异地协作), or fallen back after mediation — with its file: the referral goes to the new
 * receiver as a new delivery, the former receiver stays a party and keeps seeing the status.
 */
@Component
public class CaseMoves {

    /** Roles of former receivers in the party table. */
    public static final String FORMER_RECEIVER = "FORMER_RECEIVER";
    public static final String COOPERATING = "COOPERATING";

    private final Envelopes envelopes;
    private final ReferralClocks clocks;
    private final ObjectMapper mapper;

    CaseMoves(Envelopes envelopes, ReferralClocks clocks, ObjectMapper mapper) {
        this.envelopes = envelopes;
        this.clocks = clocks;
        this.mapper = mapper;
    }

    /**
     * Adds the move to {@code change}: new receiver, back to SUBMITTED, the former receiver kept as
     * {@code formerRole}, a timeline line, the referral delivered to the new receiver with a note
     * of why, and the new receiver's clocks.
     */
    public void moveTo(ReferralChange change, StoredReferral r, Agency to, String why, String timelineType, String formerRole,
            String actor, Instant at) {
        change.status(ReferralStatus.SUBMITTED.name()).receiver(to.id(), to.kind().slug());
        if (r.receiverAgency() != null) {
            change.party(r.receiverAgency(), formerRole);
        }
        change.timeline(TimelineEntry.hub(at, timelineType, actor, ReferralStatus.SUBMITTED.name(),
                why + "：转至 " + to.name() + "（" + to.id() + "）"));
        ObjectNode triage = mapper.createObjectNode();
        triage.put("greenChannel", r.greenChannel());
        triage.put("urgent", change.urgent() != null ? change.urgent() : r.urgent());
        r.rulesFired().forEach(triage.putArray("rulesFired")::add);
        ObjectNode moved = triage.putObject("movedFrom");
        moved.put("agency", r.receiverAgency());
        moved.put("reason", why);
        change.message(envelopes.wrap("REFERRAL", r.senderAgency(), to.id(), r.id(), r.priority(), payload(r), triage, at));
        clocks.onArrival(change, r.id(), to.id(), to.kind().slug(),
                Track.of(r.greenChannel(), change.urgent() != null ? change.urgent() : r.urgent()), at);
    }

    private JsonNode payload(StoredReferral r) {
        try {
            return mapper.readTree(r.payload());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Referral " + r.id() + " has an unreadable document", e);
        }
    }
}
