package cn.legalaidhub.warnings;

import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The grading of early warnings, as lifecycle.yml configures it (EARLY_WARNING_CLUSTER,
 * EARLY_WARNING_FESTIVAL): a cluster takes the highest grade any of its claims, people or amount
 * reaches, one grade higher in the days before the Spring Festival; a city whose claims in those
 * days rise against the same number of days before them is warned on its own.
 */
@Component
class WarningRules {

    /** A grade and the reasons for it, as staff read them. */
    record Grading(Grade grade, List<String> reasons) {
    }

    /** The days before a festival ({@code from} inclusive, {@code festival} exclusive) and the as-long stretch before them. */
    record FestivalWindow(LocalDate festival, LocalDate previousFrom, LocalDate from) {
    }

    private final RuleBook rules;

    WarningRules(RuleBook rules) {
        this.rules = rules;
    }

    Rule cluster() {
        return rules.rule(RuleIds.EARLY_WARNING_CLUSTER);
    }

    Rule festival() {
        return rules.rule(RuleIds.EARLY_WARNING_FESTIVAL);
    }

    Rule ackRule() {
        return rules.rule(RuleIds.EARLY_WARNING_ACK_IN_TIME);
    }

    Duration window() {
        return Duration.ofDays(cluster().limit("window").orElseThrow().amount());
    }

    List<String> categories() {
        return cluster().list("categories");
    }

    List<String> receiverKinds() {
        return cluster().list("receiver-kinds");
    }

    /** The grade of a cluster on {@code day}, or empty when it is below every threshold. */
    Optional<Grading> grade(ClusterStats s, LocalDate day) {
        Rule rule = cluster();
        if (!rule.enabled()) {
            return Optional.empty();
        }
        Grade grade = null;
        List<String> reasons = new ArrayList<>();
        for (Grade g : Grade.values()) {
            List<String> met = new ArrayList<>();
            if (s.claims() >= rule.integer(g.param() + "-claims")) {
                met.add(s.claims() + "件申请（" + g.label() + "预警线 " + rule.integer(g.param() + "-claims") + " 件）");
            }
            if (s.people() >= rule.integer(g.param() + "-people")) {
                met.add(s.people() + "人（" + g.label() + "预警线 " + rule.integer(g.param() + "-people") + " 人）");
            }
            BigDecimal threshold = rule.decimal(g.param() + "-amount");
            if (s.amount().compareTo(threshold) >= 0) {
                met.add("金额" + s.amount().stripTrailingZeros().toPlainString() + "元（" + g.label() + "预警线 "
                        + threshold.toPlainString() + " 元）");
            }
            if (!met.isEmpty()) {
                grade = g;
                reasons = met;
            }
        }
        if (grade == null) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(reasons);
        if (festival().enabled() && festival().flag("raise-cluster-grade") && festivalWindow(day).isPresent() && grade != Grade.RED) {
            all.add("春节前欠薪高发期（" + festivalWindow(day).get().festival() + " 春节前 " + festival().integer("days-before")
                    + " 日内），提高一级：" + grade.label() + " → " + grade.up().label());
            grade = grade.up();
        }
        return Optional.of(new Grading(grade, List.copyOf(all)));
    }

    /** The festival window {@code day} falls in, if any. */
    Optional<FestivalWindow> festivalWindow(LocalDate day) {
        Rule rule = festival();
        if (!rule.enabled()) {
            return Optional.empty();
        }
        int days = rule.integer("days-before");
        return rule.list("festival-dates").stream().map(LocalDate::parse)
                .filter(f -> !day.isBefore(f.minusDays(days)) && day.isBefore(f))
                .min(Comparator.naturalOrder())
                .map(f -> new FestivalWindow(f, f.minusDays(2L * days), f.minusDays(days)));
    }

    /**
     * A city's claims so far in the days before the festival against the as-long stretch before them:
     * a grade when they reach the minimum and rise by one of the configured ratios.
     */
    Optional<Grading> festivalRise(int current, int previous) {
        Rule rule = festival();
        if (!rule.enabled() || current < rule.integer("min-claims")) {
            return Optional.empty();
        }
        // an empty previous stretch counts as one claim: the rise is then the count itself
        BigDecimal ratio = BigDecimal.valueOf(current).divide(BigDecimal.valueOf(Math.max(previous, 1)), 2,
                java.math.RoundingMode.HALF_UP);
        Grade grade = null;
        for (Grade g : Grade.values()) {
            if (ratio.compareTo(rule.decimal(g.param() + "-ratio")) >= 0) {
                grade = g;
            }
        }
        if (grade == null) {
            return Optional.empty();
        }
        String why = "春节前 " + rule.integer("days-before") + " 日内讨薪类申请 " + current + " 件，前一同期 " + previous + " 件，为其 "
                + ratio.stripTrailingZeros().toPlainString() + " 倍（" + grade.label() + "预警线 "
                + rule.decimal(grade.param() + "-ratio").toPlainString() + " 倍）";
        return Optional.of(new Grading(grade, List.of(why)));
    }
}
