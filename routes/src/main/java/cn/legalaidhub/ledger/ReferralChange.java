package cn.legalaidhub.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one event does to a referral, written by the ledger in one transaction: the new
 * status (and receiver, when the case moves on), timeline lines, messages owed to agencies, rules
 * fired, new parties, and the writes of other features (clocks, documents…) that join the same
 * transaction.
 */
public final class ReferralChange {

    /** A rule that fired on the case, with its source and when. */
    public record RuleFired(String ruleId, String source, String detail, Instant at) {
    }

    /** A further party of the case. */
    public record Party(String agencyId, String role) {
    }

    private String status;
    private String receiverAgency;
    private String receiverKind;
    private Integer priority;
    private Boolean urgent;
    private BigDecimal amountRecovered;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<OutboundMessage> messages = new ArrayList<>();
    private final List<RuleFired> rulesFired = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<Runnable> writes = new ArrayList<>();

    public ReferralChange status(String status) {
        this.status = status;
        return this;
    }

    /** The case moves to another agency (re-routed, transferred, mediation fall-back). */
    public ReferralChange receiver(String agencyId, String kind) {
        this.receiverAgency = agencyId;
        this.receiverKind = kind;
        return this;
    }

    public ReferralChange priority(int priority) {
        this.priority = priority;
        return this;
    }

    public ReferralChange urgent(boolean urgent) {
        this.urgent = urgent;
        return this;
    }

    public ReferralChange amountRecovered(BigDecimal amount) {
        this.amountRecovered = amount;
        return this;
    }

    public ReferralChange timeline(TimelineEntry entry) {
        timeline.add(entry);
        return this;
    }

    public ReferralChange message(OutboundMessage message) {
        messages.add(message);
        return this;
    }

    public ReferralChange ruleFired(RuleFired rule) {
        rulesFired.add(rule);
        return this;
    }

    public ReferralChange party(String agencyId, String role) {
        parties.add(new Party(agencyId, role));
        return this;
    }

    /** A write of another feature, run inside the same transaction after the referral's own. */
    public ReferralChange write(Runnable write) {
        writes.add(write);
        return this;
    }

    public String status() { return status; }
    public String receiverAgency() { return receiverAgency; }
    public String receiverKind() { return receiverKind; }
    public Integer priority() { return priority; }
    public Boolean urgent() { return urgent; }
    public BigDecimal amountRecovered() { return amountRecovered; }
    public List<TimelineEntry> timeline() { return timeline; }
    public List<OutboundMessage> messages() { return messages; }
    public List<RuleFired> rulesFired() { return rulesFired; }
    public List<Party> parties() { return parties; }
    List<Runnable> writes() { return writes; }
}
