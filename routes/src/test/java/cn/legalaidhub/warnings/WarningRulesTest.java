package cn.legalaidhub.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.rules.RuleIds;
import cn.legalaidhub.rules.TestRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 20);
    private final WarningRules rules = new WarningRules(TestRules.shipped());

    private static ClusterStats stats(int claims, int people, long amount) {
        return new ClusterStats(claims, people, BigDecimal.valueOf(amount), List.of("arbitration"));
    }

    @Test
    void aClusterBelowEveryThresholdIsNoWarning() {
        assertThat(rules.grade(stats(2, 9, 199_999), AUTUMN)).isEmpty();
    }

    @Test
    void eachMeasureReachesAGradeAtItsThresholdExactly() {
        assertThat(rules.grade(stats(3, 1, 0), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.YELLOW);
        assertThat(rules.grade(stats(1, 10, 0), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.YELLOW);
        assertThat(rules.grade(stats(1, 1, 200_000), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.YELLOW);
        assertThat(rules.grade(stats(4, 29, 499_999), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.YELLOW);
        assertThat(rules.grade(stats(5, 1, 0), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.ORANGE);
        assertThat(rules.grade(stats(1, 1, 1_000_000), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.RED);
        assertThat(rules.grade(stats(9, 49, 999_999), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.ORANGE);
        assertThat(rules.grade(stats(10, 1, 0), AUTUMN)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.RED);
    }

    @Test
    void theHighestMeasureDecidesAndItsReasonsAreNamed() {
        WarningRules.Grading g = rules.grade(stats(3, 35, 120_000), AUTUMN).orElseThrow();

        assertThat(g.grade()).isEqualTo(Grade.ORANGE);
        assertThat(g.reasons()).singleElement().asString().contains("35人").contains("橙色预警线 30 人");
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        WarningRules strict = new WarningRules(TestRules.shipped(p -> p.getRules().get(RuleIds.EARLY_WARNING_CLUSTER).getParams()
                .put("yellow-claims", "2")));

        assertThat(strict.grade(stats(2, 1, 0), AUTUMN)).isPresent();
        assertThat(rules.grade(stats(2, 1, 0), AUTUMN)).isEmpty();
    }

    @Test
    void theFestivalWindowIsTheDaysBeforeTheFestivalNotTheFestivalItself() {
        LocalDate festival = LocalDate.of(2027, 2, 6);

        assertThat(rules.festivalWindow(festival.minusDays(31))).isEmpty();
        assertThat(rules.festivalWindow(festival.minusDays(30))).hasValueSatisfying(w -> {
            assertThat(w.festival()).isEqualTo(festival);
            assertThat(w.from()).isEqualTo(festival.minusDays(30));
            assertThat(w.previousFrom()).isEqualTo(festival.minusDays(60));
        });
        assertThat(rules.festivalWindow(festival.minusDays(1))).isPresent();
        assertThat(rules.festivalWindow(festival)).isEmpty();
    }

    @Test
    void beforeTheFestivalAClusterIsGradedOneHigherButNeverAboveRed() {
        LocalDate eve = LocalDate.of(2027, 2, 1);

        WarningRules.Grading yellowBecomesOrange = rules.grade(stats(3, 1, 0), eve).orElseThrow();
        assertThat(yellowBecomesOrange.grade()).isEqualTo(Grade.ORANGE);
        assertThat(yellowBecomesOrange.reasons()).anySatisfy(r -> assertThat(r).contains("春节前").contains("黄色 → 橙色"));
        assertThat(rules.grade(stats(10, 1, 0), eve)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.RED);
        assertThat(rules.grade(stats(2, 1, 0), eve)).as("no cluster, no warning, festival or not").isEmpty();
    }

    @Test
    void aCityIsWarnedWhenClaimsBeforeTheFestivalRiseByTheConfiguredRatios() {
        assertThat(rules.festivalRise(9, 1)).as("below the minimum").isEmpty();
        assertThat(rules.festivalRise(14, 10)).as("1.4 times").isEmpty();
        assertThat(rules.festivalRise(15, 10)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.YELLOW);
        assertThat(rules.festivalRise(20, 10)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.ORANGE);
        assertThat(rules.festivalRise(30, 10)).get().extracting(WarningRules.Grading::grade).isEqualTo(Grade.RED);
        assertThat(rules.festivalRise(12, 0)).as("nothing before: the rise is the count").get()
                .extracting(WarningRules.Grading::grade).isEqualTo(Grade.RED);
    }

    @Test
    void gradesOnlyGoUp() {
        assertThat(Grade.max(Grade.ORANGE, Grade.YELLOW)).isEqualTo(Grade.ORANGE);
        assertThat(Grade.max(null, Grade.YELLOW)).isEqualTo(Grade.YELLOW);
        assertThat(Grade.RED.up()).isEqualTo(Grade.RED);
    }
}
