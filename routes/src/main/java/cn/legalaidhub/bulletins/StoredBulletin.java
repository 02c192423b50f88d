package cn.legalaidhub.bulletins;

import cn.legalaidhub.contract.BulletinCategory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A published bulletin as the ledger holds it, with its recipients and attachments (without their bytes). */
record StoredBulletin(
        String id,
        String publisher,
        BulletinCategory category,
        String region,
        List<String> agencyKinds,
        String title,
        String body,
        boolean requiresAck,
        Instant publishedAt,
        List<Recipient> recipients,
        List<Attachment> attachments) {

    record Recipient(String agencyId, Instant acknowledgedAt, String note) {
    }

    record Attachment(int position, String name, String mediaType, long sizeBytes, String sha256) {
    }

    Optional<Recipient> recipient(String agencyId) {
        return recipients.stream().filter(r -> r.agencyId().equals(agencyId)).findFirst();
    }

    boolean visibleTo(String agencyId) {
        return publisher.equals(agencyId) || recipient(agencyId).isPresent();
    }
}
