package cn.legalaidhub.documents;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ReferralClocks;
import cn.legalaidhub.contract.NoticeKind;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Accepting with missing documents (容缺受理): the checklist of what is missing, who must provide it
 * and by when; every item told at once (一次性告知); each item's due-date clock; the review clock
 * resumes once nothing is missing. Writes join the referral change's transaction.
 */
@Component
public class MissingDocuments {

    private final JdbcTemplate jdbc;
    private final ReferralClocks clocks;
    private final Notices notices;
    private final AgencyRegistry registry;
    private final RuleBook rules;

    MissingDocuments(JdbcTemplate jdbc, ReferralClocks clocks, Notices notices, AgencyRegistry registry, RuleBook rules) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.notices = notices;
        this.registry = registry;
        this.rules = rules;
    }

    public List<MissingDocument> list(String referralId) {
        return jdbc.query("select * from missing_document where referral_id = ? order by id", ROW, referralId);
    }

    public List<String> pendingItems(String referralId) {
        return jdbc.queryForList("select item from missing_document where referral_id = ? and state = 'PENDING' order by id",
                String.class, referralId);
    }

    /** Records the checklist of an ACCEPTED_PENDING_DOCUMENTS event and tells the providers every item at once. */
    public void request(ReferralChange change, StoredReferral r, JsonNode missing, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        Set<String> told = new LinkedHashSet<>();
        StringBuilder list = new StringBuilder();
        int n = 0;
        for (JsonNode item : missing) {
            String code = item.path("item").asText();
            String provider = item.path("provider").asText();
            String providerAgency = item.path("providerAgencyId").asText(null);
            LocalDate due = LocalDate.parse(item.path("dueDate").asText());
            rows.add(new Object[] {r.id(), code, item.path("description").asText(null), provider, providerAgency, due, "PENDING", ts(at)});
            String responsible = switch (provider) {
                case "REFERRER" -> r.senderAgency();
                case "OTHER_AGENCY" -> providerAgency == null ? r.receiverAgency() : providerAgency;
                default -> r.receiverAgency();
            };
            clocks.onMissingDocument(change, r.id(), code, responsible, due, at);
            told.add(responsible);
            told.add(r.senderAgency());
            MissingDocument view = new MissingDocument(0, code, item.path("description").asText(null), provider, providerAgency,
                    due, MissingDocument.State.PENDING, at, null, null, null);
            list.append(++n).append(". ").append(view.itemLabel())
                    .append(view.description() == null ? "" : "（" + view.description() + "）")
                    .append("，由").append(view.providerLabel()).append(providerAgency == null ? "" : " " + providerAgency)
                    .append("提供，").append(due).append("前补交；\n");
        }
        change.write(() -> jdbc.batchUpdate("insert into missing_document (referral_id, item, description, provider, provider_agency, "
                + "due_date, state, requested_at) values (?,?,?,?,?,?,?,?)", rows));
        told.remove(r.receiverAgency());
        var rule = rules.rule(RuleIds.ACCEPT_PENDING_DOCUMENTS);
        for (String agency : told) {
            if (registry.byId(agency).isEmpty()) {
                continue;
            }
            change.message(notices.to(agency, new Notices.Draft(NoticeKind.MISSING_DOCUMENTS, r.id(), null, null, null, null, null,
                    null, "一次性告知：转介 " + r.id() + " 容缺受理，需补交" + n + "项材料",
                    "转介 " + r.id() + "（来文编号 " + r.sourceRef() + "）已容缺受理。请一次性补齐以下材料：\n" + list
                            + "补正期间不计入审查期限；逾期未补交的，视为撤回申请（法律援助法第43条）。",
                    agency, registry.byId(agency).stream().toList(), rule), r.priority(), at));
        }
    }

    /** Marks items received or waived; answers which pending items remain after it. */
    public List<String> resolve(ReferralChange change, StoredReferral r, List<String> items, boolean waived, String by, String reason,
            Instant at) {
        List<String> pending = pendingItems(r.id());
        List<String> resolving = items.isEmpty() ? pending : items.stream().filter(pending::contains).toList();
        List<String> left = pending.stream().filter(i -> !resolving.contains(i)).toList();
        change.write(() -> {
            for (String item : resolving) {
                jdbc.update("update missing_document set state = ?, resolved_at = ?, resolved_by = ?, reason = ? "
                        + "where referral_id = ? and item = ? and state = 'PENDING'", waived ? "WAIVED" : "RECEIVED", ts(at), by,
                        reason, r.id(), item);
            }
        });
        clocks.onDocumentsResolved(change, r.id(), resolving, left.isEmpty(), at);
        return left;
    }

    /** Items named by the event that are not outstanding, for a clear refusal. */
    public List<String> notPending(String referralId, List<String> items) {
        List<String> pending = pendingItems(referralId);
        return items.stream().filter(i -> !pending.contains(i)).toList();
    }

    /** May this caller waive missing documents? A justice bureau may; a receiving agency's supervisor may. */
    public boolean mayWaive(Agency actor, boolean isCoordinator, String userRole) {
        if (isCoordinator) {
            return true;
        }
        if (userRole != null && rules.rule(RuleIds.ACCEPT_PENDING_DOCUMENTS).list("waiver-roles").contains(userRole)) {
            return true;
        }
        return "true".equalsIgnoreCase(actor.settings().get("supervisor-waivers"));
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<MissingDocument> ROW = (rs, n) -> new MissingDocument(rs.getLong("id"), rs.getString("item"),
            rs.getString("description"), rs.getString("provider"), rs.getString("provider_agency"),
            rs.getObject("due_date", LocalDate.class), MissingDocument.State.valueOf(rs.getString("state")),
            instant(rs, "requested_at"), instant(rs, "resolved_at"), rs.getString("resolved_by"), rs.getString("reason"));
}
