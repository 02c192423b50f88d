package cn.legalaidhub.adapters.womensfed;

import cn.legalaidhub.adapters.support.FieldProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A women's-federation workstation refers women and minors (晋司通〔2022〕57号). Its referrals are
 * canonical, with its own case categories allowed in {@code matter.category}; the adapter flags the
 * applicant: a minor by group or by the birth date in the ID number (then a legal representative and
 * a guardian's consent or a statutory basis are required), a woman by sex.
 */
final class WomensfedFlags {

    /** The workstation's own categories (妇联维权类别) → canonical categories. */
    static final Map<String, String> CATEGORIES = Map.of(
            "JTBL", "DOMESTIC_VIOLENCE",          // 家庭暴力
            "FYF", "MAINTENANCE",                 // 抚养费
            "SYF", "MAINTENANCE",                 // 赡养费
            "HYJT", "MARRIAGE_FAMILY",            // 婚姻家庭
            "NZG-GZ", "UNPAID_WAGES",             // 女职工 工资报酬
            "NZG-SYQ", "ECONOMIC_COMPENSATION",   // 女职工 孕期、产期、哺乳期违法解除
            "WCNR", "MINOR_PROTECTION");          // 未成年人保护

    record Flagged(ObjectNode referral, List<String> flags, List<FieldProblem> problems) {
    }

    private WomensfedFlags() {
    }

    static Flagged apply(JsonNode input, LocalDate today) {
        ObjectNode r = ((ObjectNode) input).deepCopy();
        List<String> flags = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        ObjectNode matter = r.with("matter");
        String category = matter.path("category").asText("");
        if (CATEGORIES.containsKey(category)) {
            matter.put("category", CATEGORIES.get(category));
            flags.add("CATEGORY:" + category);
        }
        ObjectNode applicant = r.with("applicant");
        String group = applicant.path("group").asText("");
        Integer age = age(applicant, today);
        boolean minor = "MINOR".equals(group) || (age != null && age < 18);
        if (age != null && age >= 18 && "MINOR".equals(group)) {
            problems.add(new FieldProblem("applicant.group", "/applicant/group", "minor-age",
                    "group is MINOR but the ID number shows an age of " + age + ". 人群类别为未成年人，但证件显示已满十八周岁。"));
        }
        if (minor) {
            flags.add("MINOR");
            if (!"MINOR".equals(group)) {
                addOtherGroup(applicant, group);
                applicant.put("group", "MINOR");
            }
            if (!r.has("agent")) {
                problems.add(new FieldProblem("agent", "/agent", "required",
                        "The applicant is a minor: a legal representative (agent) is required. 申请人未满十八周岁，须由法定代理人代为申请。"));
            }
            String basis = r.path("consent").path("legalBasis").asText("");
            if ("APPLICANT_CONSENT".equals(basis)) {
                problems.add(new FieldProblem("consent.legalBasis", "/consent/legalBasis", "minor-consent",
                        "A minor cannot consent alone: use GUARDIAN_CONSENT, STATUTORY_DUTY or VITAL_INTEREST. 未成年人信息须经监护人同意或依法履职。"));
            }
        } else if ("FEMALE".equals(applicant.path("sex").asText()) && !"WOMAN".equals(group)) {
            addOtherGroup(applicant, "WOMAN");
            flags.add("WOMAN");
        }
        return new Flagged(r, flags, problems);
    }

    /** Age from the birth date in an 18-character resident ID, else from birthDate; null if unknown. */
    static Integer age(JsonNode applicant, LocalDate today) {
        String id = applicant.path("idNumber").asText("");
        String birth = null;
        if ("RESIDENT_ID".equals(applicant.path("idType").asText("RESIDENT_ID")) && id.length() == 18) {
            birth = id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
        } else if (applicant.hasNonNull("birthDate")) {
            birth = applicant.path("birthDate").asText();
        }
        try {
            return birth == null ? null : Period.between(LocalDate.parse(birth), today).getYears();
        } catch (DateTimeParseException e) {
            return null; // the hub's ID check names it
        }
    }

    private static void addOtherGroup(ObjectNode applicant, String group) {
        if (group.isEmpty() || "OTHER".equals(group)) {
            return;
        }
        ArrayNode others = applicant.withArray("otherGroups");
        for (JsonNode g : others) {
            if (g.asText().equals(group)) {
                return;
            }
        }
        others.add(group);
    }
}
