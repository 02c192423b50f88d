package cn.legalaidhub.quality;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StaleVersionException;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case quality (质量): return visits to the aided person (回访, satisfaction), hearing attendance of
 * the lawyer (听庭) and peer-review scores (同行评估, SF/T 0085), recorded per case by the agency that
 * handles it (receiver or assigned workstation) or by the region's coordinator. Each record is also
 * a line of the case's timeline, written in the same transaction.
 */
@Component
class QualityRecords {

    private final ReferralLedger ledger;
    private final JdbcTemplate jdbc;
    private final JsonDocuments json;
    private final java.time.Clock clock;

    QualityRecords(ReferralLedger ledger, JdbcTemplate jdbc, JsonDocuments json, java.time.Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    Map<String, Object> record(Agency caller, String referralId, QualityKind kind, JsonNode body) {
        StoredReferral referral = handled(caller, referralId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai"));
        Validated v = validate(kind, body, today);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", kind.name());
        detail.put("label", kind.label());
        detail.putAll(v.view());
        for (int attempt = 0; ; attempt++) {
            StoredReferral current = attempt == 0 ? referral : ledger.find(referralId).orElseThrow();
            ReferralChange change = new ReferralChange()
                    .timeline(TimelineEntry.event(now, kind.name(), caller.id(), null, json.write(detail)))
                    .write(() -> insert(referralId, kind, caller.id(), now, v));
            try {
                ledger.apply(current, change, now);
                break;
            } catch (StaleVersionException raced) {
                if (attempt >= 4) {
                    throw raced;
                }
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("referralId", referralId);
        answer.put("agency", caller.id());
        answer.put("recordedAt", now.toString());
        answer.putAll(detail);
        return answer;
    }

    List<Map<String, Object>> list(Agency caller, String referralId) {
        StoredReferral r = ledger.find(referralId).orElseThrow(() -> notParty(referralId));
        boolean coordinator = caller.coordinator() && r.region().startsWith(caller.regionPrefix());
        if (!coordinator && !ledger.isParty(r, caller.id())) {
            throw notParty(referralId);
        }
        return jdbc.query("select kind, agency_id, recorded_at, occurred_on, satisfaction, attended, score, reviewer, grade, method, note "
                + "from quality_record where referral_id = ? order by id", (rs, n) -> {
                    QualityKind kind = QualityKind.valueOf(rs.getString("kind"));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", kind.name());
                    row.put("label", kind.label());
                    row.put("agency", rs.getString("agency_id"));
                    row.put("recordedAt", rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant().toString());
                    Date on = rs.getDate("occurred_on");
                    row.put("date", on == null ? null : on.toLocalDate().toString());
                    switch (kind) {
                        case RETURN_VISIT -> {
                            row.put("satisfaction", rs.getInt("satisfaction"));
                            Satisfaction level = Satisfaction.valueOf(rs.getString("grade"));
                            row.put("level", level.name());
                            row.put("levelLabel", level.label());
                            row.put("method", rs.getString("method"));
                        }
                        case HEARING -> row.put("attended", rs.getBoolean("attended"));
                        case PEER_REVIEW -> {
                            row.put("score", rs.getBigDecimal("score"));
                            row.put("reviewer", rs.getString("reviewer"));
                            PeerGrade grade = PeerGrade.valueOf(rs.getString("grade"));
                            row.put("grade", grade.name());
                            row.put("gradeLabel", grade.label());
                        }
                    }
                    row.put("note", rs.getString("note"));
                    return row;
                }, referralId);
    }

    /** The receiver, an assigned workstation, or the coordinator of the case's region may record quality. */
    private StoredReferral handled(Agency caller, String referralId) {
        StoredReferral r = ledger.find(referralId).orElseThrow(() -> notParty(referralId));
        boolean coordinator = caller.coordinator() && r.region().startsWith(caller.regionPrefix());
        boolean receiver = caller.id().equals(r.receiverAgency());
        boolean assignee = ledger.parties(r.id()).stream().anyMatch(p -> p.agencyId().equals(caller.id()) && "ASSIGNEE".equals(p.role()));
        if (coordinator || receiver || assignee) {
            return r;
        }
        if (ledger.isParty(r, caller.id())) {
            throw HubException.forbidden("Quality records of " + r.id() + " are kept by the agency handling the case (" + r.receiverAgency()
                    + ") or the region's coordinator. 质量记录由承办机构或司法行政机关填报。");
        }
        throw notParty(referralId);
    }

    private static HubException notParty(String id) {
        return HubException.notFound("No referral " + id + " that your agency is party to.");
    }

    record Validated(LocalDate date, Integer satisfaction, String grade, Boolean attended, BigDecimal score, String reviewer,
            String method, String note, Map<String, Object> view) {
    }

    /** Checks a record's body and names every problem at once (一次性告知). */
    static Validated validate(QualityKind kind, JsonNode body, LocalDate today) {
        List<Problem.FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!kind.fields().contains(f)) {
                problems.add(new Problem.FieldError("/" + f, "unknown", f + " is not a field of a " + kind.name() + " record; allowed: "
                        + kind.fields() + ". 不支持的字段。"));
            }
        });
        String dateField = kind.dateField();
        LocalDate date = today;
        JsonNode rawDate = body.path(dateField);
        if (rawDate.isMissingNode() || rawDate.isNull()) {
            if (kind == QualityKind.HEARING) {
                problems.add(new Problem.FieldError("/" + dateField, "required", dateField + " is required: the day of the hearing. 请填写开庭日期。"));
            }
        } else {
            try {
                date = LocalDate.parse(rawDate.asText());
                if (date.isAfter(today)) {
                    problems.add(new Problem.FieldError("/" + dateField, "future", dateField + " must not be in the future. 日期不得晚于今天。"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem.FieldError("/" + dateField, "format", dateField + " must be a date like 2026-06-30. 日期格式应为 2026-06-30。"));
            }
        }
        String note = text(body, "note", 2000, false, problems);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(dateField, date.toString());
        Integer satisfaction = null;
        String grade = null;
        Boolean attended = null;
        BigDecimal score = null;
        String reviewer = null;
        String method = null;
        switch (kind) {
            case RETURN_VISIT -> {
                JsonNode s = body.path("satisfaction");
                if (s.isMissingNode() || s.isNull()) {
                    problems.add(new Problem.FieldError("/satisfaction", "required", "satisfaction is required: 1–5 or 满意/基本满意/不满意. "
                            + "请填写满意度。"));
                } else if (s.isIntegralNumber()) {
                    if (s.asInt() < 1 || s.asInt() > 5) {
                        problems.add(new Problem.FieldError("/satisfaction", "range", "satisfaction must be between 1 and 5. 满意度为1至5分。"));
                    } else {
                        satisfaction = s.asInt();
                    }
                } else {
                    var level = Satisfaction.parse(s.asText());
                    if (level.isEmpty()) {
                        problems.add(new Problem.FieldError("/satisfaction", "enum", "satisfaction must be 1–5 or one of 满意, 基本满意, "
                                + "不满意 (SATISFIED, BASICALLY_SATISFIED, DISSATISFIED). 满意度取值不正确。"));
                    } else {
                        satisfaction = level.get().score();
                    }
                }
                JsonNode m = body.path("method");
                if (!m.isMissingNode() && !m.isNull()) {
                    var parsed = VisitMethod.parse(m.asText());
                    if (parsed.isEmpty()) {
                        problems.add(new Problem.FieldError("/method", "enum", "method must be one of " + java.util.Arrays.toString(
                                VisitMethod.values()) + " (电话/上门/短信/网络). 回访方式取值不正确。"));
                    } else {
                        method = parsed.get().name();
                    }
                }
                if (satisfaction != null) {
                    Satisfaction level = Satisfaction.of(satisfaction);
                    grade = level.name();
                    view.put("satisfaction", satisfaction);
                    view.put("level", level.name());
                    view.put("levelLabel", level.label());
                }
                if (method != null) {
                    view.put("method", method);
                }
            }
            case HEARING -> {
                JsonNode a = body.path("attended");
                if (!a.isBoolean()) {
                    problems.add(new Problem.FieldError("/attended", a.isMissingNode() ? "required" : "type",
                            "attended is required: true if the lawyer attended the hearing, else false. 请填写承办律师是否出庭。"));
                } else {
                    attended = a.asBoolean();
                    view.put("attended", attended);
                }
            }
            case PEER_REVIEW -> {
                JsonNode s = body.path("score");
                if (!s.isNumber()) {
                    problems.add(new Problem.FieldError("/score", s.isMissingNode() ? "required" : "type",
                            "score is required: a number from 0 to 100. 请填写评估分数（0–100）。"));
                } else if (s.decimalValue().compareTo(BigDecimal.ZERO) < 0 || s.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0
                        || s.decimalValue().stripTrailingZeros().scale() > 1) {
                    problems.add(new Problem.FieldError("/score", "range", "score must be from 0 to 100 with at most one decimal. "
                            + "评估分数为0至100分，最多一位小数。"));
                } else {
                    score = s.decimalValue().setScale(1, java.math.RoundingMode.UNNECESSARY);
                    view.put("score", score);
                }
                reviewer = text(body, "reviewer", 100, true, problems);
                if (reviewer != null) {
                    view.put("reviewer", reviewer);
                }
                JsonNode g = body.path("grade");
                if (g.isMissingNode() || g.isNull()) {
                    problems.add(new Problem.FieldError("/grade", "required", "grade is required: 优秀/良好/合格/不合格. 请填写评估等次。"));
                } else {
                    var parsed = PeerGrade.parse(g.asText());
                    if (parsed.isEmpty()) {
                        problems.add(new Problem.FieldError("/grade", "enum", "grade must be one of 优秀, 良好, 合格, 不合格 "
                                + "(EXCELLENT, GOOD, PASS, FAIL). 评估等次取值不正确。"));
                    } else {
                        grade = parsed.get().name();
                        view.put("grade", grade);
                        view.put("gradeLabel", parsed.get().label());
                    }
                }
            }
        }
        if (note != null) {
            view.put("note", note);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid " + kind.name() + " record", problems);
        }
        return new Validated(date, satisfaction, grade, attended, score, reviewer, method, note, view);
    }

    private static String text(JsonNode body, String field, int max, boolean required, List<Problem.FieldError> problems) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            if (required) {
                problems.add(new Problem.FieldError("/" + field, "required", field + " is required. 必填。"));
            }
            return null;
        }
        if (!n.isTextual()) {
            problems.add(new Problem.FieldError("/" + field, "type", field + " must be text. 应为文本。"));
            return null;
        }
        if (n.asText().length() > max) {
            problems.add(new Problem.FieldError("/" + field, "maxLength", field + " is longer than " + max + " characters. 超过长度上限。"));
            return null;
        }
        return n.asText().trim();
    }

    private void insert(String referralId, QualityKind kind, String agency, Instant now, Validated v) {
        jdbc.update("insert into quality_record (referral_id, kind, agency_id, recorded_at, occurred_on, satisfaction, attended, score, "
                + "reviewer, grade, method, note) values (?,?,?,?,?,?,?,?,?,?,?,?)", referralId, kind.name(), agency, now.atOffset(ZoneOffset.UTC),
                Date.valueOf(v.date()), v.satisfaction(), v.attended(), v.score(), v.reviewer(), v.grade(), v.method(), v.note());
    }

}
