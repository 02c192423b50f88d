package cn.legalaidhub.adapters.hotline;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.PartnerFields;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.DeclineReason;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.OutcomeResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 12348/12345 hotline work orders (工单) ↔ the canonical contract. Inbound: a work order that needs
 * legal aid becomes a referral (工单编号 {@code gdbh} as sourceRef). Outbound: the receiver's answers
 * go back to the work order — replies (回复), return (退单) and closure (办结) — and referrals to a
 * hotline become dispatched work orders (派单).
 */
final class HotlineMapping {

    record Mapped(ObjectNode document, List<FieldProblem> problems) {
    }

    record Outbound(String path, ObjectNode document) {
    }

    /** 诉求分类 sqfl of the hotline's classification. */
    static final Map<String, Category> CLASSIFICATION = ordered(
            "LDBZ-GZQX", Category.UNPAID_WAGES,          // 劳动保障-工资拖欠
            "LDBZ-GS", Category.WORK_INJURY,             // 劳动保障-工伤
            "LDBZ-SB", Category.SOCIAL_INSURANCE,        // 劳动保障-社会保险
            "LDBZ-LDGX", Category.LABOR_RELATIONSHIP,    // 劳动保障-劳动关系
            "LDBZ-JJBC", Category.ECONOMIC_COMPENSATION, // 劳动保障-经济补偿
            "HYJT", Category.MARRIAGE_FAMILY,            // 婚姻家庭
            "HYJT-JTBL", Category.DOMESTIC_VIOLENCE,     // 婚姻家庭-家庭暴力
            "HYJT-FY", Category.MAINTENANCE,             // 婚姻家庭-赡养抚养
            "WCNR", Category.MINOR_PROTECTION,           // 未成年人保护
            "QT", Category.OTHER);                       // 其他
    static final Map<String, String> SEX = ordered("男", "MALE", "女", "FEMALE");
    static final List<String> URGENCY = List.of("一般", "紧急", "特急");

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("/sourceRef", "gdbh"), Map.entry("/region", "xzqh"), Map.entry("/applicant", "ldrxm"),
            Map.entry("/applicant/name", "ldrxm"), Map.entry("/applicant/phone", "ldrdh"), Map.entry("/applicant/idNumber", "zjhm"),
            Map.entry("/applicant/birthDate", "zjhm"), Map.entry("/applicant/sex", "xb"), Map.entry("/applicant/group", "rqlb"),
            Map.entry("/agent", "dlrxm"), Map.entry("/matter", "sqfl"), Map.entry("/matter/category", "sqfl"),
            Map.entry("/matter/facts", "sqnr"), Map.entry("/opposingParty", "dfmc"), Map.entry("/opposingParty/name", "dfmc"),
            Map.entry("/opposingParty/creditCode", "dfxydm"), Map.entry("/opposingParty/address", "dfdz"),
            Map.entry("/amountClaimed", "sjje"), Map.entry("/peopleCount", "sjrs"), Map.entry("/urgency", "jjcd"),
            Map.entry("/consent", "sfty"), Map.entry("/consent/obtainedAt", "ldsj"), Map.entry("/consent/recordedBy", "zxy"));

    private final ObjectMapper mapper;

    HotlineMapping(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A work order needing legal aid → a canonical referral to legal aid. */
    Mapped workOrder(JsonNode order) {
        PartnerFields in = new PartnerFields(order);
        ObjectNode r = mapper.createObjectNode();
        in.requiredText("gdbh", "工单编号").ifPresent(v -> r.put("sourceRef", v));
        r.put("receiverKind", "legalaid");
        in.requiredText("xzqh", "行政区划代码").ifPresent(v -> r.put("region", v));
        ObjectNode applicant = r.putObject("applicant");
        in.requiredText("ldrxm", "来电人姓名").ifPresent(v -> applicant.put("name", v));
        in.code("xb", "性别", SEX, false).ifPresent(v -> applicant.put("sex", v));
        in.requiredText("zjhm", "证件号码").ifPresent(v -> applicant.put("idNumber", v));
        in.text("ldrdh", "来电号码").ifPresent(v -> applicant.put("phone", v));
        String group = in.text("rqlb", "人群类别").map(label -> LabelledCode.parse(Group.class, label).map(Group::code).orElseGet(() -> {
            in.problem("rqlb", "code", "rqlb（人群类别）'" + label + "' 不是可识别的人群类别，可用: "
                    + Arrays.stream(Group.values()).map(Group::label).toList() + ". Unknown group.");
            return null;
        })).orElse("OTHER");
        if (group != null) {
            applicant.put("group", group);
        }
        in.text("dlrxm", "代理人姓名").ifPresent(name -> r.putObject("agent").put("name", name).put("relation", "GUARDIAN"));

        ObjectNode matter = r.putObject("matter");
        in.code("sqfl", "诉求分类", CLASSIFICATION, true).ifPresent(c -> matter.put("category", c.code()));
        matter.put("legalStatus", "NOT_IN_PROCEEDINGS");
        matter.put("role", "CLAIMANT");
        Optional<String> deadline = in.text("blsx", "办理时限");
        String hotline = in.text("rxlx", "热线类型").orElse("12345");
        in.requiredText("sqnr", "诉求内容").ifPresent(v -> matter.put("facts",
                v + deadline.map(d -> "（工单办理时限：" + d + "）").orElse("") + "【" + hotline + "热线工单转介】"));
        in.text("dfmc", "对方名称").ifPresent(name -> {
            ObjectNode opposing = r.putObject("opposingParty").put("name", name);
            in.text("dfxydm", "对方统一社会信用代码").ifPresent(v -> opposing.put("creditCode", v));
            in.text("dfdz", "对方地址").ifPresent(v -> opposing.put("address", v));
        });
        in.number("sjje", "涉及金额").ifPresent(v -> r.put("amountClaimed", v));
        in.integer("sjrs", "涉及人数").ifPresent(v -> r.put("peopleCount", v));
        in.text("jjcd", "紧急程度").ifPresent(level -> {
            if (!URGENCY.contains(level)) {
                in.problem("jjcd", "code", "jjcd（紧急程度）须为 " + URGENCY + " 之一。 Unknown urgency.");
            } else if (!"一般".equals(level)) {
                r.putObject("urgency").put("note", "热线工单紧急程度：" + level).putArray("reasons").add("OTHER");
            }
        });
        JsonNode consented = order.path("sfty");
        if (!(consented.isBoolean() && consented.asBoolean()) && !"是".equals(consented.asText())) {
            in.problem("sfty", "consent", "sfty（是否同意转办）须为 true：转介法律援助须经来电人同意。 The caller's consent is required.");
        }
        ObjectNode consent = r.putObject("consent").put("legalBasis", "APPLICANT_CONSENT");
        in.text("ldsj", "来电时间").ifPresent(v -> consent.put("obtainedAt", v));
        in.text("zxy", "坐席员").ifPresent(v -> consent.put("recordedBy", v));
        return new Mapped(r, in.problems());
    }

    /** The canonical envelope → the hotline's work-order call. */
    Outbound toHotline(JsonNode envelope) {
        JsonNode p = envelope.path("payload");
        return switch (envelope.path("type").asText()) {
            case "REFERRAL" -> new Outbound("/work-orders", dispatch(envelope, p));
            case "STATUS_EVENT" -> answer(p);
            default -> new Outbound("/notices", mapper.createObjectNode().put("lx", envelope.path("type").asText())
                    .put("fbdw", envelope.path("sender").asText()).put("bt", p.path("title").asText(""))
                    .put("nr", p.path("body").asText(p.toString())));
        };
    }

    /** A receiver's answer on the work order it came from: 回复, 退单 or 办结. */
    private Outbound answer(JsonNode e) {
        String order = URLEncoder.encode(e.path("sourceRef").asText(), StandardCharsets.UTF_8);
        String type = e.path("type").asText();
        ObjectNode out = mapper.createObjectNode();
        out.put("gdbh", e.path("sourceRef").asText());
        out.put("zjbh", e.path("referralId").asText());
        String at = e.path("occurredAt").asText(null);
        String agency = e.path("agency").asText();
        switch (type) {
            case "DECLINED" -> {
                DeclineReason reason = DeclineReason.valueOf(e.path("reasonCode").asText("OTHER"));
                out.put("thdw", agency);
                out.put("thyy", reason.label());
                putIf(out, "thsm", e.path("reasonText").asText(null));
                putIf(out, "thsj", at);
                return new Outbound("/work-orders/" + order + "/return", out);
            }
            case "CLOSED" -> {
                JsonNode outcome = e.path("outcome");
                out.put("bjdw", agency);
                out.put("bjjg", OutcomeResult.valueOf(outcome.path("result").asText("OTHER")).label());
                putIf(out, "bjsm", outcome.path("summary").asText(null));
                if (outcome.has("amountRecovered")) {
                    out.put("whje", outcome.path("amountRecovered").decimalValue());
                }
                putIf(out, "bjsj", at);
                return new Outbound("/work-orders/" + order + "/completion", out);
            }
            default -> {
                out.put("hfdw", agency);
                out.put("hflx", switch (type) {
                    case "ACCEPTED" -> "受理";
                    case "ASSIGNED" -> "指派";
                    case "GRANTED", "REFUSED" -> "审查";
                    case "CANCELLED" -> "撤回";
                    default -> "进展";
                });
                out.put("hfnr", replyText(e));
                putIf(out, "hfsj", at);
                return new Outbound("/work-orders/" + order + "/replies", out);
            }
        }
    }

    private static String replyText(JsonNode e) {
        String note = e.path("note").asText("");
        return switch (e.path("type").asText()) {
            case "ACCEPTED" -> "法律援助机构已受理。" + note;
            case "ASSIGNED" -> "已指派承办人：" + e.path("assignee").path("name").asText() + "。" + note;
            case "CANCELLED" -> "转介已撤回。" + note;
            case "GRANTED" -> "经审查，决定给予法律援助。" + note;
            case "REFUSED" -> "经审查，决定不予法律援助。" + note;
            default -> note.isEmpty() ? "办理中。" : note;
        };
    }

    private ObjectNode dispatch(JsonNode envelope, JsonNode r) {
        ObjectNode out = mapper.createObjectNode();
        out.put("lybh", envelope.path("referralId").asText());
        out.put("lydw", envelope.path("sender").asText());
        JsonNode a = r.path("applicant");
        out.put("ldrxm", a.path("name").asText());
        putIf(out, "ldrdh", a.path("phone").asText(null));
        out.put("zjhm", a.path("idNumber").asText());
        out.put("rqlb", Group.valueOf(a.path("group").asText("OTHER")).label());
        Category category = Category.valueOf(r.path("matter").path("category").asText("OTHER"));
        out.put("sqfl", CLASSIFICATION.entrySet().stream().filter(en -> en.getValue() == category).map(Map.Entry::getKey)
                .findFirst().orElse("QT"));
        out.put("sqnr", r.path("matter").path("facts").asText());
        putIf(out, "dfmc", r.path("opposingParty").path("name").asText(null));
        out.put("xzqh", r.path("region").asText());
        out.put("jjcd", envelope.path("triage").path("urgent").asBoolean() ? "紧急" : "一般");
        return out;
    }

    private static void putIf(ObjectNode out, String field, String value) {
        if (value != null && !value.isEmpty()) {
            out.put(field, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
