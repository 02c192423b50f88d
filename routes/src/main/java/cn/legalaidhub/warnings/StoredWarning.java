package cn.legalaidhub.warnings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An early warning as the ledger holds it, with the departments warned. */
record StoredWarning(
        String id,
        String clusterKey,
        int generation,
        String kind,
        String region,
        String employerName,
        String project,
        Grade grade,
        String status,
        int claims,
        int people,
        BigDecimal amount,
        List<String> channels,
        List<String> reasons,
        Instant windowStart,
        Instant raisedAt,
        Instant updatedAt,
        long version,
        List<Recipient> recipients) {

    static final String CLUSTER = "CLUSTER";
    static final String FESTIVAL_RISE = "FESTIVAL_RISE";

    record Recipient(String agencyId, Grade notifiedGrade, Instant notifiedAt, Grade acknowledgedGrade, Instant acknowledgedAt,
            String ackNote) {

        boolean acknowledged(Grade current) {
            return acknowledgedGrade != null && acknowledgedGrade.compareTo(current) >= 0;
        }
    }

    record Action(String agencyId, String text, Instant reportedAt) {
    }

    Optional<Recipient> recipient(String agencyId) {
        return recipients.stream().filter(r -> r.agencyId().equals(agencyId)).findFirst();
    }

    String label() {
        return FESTIVAL_RISE.equals(kind) ? "春节前讨薪申请上升" : employerName != null ? employerName : project != null ? project : clusterKey;
    }
}
