package cn.legalaidhub.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Campaigns, their units, the days started and the units' daily reports (every submission kept). */
@Repository
class CampaignLedger {

    private static final TypeReference<List<StoredCampaign.CategoryDef>> CATEGORIES = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, Integer>> COUNTS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    CampaignLedger(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    void insert(StoredCampaign c) {
        jdbc.update("insert into campaign (id, owner, title, region, start_date, end_date, cutoff, categories, created_at) "
                + "values (?,?,?,?,?,?,?,?,?)", c.id(), c.owner(), c.title(), c.region(), c.startDate(), c.endDate(), c.cutoff().toString(),
                write(c.categories()), ts(c.createdAt()));
        jdbc.batchUpdate("insert into campaign_unit (campaign_id, agency_id) values (?,?)",
                c.units().stream().map(u -> new Object[] {c.id(), u}).toList());
    }

    Optional<StoredCampaign> find(String id) {
        return jdbc.query("select id, owner, title, region, start_date, end_date, cutoff, categories, created_at from campaign where id = ?",
                (rs, n) -> head(rs), id).stream().findFirst();
    }

    List<StoredCampaign> involving(String agencyId, int limit) {
        return jdbc.queryForList("select id from campaign where owner = ? or exists (select 1 from campaign_unit u where u.campaign_id = "
                + "campaign.id and u.agency_id = ?) order by start_date desc, id fetch first " + limit + " rows only", String.class,
                agencyId, agencyId).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Campaigns running on {@code day} whose day has not been started yet. */
    List<String> notStarted(LocalDate day) {
        return jdbc.queryForList("select id from campaign where start_date <= ? and end_date >= ? and not exists (select 1 from "
                + "campaign_day d where d.campaign_id = campaign.id and d.report_day = ?)", String.class, day, day, day);
    }

    /** Records that a day's clocks are started; false when it was already. */
    boolean startDay(String campaignId, LocalDate day, Instant at) {
        Integer known = jdbc.queryForObject("select count(*) from campaign_day where campaign_id = ? and report_day = ?", Integer.class,
                campaignId, day);
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("insert into campaign_day (campaign_id, report_day, started_at) values (?,?,?)", campaignId, day, ts(at));
        return true;
    }

    Optional<DailyReport> report(String campaignId, String agencyId, LocalDate day) {
        return jdbc.query("select campaign_id, agency_id, report_day, nil_report, counts, note, revision, late, first_submitted_at, "
                + "submitted_at from campaign_report where campaign_id = ? and agency_id = ? and report_day = ?", (rs, n) -> report(rs),
                campaignId, agencyId, day).stream().findFirst();
    }

    List<DailyReport> reports(String campaignId, LocalDate day) {
        return jdbc.query("select campaign_id, agency_id, report_day, nil_report, counts, note, revision, late, first_submitted_at, "
                + "submitted_at from campaign_report where campaign_id = ? and report_day = ? order by agency_id", (rs, n) -> report(rs),
                campaignId, day);
    }

    /**
     * Saves a submission: the first of the day, or a correction of the revision read before ({@code
     * previous}); false when someone else saved a revision meanwhile. Every submission is also kept.
     */
    boolean save(DailyReport r, Integer previous) {
        int saved = previous == null
                ? jdbc.update("insert into campaign_report (campaign_id, agency_id, report_day, nil_report, counts, note, revision, late, "
                        + "first_submitted_at, submitted_at) values (?,?,?,?,?,?,?,?,?,?)", r.campaignId(), r.agencyId(), r.day(), r.nil(),
                        write(r.counts()), r.note(), r.revision(), r.late(), ts(r.firstSubmittedAt()), ts(r.submittedAt()))
                : jdbc.update("update campaign_report set nil_report = ?, counts = ?, note = ?, revision = ?, late = ?, submitted_at = ? "
                        + "where campaign_id = ? and agency_id = ? and report_day = ? and revision = ?", r.nil(), write(r.counts()), r.note(),
                        r.revision(), r.late(), ts(r.submittedAt()), r.campaignId(), r.agencyId(), r.day(), previous);
        if (saved != 1) {
            return false;
        }
        jdbc.update("insert into campaign_report_revision (campaign_id, agency_id, report_day, revision, nil_report, counts, note, late, "
                + "submitted_at) values (?,?,?,?,?,?,?,?,?)", r.campaignId(), r.agencyId(), r.day(), r.revision(), r.nil(), write(r.counts()),
                r.note(), r.late(), ts(r.submittedAt()));
        return true;
    }

    /** Every submission of a unit's day, oldest first. */
    List<DailyReport> revisions(String campaignId, String agencyId, LocalDate day) {
        return jdbc.query("select campaign_id, agency_id, report_day, nil_report, counts, note, revision, late, submitted_at, submitted_at "
                + "from campaign_report_revision where campaign_id = ? and agency_id = ? and report_day = ? order by revision",
                (rs, n) -> report(rs), campaignId, agencyId, day);
    }

    private StoredCampaign head(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        List<String> units = jdbc.queryForList("select agency_id from campaign_unit where campaign_id = ? order by agency_id", String.class, id);
        return new StoredCampaign(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class), LocalTime.parse(rs.getString(7)), read(rs.getString(8), CATEGORIES), units,
                rs.getObject(9, OffsetDateTime.class).toInstant());
    }

    private DailyReport report(ResultSet rs) throws SQLException {
        return new DailyReport(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
                read(rs.getString(5), COUNTS), rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getObject(9, OffsetDateTime.class).toInstant(),
                rs.getObject(10, OffsetDateTime.class).toInstant());
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
