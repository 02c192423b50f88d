package cn.legalaidhub.worklist;

import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.privacy.RoleMasking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lists one agency's referrals — received, sent, or where it is a further party (an assigned workstation,
 * a former receiver) — from the ledger, read-only: filtered, sorted (overdue, urgent and green channel
 * first by default) and paged, each with its earliest running deadline. Unlike the inbox of the API,
 * reading the list marks nothing delivered.
 */
@Component
class Worklist {

    /** Nothing more to do: a closed or terminated case still has to be archived, a refused one may see an objection. */
    static final List<String> FINISHED = List.of("DECLINED", "CANCELLED", "ARCHIVED");

    record Query(String agency, String direction, String status, String category, Boolean greenChannel, Boolean urgent,
            boolean overdueOnly, String text, String sort, int page, int size, String role) {
    }

    record Page(List<Map<String, Object>> items, long total, int page, int size, Map<String, Long> summary) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AgencyRegistry registry;
    private final ObjectMapper mapper;

    Worklist(NamedParameterJdbcTemplate jdbc, AgencyRegistry registry, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.mapper = mapper;
    }

    Page list(Query q) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("agency", q.agency())
                .addValue("finished", FINISHED);
        String overdue = "r.overdue = true";
        String assigned = "exists (select 1 from referral_party p where p.referral_id = r.id and p.agency_id = :agency)";
        String scope = switch (q.direction()) {
            case "received" -> "r.receiver_agency = :agency";
            case "sent" -> "r.sender_agency = :agency";
            case "assigned" -> assigned;
            default -> "(r.receiver_agency = :agency or r.sender_agency = :agency or " + assigned + ")";
        };
        StringBuilder where = new StringBuilder(" where ").append(scope);
        switch (q.status()) {
            case "open" -> where.append(" and r.status not in (:finished)");
            case "finished" -> where.append(" and r.status in (:finished)");
            case "all" -> { }
            default -> {
                where.append(" and r.status = :status");
                params.addValue("status", q.status());
            }
        }
        if (q.category() != null) {
            where.append(" and r.category = :category");
            params.addValue("category", q.category());
        }
        if (q.greenChannel() != null) {
            where.append(" and r.green_channel = :green");
            params.addValue("green", q.greenChannel());
        }
        if (q.urgent() != null) {
            where.append(" and r.urgent = :urgent");
            params.addValue("urgent", q.urgent());
        }
        if (q.overdueOnly()) {
            where.append(" and ").append(overdue);
        }
        if (q.text() != null) {
            where.append(" and (r.id = :text or r.source_ref = :text or d.payload like :textLike)");
            params.addValue("text", q.text()).addValue("textLike", "%" + q.text().replace("%", "").replace("_", "") + "%");
        }
        String from = " from referral r join referral_document d on d.referral_id = r.id";
        String order = switch (q.sort()) {
            case "submitted" -> " order by r.submitted_at asc, r.id";
            case "-submitted" -> " order by r.submitted_at desc, r.id";
            case "updated" -> " order by r.updated_at desc, r.id";
            case "due" -> " order by case when " + NEXT_DUE + " is null then 1 else 0 end, " + NEXT_DUE + ", r.id";
            default -> " order by r.overdue desc, r.urgent desc, r.green_channel desc, r.priority desc, r.submitted_at asc, r.id";
        };
        Map<String, Long> summary = jdbc.queryForObject("select count(*) total,"
                + " sum(case when " + overdue + " then 1 else 0 end) overdue,"
                + " sum(case when r.urgent then 1 else 0 end) urgent,"
                + " sum(case when r.green_channel then 1 else 0 end) green" + from + where, params, (rs, n) -> {
                    Map<String, Long> s = new LinkedHashMap<>();
                    s.put("total", rs.getLong("total"));
                    s.put("overdue", rs.getLong("overdue"));
                    s.put("urgent", rs.getLong("urgent"));
                    s.put("greenChannel", rs.getLong("green"));
                    return s;
                });
        List<Map<String, Object>> items = jdbc.query("select r.id, r.sender_agency, r.source_ref, r.receiver_agency, r.region,"
                + " r.category, r.applicant_group, r.status, r.priority, r.green_channel, r.urgent, r.overdue, r.rules_fired,"
                + " r.submitted_at, r.updated_at, d.payload" + from + where + order
                + " offset " + ((long) q.page() * q.size()) + " rows fetch next " + q.size() + " rows only", params, (rs, n) -> item(rs, q));
        addDeadlines(items);
        return new Page(items, summary.get("total"), q.page(), q.size(), summary);
    }

    /** The earliest running deadline of the case (the lifecycle's clocks), with what it is for. */
    private static final String NEXT_DUE = "(select min(c.due_at) from clock c where c.referral_id = r.id"
            + " and c.subject_type = 'REFERRAL' and c.state = 'RUNNING')";

    private void addDeadlines(List<Map<String, Object>> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put((String) i.get("referralId"), i));
        jdbc.query("select c.referral_id, c.kind, c.due_at, c.level from clock c where c.referral_id in (:ids)"
                + " and c.subject_type = 'REFERRAL' and c.state = 'RUNNING' order by c.due_at",
                new MapSqlParameterSource("ids", byId.keySet()), rs -> {
                    Map<String, Object> item = byId.get(rs.getString("referral_id"));
                    if (item.get("dueAt") == null) {
                        item.put("dueAt", instant(rs, "due_at").toString());
                        item.put("dueKind", rs.getString("kind"));
                        item.put("dueLabel", clockLabel(rs.getString("kind")));
                    }
                });
    }

    private static String clockLabel(String kind) {
        try {
            return ClockKind.valueOf(kind).label() + "期限";
        } catch (IllegalArgumentException unknown) {
            return kind;
        }
    }

    private Map<String, Object> item(ResultSet rs, Query q) throws SQLException {
        JsonNode referral;
        try {
            referral = mapper.readTree(rs.getString("payload"));
        } catch (Exception unreadable) {
            referral = mapper.createObjectNode();
        }
        String status = rs.getString("status");
        String sender = rs.getString("sender_agency");
        String receiver = rs.getString("receiver_agency");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("referralId", rs.getString("id"));
        item.put("sourceRef", rs.getString("source_ref"));
        item.put("direction", q.agency().equals(receiver) ? "received" : q.agency().equals(sender) ? "sent" : "assigned");
        item.put("sender", sender);
        item.put("senderName", registry.byId(sender).map(a -> a.name()).orElse(sender));
        item.put("receiver", receiver);
        item.put("receiverName", receiver == null ? null : registry.byId(receiver).map(a -> a.name()).orElse(receiver));
        item.put("region", rs.getString("region"));
        item.put("status", status);
        item.put("statusLabel", label(ReferralStatus.class, status));
        item.put("category", rs.getString("category"));
        item.put("categoryLabel", label(Category.class, rs.getString("category")));
        item.put("group", rs.getString("applicant_group"));
        item.put("groupLabel", label(Group.class, rs.getString("applicant_group")));
        item.put("priority", rs.getInt("priority"));
        item.put("greenChannel", rs.getBoolean("green_channel"));
        item.put("urgent", rs.getBoolean("urgent"));
        item.put("overdue", rs.getBoolean("overdue"));
        String rules = rs.getString("rules_fired");
        item.put("rulesFired", rules == null || rules.isEmpty() ? List.of() : Arrays.asList(rules.split(",")));
        item.put("submittedAt", instant(rs, "submitted_at").toString());
        item.put("updatedAt", instant(rs, "updated_at").toString());
        boolean protectedPerson = RoleMasking.isProtectedPerson(referral);
        item.put("applicantName", RoleMasking.applicantName(text(referral.at("/applicant/name")), protectedPerson, q.role()));
        item.put("employerName", text(referral.at("/opposingParty/name")));
        item.put("amountClaimed", referral.path("amountClaimed").isNumber() ? referral.path("amountClaimed").decimalValue() : null);
        item.put("peopleCount", referral.path("peopleCount").asInt(1));
        item.put("limitationDate", text(referral.at("/urgency/limitationDate")));
        item.put("dueAt", null);
        item.put("dueKind", null);
        item.put("dueLabel", null);
        return item;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static <E extends Enum<E> & LabelledCode> String label(Class<E> type, String code) {
        return LabelledCode.parse(type, code).map(LabelledCode::label).orElse(code);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
