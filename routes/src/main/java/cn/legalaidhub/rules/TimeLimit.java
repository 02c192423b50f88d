package cn.legalaidhub.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the rules state it: {@code 24 hours}, {@code 7 days} (calendar days, the last day
 * moved past holidays as the Civil Code art. 203 counts periods) or {@code 5 working-days};
 * {@code 30 seconds} exists for trying the clocks out (tests, demos).
 */
public record TimeLimit(long amount, Unit unit) {

    public enum Unit { SECONDS, HOURS, DAYS, WORKING_DAYS }

    private static final Pattern FORMAT = Pattern.compile("^\\s*(\\d{1,5})\\s*(seconds?|hours?|days?|working-days?)\\s*$");

    public static TimeLimit parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time limit like '24 hours', '7 days' or '5 working-days'");
        }
        String unit = m.group(2);
        return new TimeLimit(Long.parseLong(m.group(1)), unit.startsWith("working") ? Unit.WORKING_DAYS
                : unit.startsWith("day") ? Unit.DAYS : unit.startsWith("second") ? Unit.SECONDS : Unit.HOURS);
    }

    /** The Chinese wording staff read, e.g. 7日, 5个工作日, 24小时. */
    public String label() {
        return switch (unit) {
            case SECONDS -> amount + "秒";
            case HOURS -> amount + "小时";
            case DAYS -> amount + "日";
            case WORKING_DAYS -> amount + "个工作日";
        };
    }

    @Override
    public String toString() {
        return amount + " " + switch (unit) {
            case SECONDS -> "seconds";
            case HOURS -> "hours";
            case DAYS -> "days";
            case WORKING_DAYS -> "working-days";
        };
    }
}
