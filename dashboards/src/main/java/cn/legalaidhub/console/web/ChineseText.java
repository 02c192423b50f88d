package cn.legalaidhub.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese of a hub message for the console, e.g. a batch result row's 原因 or a problem the hub named. The hub writes each problem of a row in both languages
 * ({@code 「身份证号码」'330302********1234' is not a valid … number (…). 身份证号码无效。}), problems separated by
 * {@code ；}; workstation staff read the column, the (masked) value and the Chinese sentences. A problem with no
 * Chinese sentence is kept whole. The result file keeps the full text.
 */
@org.springframework.stereotype.Component("zh")
public class ChineseText {

    private static final Pattern COLUMN = Pattern.compile("^(「[^」]*」)");
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*('[^']*')");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=。)|(?<=\\.)\\s+");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    ChineseText() {
    }

    /** For templates: {@code ${@zh.text(p.message())}}. */
    public String text(String message) {
        return of(message);
    }

    public static String of(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        List<String> problems = new ArrayList<>();
        for (String problem : reason.split("；")) {
            problems.add(problemInChinese(problem.trim()));
        }
        return String.join("；", problems);
    }

    /**
     * A sentence with Chinese in it, unless it is an English one quoting Chinese values
     * ({@code satisfaction is required: 1–5 or 满意/基本满意/不满意.}): starts with a Latin letter and has more of them.
     */
    private static boolean chinese(String sentence) {
        String s = sentence.trim();
        long cjk = CJK.matcher(s).results().count();
        if (cjk == 0) {
            return false;
        }
        boolean latinFirst = !s.isEmpty() && ((s.charAt(0) >= 'a' && s.charAt(0) <= 'z') || (s.charAt(0) >= 'A' && s.charAt(0) <= 'Z'));
        return !latinFirst || cjk >= s.chars().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
    }

    private static String problemInChinese(String problem) {
        Matcher column = COLUMN.matcher(problem);
        String prefix = column.find() ? column.group(1) : "";
        String rest = problem.substring(prefix.length());
        StringBuilder chinese = new StringBuilder();
        String value = "";
        for (String sentence : SENTENCE_END.split(rest)) {
            if (sentence.isBlank()) {
                continue;
            }
            if (chinese(sentence)) {
                chinese.append(sentence.trim());
            } else if (chinese.isEmpty() && value.isEmpty()) {
                Matcher quoted = QUOTED_VALUE.matcher(sentence);
                value = quoted.find() ? quoted.group(1) + " " : "";
            }
        }
        if (chinese.isEmpty()) {
            return problem;
        }
        String text = chinese.toString();
        return prefix + (text.startsWith("'") ? "" : value) + text;
    }
}
