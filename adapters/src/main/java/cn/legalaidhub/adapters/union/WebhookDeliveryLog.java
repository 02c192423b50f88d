package cn.legalaidhub.adapters.union;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every webhook attempt, successful or not, in table {@code union_webhook_delivery} (migration
 * V30). Written outside the delivery's broker transaction, so failed attempts stay on record.
 */
@Component
class WebhookDeliveryLog {

    enum Outcome { DELIVERED, FAILED }

    record Attempt(String agencyId, String webhookId, String messageType, String referralId, int attempt, String endpoint,
            Instant attemptedAt, long durationMs, Integer httpStatus, Outcome outcome, String error) {
    }

    private final JdbcTemplate jdbc;

    WebhookDeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Attempt a) {
        jdbc.update("insert into union_webhook_delivery (agency_id, webhook_id, message_type, referral_id, attempt, endpoint, "
                        + "attempted_at, duration_ms, http_status, outcome, error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.agencyId(), a.webhookId(), a.messageType(), a.referralId(), a.attempt(), truncate(a.endpoint(), 500),
                Timestamp.from(a.attemptedAt()), a.durationMs(), a.httpStatus(), a.outcome().name(), truncate(a.error(), 1000));
    }

    /** An agency's attempts, newest first; only one webhook's when {@code webhookId} is given. */
    List<Map<String, Object>> list(String agencyId, String webhookId, int limit) {
        String filter = webhookId == null ? "" : " and webhook_id = ?";
        Object[] args = webhookId == null ? new Object[] {agencyId} : new Object[] {agencyId, webhookId};
        return jdbc.query("select webhook_id, message_type, referral_id, attempt, endpoint, attempted_at, duration_ms, http_status, "
                + "outcome, error from union_webhook_delivery where agency_id = ?" + filter
                + " order by attempted_at desc, id desc fetch first " + limit + " rows only", (rs, n) -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("webhookId", rs.getString("webhook_id"));
                    row.put("type", rs.getString("message_type"));
                    row.put("referralId", rs.getString("referral_id"));
                    row.put("attempt", rs.getInt("attempt"));
                    row.put("endpoint", rs.getString("endpoint"));
                    row.put("attemptedAt", rs.getTimestamp("attempted_at").toInstant().toString());
                    row.put("durationMs", rs.getLong("duration_ms"));
                    int status = rs.getInt("http_status");
                    row.put("httpStatus", rs.wasNull() ? null : status);
                    row.put("outcome", rs.getString("outcome"));
                    row.put("error", rs.getString("error"));
                    return row;
                }, args);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
