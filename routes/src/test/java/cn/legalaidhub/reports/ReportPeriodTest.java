package cn.legalaidhub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void halfYearsAndQuartersHaveTheirDays() {
        ReportPeriod h1 = ReportPeriod.parse("2026-H1").orElseThrow();
        assertThat(h1.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(h1.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(h1.label()).isEqualTo("2026年上半年");
        ReportPeriod q3 = ReportPeriod.parse("2026-q3").orElseThrow();
        assertThat(q3.code()).isEqualTo("2026-Q3");
        assertThat(q3.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.label()).isEqualTo("2026年第三季度");
        assertThat(ReportPeriod.parse("2026-H2").orElseThrow().to()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void malformedPeriodsAreRefused() {
        assertThat(ReportPeriod.parse("2026-H3")).isEmpty();
        assertThat(ReportPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("2026")).isEmpty();
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }

    @Test
    void theEndOfJuneClosesTheSecondQuarterAndTheFirstHalf() {
        assertThat(ReportPeriod.lastEnded(LocalDate.of(2026, 7, 1))).extracting(ReportPeriod::code).containsExactly("2026-Q2", "2026-H1");
        assertThat(ReportPeriod.lastEnded(LocalDate.of(2026, 10, 1))).extracting(ReportPeriod::code).containsExactly("2026-Q3");
        assertThat(ReportPeriod.lastEnded(LocalDate.of(2027, 1, 1))).extracting(ReportPeriod::code).containsExactly("2026-Q4", "2026-H2");
        assertThat(ReportPeriod.lastEnded(LocalDate.of(2026, 11, 25))).extracting(ReportPeriod::code).containsExactly("2026-Q3");
    }
}
