package cn.legalaidhub.console.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods a report can be generated for: half-years and quarters (2026-H1, 2026-Q3) of recent years. */
final class ReportPeriods {

    record Option(String code, String label) {
    }

    static final List<Option> PARTS = List.of(new Option("Q1", "第一季度"), new Option("Q2", "第二季度"), new Option("Q3", "第三季度"),
            new Option("Q4", "第四季度"), new Option("H1", "上半年"), new Option("H2", "下半年"));

    private ReportPeriods() {
    }

    /** This year and the four before it, newest first. */
    static List<Integer> years(LocalDate today) {
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y > today.getYear() - 5; y--) {
            years.add(y);
        }
        return years;
    }

    /** The quarter {@code today} falls in, e.g. Q3. */
    static String currentQuarter(LocalDate today) {
        return "Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /** {@code 2026} and {@code Q3} as the hub's period code, or what was given when the part is unknown (the hub names it). */
    static String code(String year, String part) {
        return (year == null ? "" : year.trim()) + "-" + (part == null ? "" : part.trim());
    }
}
