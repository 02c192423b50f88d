package cn.legalaidhub.reports;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Generated reports, one per (period, region): regenerating on request replaces it, the schedule only fills a gap. */
@Component
class ReportLedger {

    record StoredReport(String id, String period, String region, String generatedBy, Instant generatedAt, int version, String body) {
    }

    private final JdbcTemplate jdbc;

    ReportLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String id(ReportPeriod period, String region) {
        return "SR-" + period.code() + "-" + region;
    }

    /** Inserts the report unless one exists for its period and region; true if this call stored it. */
    boolean insertIfAbsent(ReportPeriod period, String region, String generatedBy, Instant at, String body) {
        try {
            jdbc.update("insert into statistics_report (id, period, region, period_from, period_to, generated_by, generated_at, version, body) "
                    + "values (?,?,?,?,?,?,?,1,?)", id(period, region), period.code(), region, Date.valueOf(period.from()),
                    Date.valueOf(period.to()), generatedBy, at.atOffset(ZoneOffset.UTC), body);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /** Stores the report, replacing an earlier one of the same period and region. */
    void save(ReportPeriod period, String region, String generatedBy, Instant at, String body) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.update("update statistics_report set generated_by = ?, generated_at = ?, version = version + 1, body = ? "
                    + "where period = ? and region = ?", generatedBy, at.atOffset(ZoneOffset.UTC), body, period.code(), region);
            if (updated == 1 || insertIfAbsent(period, region, generatedBy, at, body)) {
                return;
            }
        }
        throw new IllegalStateException("Report " + id(period, region) + " could not be stored");
    }

    Optional<StoredReport> find(String id) {
        return jdbc.query("select id, period, region, generated_by, generated_at, version, body from statistics_report where id = ?",
                (rs, n) -> new StoredReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getInt(6), rs.getString(7)), id).stream().findFirst();
    }

    /** Reports of regions under a prefix, newest period first, without their bodies. */
    List<StoredReport> list(String regionPrefix, int limit) {
        return jdbc.query("select id, period, region, generated_by, generated_at, version from statistics_report where region like ? "
                + "order by period_to desc, period_from desc, region fetch first " + limit + " rows only",
                (rs, n) -> new StoredReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getInt(6), null), regionPrefix + "%");
    }

    List<String> existing(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select id from statistics_report where id in (" + String.join(",", ids.stream().map(x -> "?").toList())
                + ")", String.class, ids.toArray());
    }
}
