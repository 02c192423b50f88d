package cn.legalaidhub.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A referral as the ledger holds it: indexed columns plus the canonical document ({@code payload}).
 * {@code urgent}: aid comes first (法律援助法第44条). The keys are keyed digests for linking
 * duplicates and collective cases, never raw identifiers.
 */
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
        Instant updatedAt,
        boolean overdue,
        Keys keys,
        int peopleCount,
        BigDecimal amountClaimed,
        String fallbackKind,
        String collectiveId) {

    /** Digests that link the same applicant's claims and the claims against one employer. */
    public record Keys(String applicant, String duplicate, String employer) {
        public static final Keys NONE = new Keys(null, null, null);
    }

    /** A new referral with the fields intake knows. */
    public static StoredReferral submitted(String id, String senderAgency, String sourceRef, String receiverAgency,
            String receiverKind, String region, String category, String applicantGroup, String status, int priority,
            boolean greenChannel, boolean urgent, List<String> rulesFired, String payload, Instant at, Keys keys, int peopleCount,
            BigDecimal amountClaimed, String fallbackKind) {
        return new StoredReferral(id, senderAgency, sourceRef, receiverAgency, receiverKind, region, category, applicantGroup,
                status, priority, greenChannel, urgent, rulesFired, payload, 1, at, at, false, keys, peopleCount, amountClaimed,
                fallbackKind, null);
    }

    /** Sender or current receiver; further parties (assignees, former receivers) are in the ledger's party table. */
    public boolean isParty(String agencyId) {
        return agencyId.equals(senderAgency) || agencyId.equals(receiverAgency);
    }

    public StoredReferral withStatus(String newStatus, long newVersion, Instant at) {
        return new StoredReferral(id, senderAgency, sourceRef, receiverAgency, receiverKind, region, category,
                applicantGroup, newStatus, priority, greenChannel, urgent, rulesFired, payload, newVersion, submittedAt, at,
                overdue, keys, peopleCount, amountClaimed, fallbackKind, collectiveId);
    }
}
