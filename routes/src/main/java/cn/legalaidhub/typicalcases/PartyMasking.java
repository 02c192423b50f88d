package cn.legalaidhub.typicalcases;

import cn.legalaidhub.privacy.Masking;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the parties of a typical case before anyone reads it (典型案例隐去当事人信息): the names of the
 * applicant, the agent and the opposing party taken from the referral are replaced wherever they occur
 * in the write-up (people: surname + 某; organisations: place + 某 + kind of body), and any ID number or
 * mobile number typed into the text is masked as in every shared view.
 */
final class PartyMasking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final List<String> BODY_SUFFIXES = List.of("有限责任公司", "股份有限公司", "有限公司", "公司", "项目部", "工程处", "工厂", "厂",
            "工地", "商行", "商店", "店", "合作社", "中心");

    private final Map<String, String> replacements = new LinkedHashMap<>();
    private final String parties;

    PartyMasking(JsonNode referral, String groupLabel) {
        JsonNode applicant = referral.path("applicant");
        String applicantName = applicant.path("name").asText("");
        String masked = Masking.personName(applicantName);
        add(applicantName, masked);
        StringBuilder text = new StringBuilder("申请人：").append(masked.isEmpty() ? "某某" : masked);
        if (!groupLabel.isEmpty()) {
            text.append("（").append(groupLabel).append("）");
        }
        JsonNode agent = referral.path("agent");
        if (agent.path("name").isTextual()) {
            String agentMasked = Masking.personName(agent.path("name").asText());
            add(agent.path("name").asText(), agentMasked);
            text.append("；代理人：").append(agentMasked);
        }
        String employer = referral.path("opposingParty").path("name").asText("");
        if (employer.isEmpty()) {
            employer = applicant.path("employer").asText("");
        }
        if (!employer.isEmpty()) {
            String employerMasked = organisation(employer);
            add(employer, employerMasked);
            add(applicant.path("employer").asText(""), organisation(applicant.path("employer").asText("")));
            text.append("；对方当事人：").append(employerMasked);
        }
        this.parties = text.toString();
    }

    String parties() {
        return parties;
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        // longest first, so a name inside a longer one is not masked half-way
        for (var e : replacements.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        out = replaceAll(ID_NUMBER.matcher(out), Masking::idNumber);
        return replaceAll(MOBILE.matcher(out), Masking::phone);
    }

    /** 温州鹿城某某建设工程有限公司 → 温州某有限公司: the first two characters (usually the place), 某, the kind of body. */
    static String organisation(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.trim();
        String suffix = BODY_SUFFIXES.stream().filter(n::endsWith).findFirst().orElse("单位");
        int keep = Math.min(2, Math.max(0, n.length() - suffix.length() - 1));
        return n.substring(0, keep) + "某" + suffix;
    }

    private void add(String original, String masked) {
        if (original != null && original.length() > 1 && !original.equals(masked)) {
            replacements.put(original, masked);
        }
    }

    private static String replaceAll(Matcher m, java.util.function.UnaryOperator<String> how) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(how.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
