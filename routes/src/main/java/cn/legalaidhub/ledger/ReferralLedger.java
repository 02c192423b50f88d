package cn.legalaidhub.ledger;

import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.clocks.ClockLedger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system of record. Every change to a referral and the messages it owes other agencies are
 * written in one transaction, so nothing is announced that the ledger does not hold.
 */
@Repository
public class ReferralLedger {

    private static final String REFERRAL_COLUMNS = "id, sender_agency, source_ref, receiver_agency, receiver_kind, region, "
            + "category, applicant_group, status, priority, green_channel, urgent, rules_fired, version, submitted_at, updated_at, "
            + "applicant_key, duplicate_key, employer_key, people_count, amount_claimed, fallback_kind";
    private static final String SELECT_REFERRAL = "select r.id, r.sender_agency, r.source_ref, r.receiver_agency, "
            + "r.receiver_kind, r.region, r.category, r.applicant_group, r.status, r.priority, r.green_channel, r.urgent, "
            + "r.rules_fired, r.version, r.submitted_at, r.updated_at, r.overdue, r.applicant_key, r.duplicate_key, "
            + "r.employer_key, r.people_count, r.amount_claimed, r.fallback_kind, r.collective_id, d.payload "
            + "from referral r join referral_document d on d.referral_id = r.id ";
    private static final String MESSAGE_COLUMNS = "id, type, referral_id, sender, receiver, priority, created_at";
    private static final String SELECT_MESSAGE = "select m.id, m.type, m.referral_id, m.sender, m.receiver, m.priority, "
            + "m.created_at, b.body from outbound_message m join outbound_message_body b on b.message_id = m.id ";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ClockLedger clocks;

    ReferralLedger(JdbcTemplate jdbc, TransactionTemplate tx, ClockLedger clocks) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clocks = clocks;
    }

    public Optional<StoredReferral> find(String id) {
        return jdbc.query(SELECT_REFERRAL + "where r.id = ?", REFERRAL, id).stream().findFirst();
    }

    public Optional<StoredReferral> findBySource(String senderAgency, String sourceRef) {
        return jdbc.query(SELECT_REFERRAL + "where r.sender_agency = ? and r.source_ref = ?",
                REFERRAL, senderAgency, sourceRef).stream().findFirst();
    }

    /**
     * A new referral with its SUBMITTED event, the message to its receiver, and what intake's rules
     * add (clocks, notices, rules fired, further parties).
     */
    public record Submission(StoredReferral referral, TimelineEntry submitted, OutboundMessage message, ReferralChange extras) {

        public Submission(StoredReferral referral, TimelineEntry submitted, OutboundMessage message) {
            this(referral, submitted, message, new ReferralChange());
        }

        /** Every message the submission owes: the referral itself and any notices. */
        public List<OutboundMessage> messages() {
            List<OutboundMessage> all = new ArrayList<>();
            all.add(message);
            all.addAll(extras.messages());
            return all;
        }
    }

    /** Records a new referral, its SUBMITTED event and the message to its receiver, atomically. */
    public void insertSubmission(StoredReferral r, TimelineEntry submitted, OutboundMessage message) {
        insertSubmissions(List.of(new Submission(r, submitted, message)));
    }

    /** Records many new referrals in one transaction (batched statements): all of them or none. */
    public void insertSubmissions(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            jdbc.batchUpdate("insert into referral (" + REFERRAL_COLUMNS + ", feed_pending) values "
                    + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,true)",
                    submissions.stream().map(Submission::referral).map(r -> new Object[] {
                            r.id(), r.senderAgency(), r.sourceRef(), r.receiverAgency(), r.receiverKind(), r.region(),
                            r.category(), r.applicantGroup(), r.status(), r.priority(), r.greenChannel(), r.urgent(),
                            String.join(",", r.rulesFired()), r.version(), ts(r.submittedAt()), ts(r.updatedAt()),
                            r.keys().applicant(), r.keys().duplicate(), r.keys().employer(), r.peopleCount(), r.amountClaimed(),
                            r.fallbackKind()}).toList());
            jdbc.batchUpdate("insert into referral_document (referral_id, payload) values (?,?)",
                    submissions.stream().map(x -> new Object[] {x.referral().id(), x.referral().payload()}).toList());
            jdbc.batchUpdate(INSERT_TIMELINE, submissions.stream()
                    .map(x -> timelineRow(x.referral().id(), x.submitted())).toList());
            jdbc.batchUpdate(INSERT_MESSAGE, submissions.stream().map(x -> messageRow(x.message())).toList());
            jdbc.batchUpdate(INSERT_MESSAGE_BODY, submissions.stream()
                    .map(x -> new Object[] {x.message().id(), x.message().body()}).toList());
            // a new referral's rules_fired column already lists its rules and nothing of it can be overdue yet
            jdbc.batchUpdate(INSERT_RULE_FIRING, submissions.stream().flatMap(x -> x.extras().rulesFired().stream()
                    .map(r -> ruleFiringRow(x.referral().id(), r))).toList());
            for (Submission x : submissions) {
                x.extras().timeline().forEach(e -> insertTimeline(x.referral().id(), e));
                x.extras().messages().forEach(this::insertMessage);
                insertParties(x.referral().id(), x.extras());
                x.extras().writes().forEach(Runnable::run);
            }
        });
    }

    /** The referrals of one sender with these case numbers, by case number. */
    public Map<String, StoredReferral> findBySources(String senderAgency, Collection<String> sourceRefs) {
        Map<String, StoredReferral> found = new HashMap<>();
        List<String> refs = List.copyOf(new LinkedHashSet<>(sourceRefs));
        for (int from = 0; from < refs.size(); from += 500) {
            List<String> chunk = refs.subList(from, Math.min(refs.size(), from + 500));
            List<Object> args = new ArrayList<>();
            args.add(senderAgency);
            args.addAll(chunk);
            jdbc.query(SELECT_REFERRAL + "where r.sender_agency = ? and r.source_ref in ("
                    + String.join(",", chunk.stream().map(x -> "?").toList()) + ")", REFERRAL, args.toArray())
                    .forEach(r -> found.put(r.sourceRef(), r));
        }
        return found;
    }

    /**
     * Applies a change if the referral is still at the version it was read at (else {@link
     * StaleVersionException}): status, receiver, flags, timeline, messages, rules fired, parties and
     * the other features' writes, all in one transaction.
     */
    public StoredReferral apply(StoredReferral current, ReferralChange change, Instant at) {
        return tx.execute(status -> {
            String newStatus = change.status() == null ? current.status() : change.status();
            int updated = jdbc.update("update referral set status = ?, receiver_agency = ?, receiver_kind = ?, priority = ?, "
                    + "urgent = ?, amount_recovered = coalesce(?, amount_recovered), version = version + 1, feed_pending = true, "
                    + "updated_at = ? where id = ? and version = ?", newStatus,
                    change.receiverAgency() == null ? current.receiverAgency() : change.receiverAgency(),
                    change.receiverKind() == null ? current.receiverKind() : change.receiverKind(),
                    change.priority() == null ? current.priority() : change.priority(),
                    change.urgent() == null ? current.urgent() : change.urgent(), change.amountRecovered(), ts(at),
                    current.id(), current.version());
            if (updated != 1) {
                throw new StaleVersionException(current.id());
            }
            writeExtras(current.id(), change);
            return find(current.id()).orElseThrow();
        });
    }

    /** Stores messages the hub owes agencies, joining the caller's transaction. */
    public void insertMessages(List<OutboundMessage> messages) {
        messages.forEach(this::insertMessage);
    }

    /** Marks a referral changed by the hub itself (a clock, the linker): new version, feed refreshed. */
    public void touch(String referralId, Instant at) {
        jdbc.update("update referral set version = version + 1, feed_pending = true, updated_at = ? where id = ?", ts(at), referralId);
    }

    /** Sets the referral's overdue flag from its clocks. */
    public void refreshOverdue(String referralId) {
        jdbc.update("update referral set overdue = " + clocks.overdueExpression() + " where id = ?", referralId);
    }

    private static final String INSERT_RULE_FIRING =
            "insert into rule_firing (referral_id, rule_id, source, detail, fired_at) values (?,?,?,?,?)";

    private static Object[] ruleFiringRow(String referralId, ReferralChange.RuleFired r) {
        return new Object[] {referralId, r.ruleId(), r.source(),
                r.detail() == null ? null : r.detail().substring(0, Math.min(r.detail().length(), 500)), ts(r.at())};
    }

    private void writeExtras(String referralId, ReferralChange change) {
        change.timeline().forEach(e -> insertTimeline(referralId, e));
        change.messages().forEach(this::insertMessage);
        if (!change.rulesFired().isEmpty()) {
            jdbc.batchUpdate(INSERT_RULE_FIRING, change.rulesFired().stream().map(r -> ruleFiringRow(referralId, r)).toList());
            List<String> ids = new ArrayList<>(jdbc.queryForList("select rules_fired from referral where id = ?", String.class,
                    referralId).stream().flatMap(x -> x.isEmpty() ? java.util.stream.Stream.<String>empty()
                    : Arrays.stream(x.split(","))).toList());
            change.rulesFired().stream().map(ReferralChange.RuleFired::ruleId).filter(id -> !ids.contains(id)).forEach(ids::add);
            jdbc.update("update referral set rules_fired = ? where id = ?", String.join(",", ids), referralId);
        }
        insertParties(referralId, change);
        change.writes().forEach(Runnable::run);
        refreshOverdue(referralId);
    }

    private void insertParties(String referralId, ReferralChange change) {
        for (ReferralChange.Party p : change.parties()) {
            Integer known = jdbc.queryForObject("select count(*) from referral_party where referral_id = ? and agency_id = ? "
                    + "and role = ?", Integer.class, referralId, p.agencyId(), p.role());
            if (known == null || known == 0) {
                jdbc.update("insert into referral_party (referral_id, agency_id, role, since) values (?,?,?,?)",
                        referralId, p.agencyId(), p.role(), ts(Instant.now()));
            }
        }
    }

    /** The further parties of a referral (role → agencies), beyond sender and current receiver. */
    public List<ReferralChange.Party> parties(String referralId) {
        return jdbc.query("select agency_id, role from referral_party where referral_id = ? order by since",
                (rs, n) -> new ReferralChange.Party(rs.getString(1), rs.getString(2)), referralId);
    }

    /** The further parties of many referrals at once (referral id → agencies), for the case feed. */
    public Map<String, List<String>> partyAgencies(Collection<String> referralIds) {
        Map<String, List<String>> parties = new HashMap<>();
        List<String> ids = List.copyOf(referralIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query("select referral_id, agency_id from referral_party where referral_id in ("
                    + String.join(",", chunk.stream().map(x -> "?").toList()) + ")", rs -> {
                        parties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }, chunk.toArray());
        }
        return parties;
    }

    /** Sender, current receiver, or a further party of the referral. */
    public boolean isParty(StoredReferral r, String agencyId) {
        if (r.isParty(agencyId)) {
            return true;
        }
        Integer n = jdbc.queryForObject("select count(*) from referral_party where referral_id = ? and agency_id = ?",
                Integer.class, r.id(), agencyId);
        return n != null && n > 0;
    }

    /** The rules that fired on a referral, when, and their sources. */
    public List<ReferralChange.RuleFired> rulesFired(String referralId) {
        return jdbc.query("select rule_id, source, detail, fired_at from rule_firing where referral_id = ? order by id",
                (rs, n) -> new ReferralChange.RuleFired(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs, "fired_at")), referralId);
    }

    public List<TimelineEntry> timeline(String referralId) {
        return jdbc.query("select occurred_at, kind, type, agency, status_after, detail from referral_event "
                + "where referral_id = ? order by id", (rs, n) -> new TimelineEntry(instant(rs, "occurred_at"),
                TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("type"), rs.getString("agency"),
                rs.getString("status_after"), rs.getString("detail")), referralId);
    }

    // ---- outbound messages -------------------------------------------------------------------

    public void markEnqueued(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = ts(Instant.now());
        tx.executeWithoutResult(status -> jdbc.batchUpdate(
                "update outbound_message set enqueued_at = ? where id = ? and enqueued_at is null",
                messageIds.stream().map(id -> new Object[] {now, id}).toList()));
    }

    /** Messages committed but never handed to the broker (the hub stopped in between). */
    public List<OutboundMessage> unenqueued(Instant createdBefore, int limit) {
        return jdbc.query(SELECT_MESSAGE + "where m.enqueued_at is null and m.created_at < ? "
                + "order by m.created_at fetch first " + limit + " rows only", MESSAGE, ts(createdBefore));
    }

    public Optional<OutboundMessage> message(String messageId) {
        return jdbc.query(SELECT_MESSAGE + "where m.id = ?", MESSAGE, messageId).stream().findFirst();
    }

    /** Who a message is for and about what, without its body. */
    private record Addressing(String type, String referralId, String receiver) {
    }

    private Optional<Addressing> addressing(String messageId) {
        return jdbc.query("select type, referral_id, receiver from outbound_message where id = ?",
                (rs, n) -> new Addressing(rs.getString(1), rs.getString(2), rs.getString(3)), messageId).stream().findFirst();
    }

    public boolean isDelivered(String messageId) {
        Boolean delivered = jdbc.query("select delivered_at from outbound_message where id = ?",
                rs -> rs.next() ? rs.getObject(1) != null : Boolean.FALSE, messageId);
        return Boolean.TRUE.equals(delivered);
    }

    /** A push delivery succeeded: receipt, and the referral moves from SUBMITTED to DELIVERED. */
    public void recordDelivered(String messageId, String detail) {
        tx.executeWithoutResult(status -> {
            Instant now = Instant.now();
            int updated = jdbc.update("update outbound_message set delivered_at = ?, attempts = attempts + 1, last_error = null "
                    + "where id = ? and delivered_at is null", ts(now), messageId);
            if (updated == 1) {
                addressing(messageId).filter(m -> "REFERRAL".equals(m.type())).ifPresent(m -> {
                    insertTimeline(m.referralId(), TimelineEntry.receipt(now, "DELIVERED", m.receiver(), detail));
                    advanceStatus(m.referralId(), m.receiver(), "DELIVERED", List.of("SUBMITTED"), now);
                    // the partner's own system has it: receipt for the open-in-time clock
                    stopOpenClock(m.referralId(), m.receiver(), now);
                });
            }
        });
    }

    /** A message for an agency without a server, waiting in its inbox since {@code at}. */
    public record InboxArrival(String messageId, Instant at) {
    }

    /** The receiver has no server: these messages wait in its inbox (noted in one transaction; a message noted twice keeps its first time). */
    public void recordAvailable(List<InboxArrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> jdbc.batchUpdate(
                "update outbound_message set available_at = ? where id = ? and available_at is null",
                arrivals.stream().map(a -> new Object[] {ts(a.at()), a.messageId()}).toList()));
    }

    public void recordDeliveryFailure(String messageId, int attempt, String cause, boolean deadLettered) {
        tx.executeWithoutResult(status -> {
            Instant now = Instant.now();
            String error = cause == null ? null : cause.substring(0, Math.min(cause.length(), 1900));
            jdbc.update("update outbound_message set attempts = ?, last_error = ? where id = ?", attempt, error, messageId);
            addressing(messageId).filter(m -> m.referralId() != null).ifPresent(m -> insertTimeline(m.referralId(),
                    TimelineEntry.receipt(now, deadLettered ? "DEAD_LETTERED" : "DELIVERY_FAILED", m.receiver(),
                            "attempt " + attempt + ": " + error)));
        });
    }

    public Optional<String> lastError(String messageId) {
        return jdbc.query("select last_error from outbound_message where id = ?", (rs, n) -> rs.getString(1), messageId)
                .stream().findFirst();
    }

    /**
     * Hands an agency the messages it has not yet received, most urgent first, then oldest, and
     * marks them delivered and opened.
     */
    public InboxPage fetchInbox(String receiver, String type, int page, int size) {
        return tx.execute(status -> {
            String typeFilter = type == null ? "" : " and type = ?";
            Object[] args = type == null ? new Object[] {receiver} : new Object[] {receiver, type};
            List<OutboundMessage> items = jdbc.query(SELECT_MESSAGE
                    + "where m.receiver = ? and m.delivered_at is null" + typeFilter.replace("type", "m.type")
                    + " order by m.priority desc, m.created_at, m.id offset " + ((long) page * size) + " rows fetch next "
                    + size + " rows only", MESSAGE, args);
            Instant now = Instant.now();
            for (OutboundMessage m : items) {
                jdbc.update("update outbound_message set delivered_at = ?, fetched_at = ? where id = ?", ts(now), ts(now), m.id());
                if ("REFERRAL".equals(m.type())) {
                    insertTimeline(m.referralId(), TimelineEntry.receipt(now, "DELIVERED", receiver, "inbox"));
                    insertTimeline(m.referralId(), TimelineEntry.receipt(now, "OPENED", receiver, "inbox"));
                    advanceStatus(m.referralId(), receiver, "OPENED", List.of("SUBMITTED", "DELIVERED"), now);
                    stopOpenClock(m.referralId(), receiver, now);
                }
            }
            Long remaining = jdbc.queryForObject("select count(*) from outbound_message where receiver = ? and delivered_at is null"
                    + typeFilter, Long.class, args);
            return new InboxPage(items, page, size, remaining == null ? 0 : remaining);
        });
    }

    // ---- case feed ---------------------------------------------------------------------------

    public List<StoredReferral> feedPending(int limit) {
        return jdbc.query(SELECT_REFERRAL + "where r.feed_pending = true order by r.updated_at fetch first " + limit
                + " rows only", REFERRAL);
    }

    /** Clears the pending flag of each referral still at the projected version, in one transaction. */
    public void markProjected(List<StoredReferral> projected) {
        if (projected.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> jdbc.batchUpdate(
                "update referral set feed_pending = false where id = ? and version = ?",
                projected.stream().map(r -> new Object[] {r.id(), r.version()}).toList()));
    }

    public int markAllFeedPending() {
        return jdbc.update("update referral set feed_pending = true where feed_pending = false");
    }

    public long countFeedPending() {
        Long n = jdbc.queryForObject("select count(*) from referral where feed_pending = true", Long.class);
        return n == null ? 0 : n;
    }

    // ---- audit -------------------------------------------------------------------------------

    public void audit(String agency, String action, String target, String detail) {
        jdbc.update("insert into audit_log (agency, action, target, detail, occurred_at) values (?,?,?,?,?)",
                agency, action, target, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1900)),
                ts(Instant.now()));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void stopOpenClock(String referralId, String receiver, Instant at) {
        if (clocks.stopFor(referralId, ClockKind.OPEN, receiver, at) > 0) {
            refreshOverdue(referralId);
        }
    }

    /** A receipt moves the status on only if the case is still with the agency the receipt is from. */
    private void advanceStatus(String referralId, String receiver, String newStatus, List<String> from, Instant at) {
        String placeholders = String.join(",", from.stream().map(s -> "?").toList());
        List<Object> args = new ArrayList<>(List.of(newStatus, ts(at), referralId, receiver));
        args.addAll(from);
        jdbc.update("update referral set status = ?, version = version + 1, feed_pending = true, updated_at = ? "
                + "where id = ? and receiver_agency = ? and status in (" + placeholders + ")", args.toArray());
    }

    private static final String INSERT_TIMELINE = "insert into referral_event "
            + "(referral_id, kind, type, agency, status_after, detail, occurred_at) values (?,?,?,?,?,?,?)";
    private static final String INSERT_MESSAGE = "insert into outbound_message (" + MESSAGE_COLUMNS + ") values (?,?,?,?,?,?,?)";
    private static final String INSERT_MESSAGE_BODY = "insert into outbound_message_body (message_id, body) values (?,?)";

    private void insertTimeline(String referralId, TimelineEntry e) {
        jdbc.update(INSERT_TIMELINE, timelineRow(referralId, e));
    }

    private static Object[] timelineRow(String referralId, TimelineEntry e) {
        return new Object[] {referralId, e.kind().name(), e.type(), e.agency(), e.statusAfter(), e.detail(), ts(e.at())};
    }

    private void insertMessage(OutboundMessage m) {
        jdbc.update(INSERT_MESSAGE, messageRow(m));
        jdbc.update(INSERT_MESSAGE_BODY, m.id(), m.body());
    }

    private static Object[] messageRow(OutboundMessage m) {
        return new Object[] {m.id(), m.type(), m.referralId(), m.sender(), m.receiver(), m.priority(), ts(m.createdAt())};
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<StoredReferral> REFERRAL = (rs, n) -> new StoredReferral(
            rs.getString("id"), rs.getString("sender_agency"), rs.getString("source_ref"), rs.getString("receiver_agency"),
            rs.getString("receiver_kind"), rs.getString("region"), rs.getString("category"), rs.getString("applicant_group"),
            rs.getString("status"), rs.getInt("priority"), rs.getBoolean("green_channel"), rs.getBoolean("urgent"),
            rs.getString("rules_fired").isEmpty() ? List.of() : Arrays.asList(rs.getString("rules_fired").split(",")),
            rs.getString("payload"), rs.getLong("version"), instant(rs, "submitted_at"), instant(rs, "updated_at"),
            rs.getBoolean("overdue"), new StoredReferral.Keys(rs.getString("applicant_key"), rs.getString("duplicate_key"),
                    rs.getString("employer_key")), rs.getInt("people_count"), rs.getBigDecimal("amount_claimed"),
            rs.getString("fallback_kind"), rs.getString("collective_id"));

    private static final RowMapper<OutboundMessage> MESSAGE = (rs, n) -> new OutboundMessage(
            rs.getString("id"), rs.getString("type"), rs.getString("referral_id"), rs.getString("sender"),
            rs.getString("receiver"), rs.getInt("priority"), rs.getString("body"), instant(rs, "created_at"));
}
