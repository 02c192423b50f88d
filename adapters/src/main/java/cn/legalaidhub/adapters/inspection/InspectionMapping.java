package cn.legalaidhub.adapters.inspection;

import static cn.legalaidhub.adapters.inspection.InspectionCodes.*;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.PartnerFields;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.DeclineReason;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.OutcomeResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labor inspection's documents ↔ the canonical contract. Inbound: a wage-arrears complaint
 * (投诉举报, fields {@code tsbh, tsrxm, sfzh, dwmc, tyshxydm, qxje, rs, …}) referred to legal aid, and
 * inspection's handling feedback on a referral it received. Outbound: referrals (线索移送), status
 * feedback (处理情况反馈) and early warnings (预警) in inspection's fields.
 */
final class InspectionMapping {

    /** A mapped document, or the problems that kept it from being mapped. */
    record Mapped(ObjectNode document, List<FieldProblem> problems) {
    }

    /** One outbound call: the path below the agency's endpoint and inspection's document. */
    record Outbound(String path, ObjectNode document) {
    }

    /** Canonical pointers → inspection's field names, to name the hub's problems in inspection's terms. */
    static final Map<String, String> FIELDS = fields(
            "/sourceRef", "tsbh", "/region", "xzqh", "/applicant", "tsrxm", "/applicant/name", "tsrxm", "/applicant/sex", "xb",
            "/applicant/birthDate", "csrq", "/applicant/idNumber", "sfzh", "/applicant/phone", "lxdh",
            "/applicant/householdRegistration", "hjdz", "/applicant/group", "rylb", "/applicant/employer", "dwmc",
            "/agent", "dlrxm", "/agent/name", "dlrxm", "/agent/relation", "dlrgx", "/agent/idNumber", "dlrsfzh",
            "/opposingParty", "dwmc", "/opposingParty/name", "dwmc", "/opposingParty/creditCode", "tyshxydm",
            "/opposingParty/address", "dwdz", "/opposingParty/project", "xmmc", "/opposingParty/generalContractor", "zbdw",
            "/matter", "tslb", "/matter/category", "tslb", "/matter/facts", "tsnr", "/amountClaimed", "qxje", "/peopleCount", "rs",
            "/urgency", "sxrq", "/urgency/limitationDate", "sxrq", "/consent", "tyfs", "/consent/recordedBy", "cbr",
            "/consent/obtainedAt", "tsrq", "/type", "zt", "/reasonCode", "thyy", "/reasonText", "sm", "/note", "sm",
            "/assignee", "cbr", "/outcome", "jajg", "/outcome/amountRecovered", "zhje", "/occurredAt", "fssj");

    private final ObjectMapper mapper;

    InspectionMapping(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    // ---- inbound -------------------------------------------------------------------------------

    /** A complaint referred to legal aid → a canonical referral. */
    Mapped complaint(JsonNode complaint) {
        PartnerFields in = new PartnerFields(complaint);
        ObjectNode r = mapper.createObjectNode();
        in.requiredText("tsbh", "投诉编号").ifPresent(v -> r.put("sourceRef", v));
        r.put("receiverKind", "legalaid");
        in.requiredText("xzqh", "行政区划代码").ifPresent(v -> r.put("region", v));

        ObjectNode applicant = r.putObject("applicant");
        in.requiredText("tsrxm", "投诉人姓名").ifPresent(v -> applicant.put("name", v));
        in.code("xb", "性别", SEX, false).ifPresent(v -> applicant.put("sex", v));
        in.text("csrq", "出生日期").ifPresent(v -> applicant.put("birthDate", v));
        in.requiredText("sfzh", "身份证号码").ifPresent(v -> applicant.put("idNumber", v));
        in.text("lxdh", "联系电话").ifPresent(v -> applicant.put("phone", v));
        in.text("hjdz", "户籍地址").ifPresent(v -> applicant.put("householdRegistration", v));
        Group group = in.code("rylb", "人员类别", PERSON_GROUP, false).orElse(Group.OTHER);
        applicant.put("group", group.code());
        in.text("dwmc", "单位名称").ifPresent(v -> applicant.put("employer", v));

        in.text("dlrxm", "代理人姓名").ifPresent(name -> {
            ObjectNode agent = r.putObject("agent").put("name", name);
            in.code("dlrgx", "代理人关系", AGENT_RELATION, true).ifPresent(v -> agent.put("relation", v));
            in.text("dlrsfzh", "代理人身份证号码").ifPresent(v -> agent.put("idNumber", v));
        });

        ObjectNode matter = r.putObject("matter");
        in.code("tslb", "投诉类别", COMPLAINT_CATEGORY, true).ifPresent(c -> matter.put("category", c.code()));
        matter.put("legalStatus", "NOT_IN_PROCEEDINGS");
        matter.put("role", "CLAIMANT");
        Optional<String> period = in.text("qxqj", "欠薪期间");
        in.requiredText("tsnr", "投诉内容").ifPresent(v -> matter.put("facts",
                v + period.map(p -> "（欠薪期间：" + p + "）").orElse("") + "【劳动保障监察转介】"));

        in.text("dwmc", "单位名称").ifPresent(name -> {
            ObjectNode opposing = r.putObject("opposingParty").put("name", name);
            in.text("tyshxydm", "统一社会信用代码").ifPresent(v -> opposing.put("creditCode", v));
            in.text("dwdz", "单位地址").ifPresent(v -> opposing.put("address", v));
            in.text("xmmc", "项目名称").ifPresent(v -> opposing.put("project", v));
            in.text("zbdw", "施工总承包单位").ifPresent(v -> opposing.put("generalContractor", v));
        });
        in.number("qxje", "欠薪金额").ifPresent(v -> r.put("amountClaimed", v));
        in.integer("rs", "涉及人数").ifPresent(v -> r.put("peopleCount", v));

        boolean warning = "1".equals(in.text("yjbz", "预警标志").orElse("0"));
        Optional<String> limitation = in.text("sxrq", "时效届满日");
        if (warning || limitation.isPresent()) {
            ObjectNode urgency = r.putObject("urgency");
            if (warning) {
                urgency.putArray("reasons").add("OTHER");
                urgency.put("note", "劳动保障监察预警：欠薪可能引发群体性事件");
            }
            limitation.ifPresent(v -> urgency.put("limitationDate", v));
        }
        r.putArray("documents").addObject().put("item", "ID_PROOF").put("provided", true).put("note", "监察机构已核验身份");

        ObjectNode consent = r.putObject("consent");
        in.code("tyfs", "信息共享依据", SHARING_BASIS, true).ifPresent(v -> consent.put("legalBasis", v));
        in.text("tsrq", "投诉日期").ifPresent(v -> consent.put("obtainedAt", v.length() == 10 ? v + "T00:00:00+08:00" : v));
        in.text("cbr", "承办监察员").ifPresent(v -> consent.put("recordedBy", v));
        return new Mapped(r, in.problems());
    }

    /**
     * Inspection's handling feedback on a referral it received → the canonical events that bring the
     * referral there, in order (立案 is accepting and naming the inspector who handles it).
     */
    List<ObjectNode> feedback(JsonNode feedback, List<FieldProblem> problems) {
        PartnerFields in = new PartnerFields(feedback);
        List<ObjectNode> events = new ArrayList<>();
        String status = in.code("zt", "办理状态", HANDLING_STATUS, true).map(label -> feedback.path("zt").asText()).orElse(null);
        Optional<String> note = in.text("sm", "说明");
        Optional<String> occurredAt = in.text("fssj", "发生时间");
        if (status != null) {
            switch (status) {
                case "11" -> {
                    events.add(event("ACCEPTED", note, occurredAt));
                    ObjectNode assigned = event("ASSIGNED", Optional.empty(), occurredAt);
                    ObjectNode assignee = assigned.putObject("assignee")
                            .put("name", in.text("cbr", "承办监察员").orElse("劳动保障监察员")).put("kind", "WORKSTATION");
                    in.text("cbrdh", "承办人电话").ifPresent(v -> assignee.put("phone", v));
                    events.add(assigned);
                }
                case "12" -> {
                    ObjectNode declined = event("DECLINED", Optional.empty(), occurredAt);
                    in.code("thyy", "退回原因", DECLINE_REASON, true).ifPresent(r -> declined.put("reasonCode", r.code()));
                    note.ifPresent(v -> declined.put("reasonText", v));
                    events.add(declined);
                }
                case "13" -> events.add(event("PROGRESS", note, occurredAt));
                case "14" -> {
                    ObjectNode closed = event("CLOSED", Optional.empty(), occurredAt);
                    ObjectNode outcome = closed.putObject("outcome");
                    in.code("jajg", "结案结果", OUTCOME, true).ifPresent(r -> outcome.put("result", r.code()));
                    in.number("zhje", "追回金额").ifPresent(v -> outcome.put("amountRecovered", v));
                    note.ifPresent(v -> outcome.put("summary", v));
                    events.add(closed);
                }
                default -> throw new IllegalStateException(status);
            }
        }
        problems.addAll(in.problems());
        return events;
    }

    private ObjectNode event(String type, Optional<String> note, Optional<String> occurredAt) {
        ObjectNode event = mapper.createObjectNode().put("type", type);
        note.ifPresent(v -> event.put("note", v));
        occurredAt.ifPresent(v -> event.put("occurredAt", v));
        return event;
    }

    // ---- outbound ------------------------------------------------------------------------------

    /** The canonical envelope → inspection's call; null for a type inspection takes no call for. */
    Outbound toInspection(JsonNode envelope) {
        JsonNode p = envelope.path("payload");
        return switch (envelope.path("type").asText()) {
            case "REFERRAL" -> new Outbound("/referrals", referral(envelope, p));
            case "STATUS_EVENT" -> new Outbound("/status-feedback", statusFeedback(p));
            case "BULLETIN" -> "EARLY_WARNING".equals(p.path("topic").path("category").asText())
                    ? new Outbound("/warnings", warning(p)) : new Outbound("/notices", notice(envelope, p));
            default -> new Outbound("/notices", notice(envelope, p));
        };
    }

    private ObjectNode referral(JsonNode envelope, JsonNode r) {
        ObjectNode out = mapper.createObjectNode();
        out.put("zjbh", envelope.path("referralId").asText());
        out.put("lydw", envelope.path("sender").asText());
        out.put("lybh", r.path("sourceRef").asText());
        JsonNode a = r.path("applicant");
        put(out, "tsrxm", a.path("name"));
        put(out, "xb", code(SEX, a.path("sex").asText(null)));
        put(out, "csrq", a.path("birthDate"));
        put(out, "sfzh", a.path("idNumber"));
        put(out, "lxdh", a.path("phone"));
        put(out, "hjdz", a.path("householdRegistration"));
        put(out, "rylb", codeOf(PERSON_GROUP, Group.valueOf(a.path("group").asText("OTHER")), "09"));
        JsonNode o = r.path("opposingParty");
        put(out, "dwmc", o.path("name").isMissingNode() ? a.path("employer") : o.path("name"));
        put(out, "tyshxydm", o.path("creditCode"));
        put(out, "dwdz", o.path("address"));
        put(out, "xmmc", o.path("project"));
        put(out, "zbdw", o.path("generalContractor"));
        JsonNode m = r.path("matter");
        put(out, "tslb", codeOf(COMPLAINT_CATEGORY, Category.valueOf(m.path("category").asText("OTHER")), "9900"));
        put(out, "tsnr", m.path("facts"));
        put(out, "xzqh", r.path("region"));
        if (r.has("amountClaimed")) {
            out.put("qxje", r.path("amountClaimed").decimalValue());
        }
        out.put("rs", r.path("peopleCount").asInt(1));
        put(out, "sxrq", r.path("urgency").path("limitationDate"));
        JsonNode triage = envelope.path("triage");
        out.put("jjbz", triage.path("urgent").asBoolean() ? "1" : "0");
        out.put("lstd", triage.path("greenChannel").asBoolean() ? "1" : "0");
        put(out, "tyfs", code(SHARING_BASIS, r.path("consent").path("legalBasis").asText(null)));
        return out;
    }

    private ObjectNode statusFeedback(JsonNode e) {
        ObjectNode out = mapper.createObjectNode();
        String type = e.path("type").asText();
        String status = FEEDBACK_STATUS.getOrDefault(type, "24");
        out.put("zjbh", e.path("referralId").asText());
        put(out, "tsbh", e.path("sourceRef"));
        put(out, "fkdw", e.path("agency"));
        out.put("zt", status);
        out.put("ztmc", FEEDBACK_STATUS_LABEL.get(status));
        String note = e.path("reasonText").asText(e.path("note").asText(e.path("outcome").path("summary").asText(null)));
        if (note != null) {
            out.put("sm", note);
        }
        if (e.has("reasonCode")) {
            out.put("thyy", codeOf(DECLINE_REASON, DeclineReason.valueOf(e.path("reasonCode").asText()), "9"));
        }
        JsonNode assignee = e.path("assignee");
        put(out, "cbr", assignee.path("name"));
        put(out, "cbrdh", assignee.path("phone"));
        JsonNode outcome = e.path("outcome");
        if (outcome.has("result")) {
            out.put("jajg", codeOf(OUTCOME, OutcomeResult.valueOf(outcome.path("result").asText()), "9"));
        }
        if (outcome.has("amountRecovered")) {
            out.put("whje", outcome.path("amountRecovered").decimalValue());
        }
        put(out, "fssj", e.path("occurredAt"));
        return out;
    }

    private ObjectNode warning(JsonNode b) {
        ObjectNode out = mapper.createObjectNode();
        put(out, "yjbh", b.path("bulletinId"));
        put(out, "fbdw", b.path("publisher"));
        put(out, "xzqh", b.path("topic").path("region"));
        put(out, "bt", b.path("title"));
        put(out, "nr", b.path("body"));
        put(out, "fbsj", b.path("publishedAt"));
        out.put("xyqr", b.path("requiresAck").asBoolean() ? "1" : "0");
        return out;
    }

    private ObjectNode notice(JsonNode envelope, JsonNode p) {
        ObjectNode out = mapper.createObjectNode();
        out.put("tzlx", envelope.path("type").asText());
        out.put("fbdw", envelope.path("sender").asText());
        put(out, "bt", p.path("title"));
        out.put("nr", p.toString());
        put(out, "fbsj", envelope.path("sentAt"));
        return out;
    }

    private static String code(Map<String, String> table, String canonical) {
        return canonical == null ? null : codeOf(table, canonical, null);
    }

    private static void put(ObjectNode out, String field, JsonNode value) {
        if (value != null && !value.isMissingNode() && !value.isNull()) {
            out.set(field, value);
        }
    }

    private static void put(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
