package cn.legalaidhub.bulletins;

import cn.legalaidhub.contract.BulletinCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Bulletins, their recipients, attachments and the agencies' subscriptions in the ledger. */
@Repository
class BulletinLedger {

    /** An agency's explicit subscription: IN also receives a category within a region; OUT does not by default. */
    record Subscription(String agencyId, String category, String mode, String region) {

        static final String ALL = "*";

        boolean covers(BulletinCategory c) {
            return ALL.equals(category) || c.name().equals(category);
        }
    }

    private final JdbcTemplate jdbc;

    BulletinLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredBulletin b, List<byte[]> contents) {
        jdbc.update("insert into bulletin (id, publisher, category, region, agency_kinds, title, body, requires_ack, published_at) "
                + "values (?,?,?,?,?,?,?,?,?)", b.id(), b.publisher(), b.category().name(), b.region(),
                b.agencyKinds().isEmpty() ? null : String.join(",", b.agencyKinds()), b.title(), b.body(), b.requiresAck(),
                ts(b.publishedAt()));
        jdbc.batchUpdate("insert into bulletin_recipient (bulletin_id, agency_id) values (?,?)",
                b.recipients().stream().map(r -> new Object[] {b.id(), r.agencyId()}).toList());
        for (int i = 0; i < b.attachments().size(); i++) {
            StoredBulletin.Attachment a = b.attachments().get(i);
            jdbc.update("insert into bulletin_attachment (bulletin_id, position, name, media_type, size_bytes, sha256, content) "
                    + "values (?,?,?,?,?,?,?)", b.id(), a.position(), a.name(), a.mediaType(), a.sizeBytes(), a.sha256(), contents.get(i));
        }
    }

    Optional<StoredBulletin> find(String id) {
        return jdbc.query("select id, publisher, category, region, agency_kinds, title, body, requires_ack, published_at from bulletin "
                + "where id = ?", (rs, n) -> head(rs), id).stream().findFirst().map(this::withParts);
    }

    /** Bulletins an agency published or received, latest first. */
    List<StoredBulletin> involving(String agencyId, BulletinCategory category, int limit) {
        String filter = category == null ? "" : " and category = '" + category.name() + "'";
        return jdbc.queryForList("select id from bulletin where (publisher = ? or exists (select 1 from bulletin_recipient r "
                + "where r.bulletin_id = bulletin.id and r.agency_id = ?))" + filter + " order by published_at desc fetch first "
                + limit + " rows only", String.class, agencyId, agencyId).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    boolean acknowledge(String bulletinId, String agencyId, String note, Instant at) {
        return jdbc.update("update bulletin_recipient set acknowledged_at = ?, ack_note = ? where bulletin_id = ? and agency_id = ? "
                + "and acknowledged_at is null", ts(at), note, bulletinId, agencyId) == 1;
    }

    Optional<byte[]> content(String bulletinId, int position) {
        return jdbc.query("select content from bulletin_attachment where bulletin_id = ? and position = ?",
                (rs, n) -> rs.getBytes(1), bulletinId, position).stream().findFirst();
    }

    List<Subscription> subscriptions() {
        return jdbc.query("select agency_id, category, mode, region from bulletin_subscription order by agency_id, category, mode",
                (rs, n) -> new Subscription(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    List<Subscription> subscriptionsOf(String agencyId) {
        return subscriptions().stream().filter(s -> s.agencyId().equals(agencyId)).toList();
    }

    void replaceSubscriptions(String agencyId, List<Subscription> subscriptions, Instant at) {
        jdbc.update("delete from bulletin_subscription where agency_id = ?", agencyId);
        jdbc.batchUpdate("insert into bulletin_subscription (agency_id, category, mode, region, updated_at) values (?,?,?,?,?)",
                subscriptions.stream().map(s -> new Object[] {agencyId, s.category(), s.mode(), s.region(), ts(at)}).toList());
    }

    private static StoredBulletin head(ResultSet rs) throws SQLException {
        String kinds = rs.getString(5);
        return new StoredBulletin(rs.getString(1), rs.getString(2), BulletinCategory.valueOf(rs.getString(3)), rs.getString(4),
                kinds == null ? List.of() : Arrays.asList(kinds.split(",")), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(), List.of(), List.of());
    }

    private StoredBulletin withParts(StoredBulletin b) {
        List<StoredBulletin.Recipient> recipients = jdbc.query("select agency_id, acknowledged_at, ack_note from bulletin_recipient "
                + "where bulletin_id = ? order by agency_id", (rs, n) -> new StoredBulletin.Recipient(rs.getString(1),
                instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3)), b.id());
        List<StoredBulletin.Attachment> attachments = jdbc.query("select position, name, media_type, size_bytes, sha256 "
                + "from bulletin_attachment where bulletin_id = ? order by position", (rs, n) -> new StoredBulletin.Attachment(
                rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)), b.id());
        return new StoredBulletin(b.id(), b.publisher(), b.category(), b.region(), b.agencyKinds(), b.title(), b.body(),
                b.requiresAck(), b.publishedAt(), recipients, attachments);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
