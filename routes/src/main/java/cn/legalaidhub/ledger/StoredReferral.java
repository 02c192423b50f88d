package cn.legalaidhub.ledger;

import java.time.Instant;
import java.util.List;

/** A referral as the ledger holds it: indexed columns plus the canonical document ({@code payload}). */
public record StoredReferral(
        String id,
        String senderAgency,
        String sourceRef,
        String receiverAgency,
        String receiverKind,
        String region,
        String category,
        String applicantGroup,
        String status,
        int priority,
        boolean greenChannel,
        boolean urgent,
        List<String> rulesFired,
        String payload,
        long version,
        Instant submittedAt,
        Instant updatedAt) {

    public boolean isParty(String agencyId) {
        return agencyId.equals(senderAgency) || agencyId.equals(receiverAgency);
    }

    public StoredReferral withStatus(String newStatus, long newVersion, Instant at) {
        return new StoredReferral(id, senderAgency, sourceRef, receiverAgency, receiverKind, region, category,
                applicantGroup, newStatus, priority, greenChannel, urgent, rulesFired, payload, newVersion, submittedAt, at);
    }
}
