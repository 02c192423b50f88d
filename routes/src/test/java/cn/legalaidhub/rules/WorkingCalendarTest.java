package cn.legalaidhub.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic over the shipped 2026 calendar (Beijing time). */
class WorkingCalendarTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final WorkingCalendar calendar = TestRules.shipped().calendar();

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Instant endOf(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(BEIJING).toInstant();
    }

    @Test
    void weekendsHolidaysAndMakeUpDays() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-23"))).as("a Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-22"))).as("a Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("National Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).as("Saturday worked in exchange (调休)").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("Saturday before the Spring Festival, worked").isTrue();
    }

    @Test
    void fiveWorkingDaysDoNotCountTheStartDayOrTheWeekend() {
        // objection received Thursday 2026-11-19: Fri 20, Mon 23, Tue 24, Wed 25, Thu 26 → ends with the 26th
        assertThat(calendar.due(at("2026-11-19T15:00"), TimeLimit.parse("5 working-days"))).isEqualTo(endOf("2026-11-26"));
    }

    @Test
    void workingDaysSkipTheNationalDayHolidayAndCountTheMakeUpSaturday() {
        // Sep 29 (Tue): Sep 30 (Wed) is 1; Oct 1–7 holidays; Oct 8 (Thu) 2, Oct 9 (Fri) 3, Oct 10 (Sat, worked) 4, Oct 12 (Mon) 5
        assertThat(calendar.due(at("2026-09-29T09:00"), TimeLimit.parse("5 working-days"))).isEqualTo(endOf("2026-10-12"));
    }

    @Test
    void sevenDaysEndWithTheSeventhDayAfterTheStart() {
        // accepted Monday 2026-11-16 → the 7 days end with Monday 2026-11-23
        assertThat(calendar.due(at("2026-11-16T10:30"), TimeLimit.parse("7 days"))).isEqualTo(endOf("2026-11-23"));
    }

    @Test
    void aCalendarPeriodEndingOnAHolidayEndsOnTheNextWorkingDay() {
        // 2026-09-24 + 7 = 2026-10-01, a holiday; the next working day is 2026-10-08 (民法典第203条)
        assertThat(calendar.due(at("2026-09-24T10:00"), TimeLimit.parse("7 days"))).isEqualTo(endOf("2026-10-08"));
        // ending on a Sunday moves to the Monday
        assertThat(calendar.due(at("2026-11-15T10:00"), TimeLimit.parse("7 days"))).isEqualTo(endOf("2026-11-23"));
    }

    @Test
    void hoursAreExact() {
        assertThat(calendar.due(at("2026-10-01T23:00"), TimeLimit.parse("24 hours"))).isEqualTo(at("2026-10-02T23:00"));
    }

    @Test
    void workingDaysLeftBetweenTwoInstants() {
        assertThat(calendar.workingDaysBetween(at("2026-11-19T15:00"), endOf("2026-11-26"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(at("2026-11-26T10:00"), endOf("2026-11-26"))).isZero();
        assertThat(calendar.workingDaysBetween(at("2026-09-30T10:00"), endOf("2026-10-08"))).isEqualTo(1);
    }
}
