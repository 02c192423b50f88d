package cn.legalaidhub.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a half-year ({@code 2026-H1}: January–June, reported at the end of June;
 * {@code 2026-H2}: July–December) or a quarter ({@code 2026-Q3}: July–September). Days are calendar
 * days of the hub's time zone; {@code to} is the last day, inclusive.
 */
record ReportPeriod(String code, boolean halfYear, int year, int number, LocalDate from, LocalDate to) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-([HQ])([1-4])");
    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    static Optional<ReportPeriod> parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim().toUpperCase());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(3));
        boolean half = "H".equals(m.group(2));
        if (half && number > 2 || year < 2000 || year > 2999) {
            return Optional.empty();
        }
        int months = half ? 6 : 3;
        LocalDate from = LocalDate.of(year, (number - 1) * months + 1, 1);
        return Optional.of(new ReportPeriod(year + "-" + m.group(2) + number, half, year, number, from,
                from.plusMonths(months).minusDays(1)));
    }

    static ReportPeriod quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1)).orElseThrow();
    }

    static ReportPeriod halfOf(LocalDate day) {
        return parse(day.getYear() + "-H" + (day.getMonthValue() <= 6 ? 1 : 2)).orElseThrow();
    }

    /** The quarter and half-year that ended most recently before {@code today} (the half-year only if it ended with that quarter). */
    static List<ReportPeriod> lastEnded(LocalDate today) {
        List<ReportPeriod> ended = new ArrayList<>();
        ReportPeriod quarter = quarterOf(quarterOf(today).from().minusDays(1));
        ended.add(quarter);
        ReportPeriod half = halfOf(quarter.to());
        if (half.to().equals(quarter.to())) {
            ended.add(half);
        }
        return ended;
    }

    String label() {
        return halfYear ? year + "年" + (number == 1 ? "上半年" : "下半年") : year + "年第" + QUARTERS[number - 1] + "季度";
    }
}
