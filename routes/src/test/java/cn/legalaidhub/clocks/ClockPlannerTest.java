package cn.legalaidhub.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.rules.TestRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClockPlannerTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final ClockPlanner planner = new ClockPlanner(TestRules.shipped());
    private final Instant mondayMorning = LocalDateTime.parse("2026-11-16T10:00").atZone(BEIJING).toInstant();

    private static Instant endOf(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(BEIJING).toInstant();
    }

    @Test
    void theReviewTakesSevenDaysThreeOnTheGreenChannelOneWhenAidComesFirst() {
        assertThat(review(Track.NORMAL).dueAt()).isEqualTo(endOf("2026-11-23"));
        assertThat(review(Track.GREEN).dueAt()).isEqualTo(endOf("2026-11-19"));
        assertThat(review(Track.URGENT).dueAt()).isEqualTo(endOf("2026-11-17"));
    }

    @Test
    void remindsADayBeforeAndEscalatesTwoDaysAfter() {
        Clock c = review(Track.NORMAL);
        assertThat(c.remindAt()).isEqualTo(endOf("2026-11-22"));
        assertThat(c.escalateAt()).isEqualTo(endOf("2026-11-25"));
        assertThat(c.nextFireAt()).isEqualTo(c.remindAt());
        assertThat(c.source()).contains("法律援助法第43条");
    }

    @Test
    void onlyLegalAidCentresReviewAndACloseLimitRunsOnlyOnTheGreenChannel() {
        assertThat(planner.referralClock(ClockKind.REVIEW, "R1", "union-330300", Track.NORMAL, "union", mondayMorning)).isEmpty();
        assertThat(planner.referralClock(ClockKind.CLOSE, "R1", "legalaid-330300", Track.NORMAL, "legalaid", mondayMorning)).isEmpty();
        assertThat(planner.referralClock(ClockKind.CLOSE, "R1", "legalaid-330300", Track.GREEN, "legalaid", mondayMorning)).isPresent();
    }

    @Test
    void acceptingInOneWorkingDayOnTheGreenChannel() {
        Instant friday = LocalDateTime.parse("2026-11-20T16:00").atZone(BEIJING).toInstant();
        Clock accept = planner.referralClock(ClockKind.ACCEPT, "R1", "legalaid-330300", Track.GREEN, "legalaid", friday).orElseThrow();
        assertThat(accept.dueAt()).as("the next working day is Monday").isEqualTo(endOf("2026-11-23"));
    }

    @Test
    void theLimitationWatchRunsOutSevenDaysBeforeTheLimitationDate() {
        Clock watch = planner.limitationWatch("R1", "legalaid-330300", LocalDate.parse("2026-12-20"), mondayMorning).orElseThrow();
        assertThat(watch.dueAt()).isEqualTo(LocalDate.parse("2026-12-13").atStartOfDay(BEIJING).toInstant());
        assertThat(planner.limitationWatch("R1", "legalaid-330300", LocalDate.parse("2026-11-20"), mondayMorning))
                .as("already within seven days: triage made it urgent").isEmpty();
    }

    @Test
    void levelsFireInOrderAndAnOverdueClockSkipsItsReminder() {
        Clock c = review(Track.NORMAL);
        assertThat(Clock.levelAt(c.kind(), 0, c.remindAt().minusSeconds(1), c.remindAt(), c.dueAt(), c.escalateAt())).isZero();
        assertThat(Clock.levelAt(c.kind(), 0, c.remindAt(), c.remindAt(), c.dueAt(), c.escalateAt())).isEqualTo(Clock.REMINDED);
        assertThat(Clock.levelAt(c.kind(), 0, c.dueAt(), c.remindAt(), c.dueAt(), c.escalateAt())).isEqualTo(Clock.OVERDUE);
        assertThat(Clock.levelAt(c.kind(), 0, c.escalateAt(), c.remindAt(), c.dueAt(), c.escalateAt()))
                .as("never escalate before the overdue notice went out").isEqualTo(Clock.OVERDUE);
        assertThat(Clock.levelAt(c.kind(), Clock.OVERDUE, c.escalateAt(), c.remindAt(), c.dueAt(), c.escalateAt())).isEqualTo(Clock.ESCALATED);
        assertThat(Clock.nextFire(c.kind(), Clock.ESCALATED, c.remindAt(), c.dueAt(), c.escalateAt())).isNull();
    }

    private Clock review(Track track) {
        return planner.referralClock(ClockKind.REVIEW, "R1", "legalaid-330300", track, "legalaid", mondayMorning).orElseThrow();
    }
}
