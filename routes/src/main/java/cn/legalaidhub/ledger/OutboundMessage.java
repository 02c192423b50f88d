package cn.legalaidhub.ledger;

import java.time.Instant;

/** A message the hub owes an agency: stored with the change that caused it, then enqueued and delivered. */
public record OutboundMessage(
        String id, String type, String referralId, String sender, String receiver, int priority, String body, Instant createdAt) {

    public static final String UNROUTABLE = "unroutable";

    public String queueName() {
        return UNROUTABLE.equals(receiver) ? "hub.unroutable" : "hub.out." + receiver;
    }
}
