package cn.legalaidhub.meetings;

import cn.legalaidhub.contract.ActionItemState;
import cn.legalaidhub.contract.MeetingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Meetings in the ledger. Writes join the caller's transaction; changes to a meeting compare its version. */
@Repository
class MeetingLedger {

    private static final String MEETING_COLUMNS = "id, convener, region, title, starts_at, ends_at, place, video_link, reply_by, "
            + "status, note, version, created_at, updated_at";

    private final JdbcTemplate jdbc;

    MeetingLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredMeeting m) {
        jdbc.update("insert into meeting (" + MEETING_COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", m.id(), m.convener(),
                m.region(), m.title(), ts(m.startsAt()), ts(m.endsAt()), m.place(), m.videoLink(), ts(m.replyBy()), m.status().name(),
                m.note(), m.version(), ts(m.createdAt()), ts(m.updatedAt()));
        jdbc.batchUpdate("insert into meeting_participant (meeting_id, agency_id, person, role, acknowledged_at, reply, replied_at) "
                + "values (?,?,?,?,?,?,?)", m.participants().stream().map(p -> new Object[] {m.id(), p.agencyId(), p.person(), p.role(),
                ts(p.acknowledgedAt()), p.reply() == null ? null : p.reply().name(), ts(p.repliedAt())}).toList());
        for (int i = 0; i < m.agenda().size(); i++) {
            StoredMeeting.AgendaItem a = m.agenda().get(i);
            jdbc.update("insert into meeting_agenda_item (meeting_id, position, title, presenter, referral_ids) values (?,?,?,?,?)",
                    m.id(), i + 1, a.title(), a.presenter(), join(a.referralIds()));
        }
    }

    Optional<StoredMeeting> find(String id) {
        return jdbc.query("select " + MEETING_COLUMNS + " from meeting where id = ?", (rs, n) -> head(rs), id).stream().findFirst()
                .map(this::withParts);
    }

    /** The meetings an agency convened, takes part in or owns an action item of, latest first. */
    List<StoredMeeting> involving(String agencyId, MeetingStatus status, int limit) {
        String statusFilter = status == null ? "" : " and status = '" + status.name() + "'";
        List<String> ids = jdbc.queryForList("select id from meeting where (convener = ? "
                + "or exists (select 1 from meeting_participant p where p.meeting_id = meeting.id and p.agency_id = ?) "
                + "or exists (select 1 from action_item a where a.meeting_id = meeting.id and a.owner_agency = ?))" + statusFilter
                + " order by starts_at desc fetch first " + limit + " rows only", String.class, agencyId, agencyId, agencyId);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** New time, place, link, reply-by or note; false if the meeting changed meanwhile. */
    boolean reschedule(StoredMeeting m, Instant startsAt, Instant endsAt, String place, String videoLink, Instant replyBy, String note,
            Instant at) {
        return jdbc.update("update meeting set starts_at = ?, ends_at = ?, place = ?, video_link = ?, reply_by = ?, note = ?, "
                + "status = 'RESCHEDULED', version = version + 1, updated_at = ? where id = ? and version = ?", ts(startsAt), ts(endsAt),
                place, videoLink, ts(replyBy), note, ts(at), m.id(), m.version()) == 1;
    }

    boolean setStatus(StoredMeeting m, MeetingStatus status, String note, Instant at) {
        return jdbc.update("update meeting set status = ?, note = ?, version = version + 1, updated_at = ? where id = ? and version = ?",
                status.name(), note, ts(at), m.id(), m.version()) == 1;
    }

    /** A changed meeting is acknowledged again by everyone but the convener; a new time needs new replies too. */
    void resetParticipants(StoredMeeting m, boolean replies) {
        jdbc.update("update meeting_participant set acknowledged_at = null" + (replies ? ", reply = null, reply_person = null, "
                + "reply_reason = null, replied_at = null" : "") + " where meeting_id = ? and agency_id <> ?", m.id(), m.convener());
    }

    boolean acknowledge(String meetingId, String agencyId, Instant at) {
        return jdbc.update("update meeting_participant set acknowledged_at = ? where meeting_id = ? and agency_id = ? "
                + "and acknowledged_at is null", ts(at), meetingId, agencyId) == 1;
    }

    void reply(String meetingId, String agencyId, MeetingReply reply, String person, String reason, Instant at) {
        jdbc.update("update meeting_participant set reply = ?, reply_person = ?, reply_reason = ?, replied_at = ?, "
                + "acknowledged_at = coalesce(acknowledged_at, ?) where meeting_id = ? and agency_id = ?", reply.name(), person, reason,
                ts(at), ts(at), meetingId, agencyId);
    }

    void insertMinutes(String meetingId, String text, String recordedBy, Instant at, List<StoredMeeting.ActionItem> items) {
        jdbc.update("insert into meeting_minutes (meeting_id, text, recorded_by, recorded_at) values (?,?,?,?)", meetingId, text,
                recordedBy, ts(at));
        jdbc.batchUpdate("insert into action_item (id, meeting_id, position, title, owner_agency, due_date, referral_ids, state) "
                + "values (?,?,?,?,?,?,?,?)", items.stream().map(a -> new Object[] {a.id(), meetingId, a.position(), a.title(),
                a.ownerAgency(), a.dueDate(), join(a.referralIds()), a.state().name()}).toList());
    }

    /** Closes an open action item; false if it was closed meanwhile. */
    boolean closeItem(String itemId, String closedBy, String note, Instant at) {
        return jdbc.update("update action_item set state = 'DONE', closed_at = ?, closed_by = ?, closing_note = ? "
                + "where id = ? and state = 'OPEN'", ts(at), closedBy, note, itemId) == 1;
    }

    Optional<String> meetingOfItem(String itemId) {
        return jdbc.queryForList("select meeting_id from action_item where id = ?", String.class, itemId).stream().findFirst();
    }

    private static StoredMeeting head(ResultSet rs) throws SQLException {
        return new StoredMeeting(rs.getString("id"), rs.getString("convener"), rs.getString("region"), rs.getString("title"),
                instant(rs, 5), instant(rs, 6), rs.getString("place"), rs.getString("video_link"), instant(rs, 9),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getInt("version"), instant(rs, 13),
                instant(rs, 14), List.of(), List.of(), null, List.of());
    }

    private StoredMeeting withParts(StoredMeeting h) {
        String id = h.id();
        List<StoredMeeting.Participant> participants = jdbc.query("select agency_id, person, role, acknowledged_at, reply, "
                + "reply_person, reply_reason, replied_at from meeting_participant where meeting_id = ? order by agency_id",
                (p, n) -> new StoredMeeting.Participant(p.getString(1), p.getString(2), p.getString(3), instant(p, 4),
                        p.getString(5) == null ? null : MeetingReply.valueOf(p.getString(5)), p.getString(6), p.getString(7),
                        instant(p, 8)), id);
        List<StoredMeeting.AgendaItem> agenda = jdbc.query("select title, presenter, referral_ids from meeting_agenda_item "
                + "where meeting_id = ? order by position", (a, n) -> new StoredMeeting.AgendaItem(a.getString(1), a.getString(2),
                split(a.getString(3))), id);
        StoredMeeting.Minutes minutes = jdbc.query("select text, recorded_by, recorded_at from meeting_minutes where meeting_id = ?",
                (m, n) -> new StoredMeeting.Minutes(m.getString(1), m.getString(2), instant(m, 3)), id).stream().findFirst().orElse(null);
        List<StoredMeeting.ActionItem> items = jdbc.query("select id, meeting_id, position, title, owner_agency, due_date, "
                + "referral_ids, state, closed_at, closed_by, closing_note from action_item where meeting_id = ? order by position",
                (a, n) -> new StoredMeeting.ActionItem(a.getString(1), a.getString(2), a.getInt(3), a.getString(4), a.getString(5),
                        a.getObject(6, LocalDate.class), split(a.getString(7)), ActionItemState.valueOf(a.getString(8)), instant(a, 9),
                        a.getString(10), a.getString(11)), id);
        return new StoredMeeting(id, h.convener(), h.region(), h.title(), h.startsAt(), h.endsAt(), h.place(), h.videoLink(),
                h.replyBy(), h.status(), h.note(), h.version(), h.createdAt(), h.updatedAt(), participants, agenda, minutes, items);
    }

    private static String join(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join(",", ids);
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
