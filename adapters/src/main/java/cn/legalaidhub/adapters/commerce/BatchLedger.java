package cn.legalaidhub.adapters.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code commerce_batch} table (migration V20): one row per received file, its progress while it
 * is read, and its summary (rows read, accepted, of which already known, rejected; result file).
 */
@Component
class BatchLedger {

    enum Status { RECEIVED, PROCESSING, DONE, FAILED }

    enum Channel { SFTP, HTTPS }

    record Batch(String id, String agency, String fileName, BatchFormat format, Channel channel, long sizeBytes,
            String sha256, Status status, int rowsRead, int rowsAccepted, int rowsDuplicate, int rowsRejected,
            String error, String resultFile, OffsetDateTime receivedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

        boolean finished() {
            return status == Status.DONE || status == Status.FAILED;
        }
    }

    /** Counts of the rows handled so far. */
    record Counts(int read, int accepted, int duplicate, int rejected) {
        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(read + other.read, accepted + other.accepted, duplicate + other.duplicate, rejected + other.rejected);
        }
    }

    private static final String COLUMNS = "id, agency, file_name, format, channel, size_bytes, sha256, status, rows_read, "
            + "rows_accepted, rows_duplicate, rows_rejected, error, result_file, received_at, started_at, finished_at";

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    BatchLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String agency, String fileName, BatchFormat format, Channel channel, long size, String sha256) {
        jdbc.update("insert into commerce_batch (id, agency, file_name, format, channel, size_bytes, sha256, status, received_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, agency, fileName, format.name(), channel.name(), size, sha256,
                Status.RECEIVED.name(), now());
    }

    Optional<Batch> find(String id) {
        return jdbc.query("select " + COLUMNS + " from commerce_batch where id = ?", BatchLedger::batch, id).stream().findFirst();
    }

    List<Batch> list(String agency, int page, int size) {
        return jdbc.query("select " + COLUMNS + " from commerce_batch where agency = ? order by received_at desc, id desc "
                + "offset ? rows fetch next ? rows only", BatchLedger::batch, agency, (long) page * size, size);
    }

    List<Batch> unfinished() {
        return jdbc.query("select " + COLUMNS + " from commerce_batch where status in ('RECEIVED', 'PROCESSING')", BatchLedger::batch);
    }

    /** Starts (or, after a restart, starts again) the reading of a file: the counts begin anew. */
    void started(String id) {
        jdbc.update("update commerce_batch set status = ?, started_at = ?, rows_read = 0, rows_accepted = 0, rows_duplicate = 0, "
                + "rows_rejected = 0, error = null where id = ?", Status.PROCESSING.name(), now(), id);
    }

    void progress(String id, Counts counts) {
        jdbc.update("update commerce_batch set rows_read = ?, rows_accepted = ?, rows_duplicate = ?, rows_rejected = ? where id = ?",
                counts.read(), counts.accepted(), counts.duplicate(), counts.rejected(), id);
    }

    void finished(String id, Status status, Counts counts, String error, String resultFile) {
        jdbc.update("update commerce_batch set status = ?, rows_read = ?, rows_accepted = ?, rows_duplicate = ?, rows_rejected = ?, "
                + "error = ?, result_file = ?, finished_at = ? where id = ?", status.name(), counts.read(), counts.accepted(),
                counts.duplicate(), counts.rejected(), error == null ? null : truncate(error, 4000), resultFile, now(), id);
    }

    void delete(String id) {
        jdbc.update("delete from commerce_batch where id = ? and status = ?", id, Status.RECEIVED.name());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Batch batch(ResultSet rs, int row) throws SQLException {
        return new Batch(rs.getString("id"), rs.getString("agency"), rs.getString("file_name"),
                BatchFormat.valueOf(rs.getString("format")), Channel.valueOf(rs.getString("channel")), rs.getLong("size_bytes"),
                rs.getString("sha256"), Status.valueOf(rs.getString("status")), rs.getInt("rows_read"), rs.getInt("rows_accepted"),
                rs.getInt("rows_duplicate"), rs.getInt("rows_rejected"), rs.getString("error"), rs.getString("result_file"),
                time(rs, "received_at"), time(rs, "started_at"), time(rs, "finished_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
