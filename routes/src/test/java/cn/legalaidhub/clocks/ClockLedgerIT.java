package cn.legalaidhub.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.rules.TestRules;
import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Clocks in the ledger on H2 and PostgreSQL: pausing keeps what is left, a level moves on exactly once. */
class ClockLedgerIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final TestDatabases DATABASES = new TestDatabases();
    private final ClockPlanner planner = new ClockPlanner(TestRules.shipped());

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("clocks_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    private ClockLedger ledger(HikariDataSource ds) {
        TestDatabases.require(ds);
        return new ClockLedger(new JdbcTemplate(ds), planner);
    }

    private static Instant local(String at) {
        return LocalDateTime.parse(at).atZone(BEIJING).toInstant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPausedWorkingDayClockKeepsItsWorkingDaysAcrossAHoliday(String db, HikariDataSource ds) {
        ClockLedger clocks = ledger(ds);
        String referral = "R-" + UUID.randomUUID();
        // an objection received Monday 2026-09-28: Sep 29, 30, Oct 8, 9 and Saturday Oct 10 (worked, 调休) — Oct 1–7 are holidays
        Clock objection = planner.fixedClock(ClockKind.OBJECTION, "REFERRAL", referral, referral, "justice-330300", "within",
                local("2026-09-28T10:00")).orElseThrow();
        clocks.insert(objection);
        assertThat(objection.dueAt()).isEqualTo(local("2026-10-11T00:00"));

        clocks.pause(referral, ClockKind.OBJECTION, local("2026-09-29T15:00"));
        Clock paused = clocks.forReferral(referral).get(0);
        assertThat(paused.state()).isEqualTo(Clock.State.PAUSED);
        assertThat(paused.pausedRemaining()).as("Sep 30, Oct 8, 9 and 10 are left").isEqualTo(4);
        assertThat(clocks.due(local("2026-12-31T00:00"), 100)).extracting(Clock::id).doesNotContain(paused.id());

        clocks.resume(referral, ClockKind.OBJECTION, local("2026-11-16T09:00"));
        Clock resumed = clocks.forReferral(referral).get(0);
        assertThat(resumed.state()).isEqualTo(Clock.State.RUNNING);
        assertThat(resumed.dueAt()).as("the four left, after Monday 11-16: 17, 18, 19, 20").isEqualTo(local("2026-11-21T00:00"));
        assertThat(resumed.escalateAt()).as("moved with the deadline").isAfter(resumed.dueAt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPausedClockOfHoursKeepsItsSeconds(String db, HikariDataSource ds) {
        ClockLedger clocks = ledger(ds);
        String referral = "R-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-11-20T02:00:00Z");
        Clock open = planner.referralClock(ClockKind.OPEN, referral, "legalaid-330300", Track.NORMAL, "legalaid", start).orElseThrow();
        clocks.insert(open);
        clocks.pause(referral, ClockKind.OPEN, start.plus(10, ChronoUnit.HOURS));
        clocks.resume(referral, ClockKind.OPEN, start.plus(100, ChronoUnit.HOURS));

        assertThat(clocks.forReferral(referral).get(0).dueAt()).isEqualTo(start.plus(114, ChronoUnit.HOURS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLevelMovesOnOnceWhoeverTriesAndAStoppedClockNever(String db, HikariDataSource ds) {
        ClockLedger clocks = ledger(ds);
        String referral = "R-" + UUID.randomUUID();
        Clock review = planner.referralClock(ClockKind.REVIEW, referral, "legalaid-330300", Track.NORMAL, "legalaid",
                local("2026-11-16T10:00")).orElseThrow();
        clocks.insert(review);
        Clock due = clocks.due(review.remindAt(), 1000).stream().filter(c -> c.id().equals(review.id())).findFirst().orElseThrow();

        assertThat(clocks.advance(due, Clock.REMINDED)).isTrue();
        assertThat(clocks.advance(due, Clock.REMINDED)).as("the other replica, with the same stale read").isFalse();
        Clock reminded = clocks.forReferral(referral).get(0);
        assertThat(reminded.level()).isEqualTo(Clock.REMINDED);
        assertThat(reminded.nextFireAt()).isEqualTo(reminded.dueAt());

        clocks.stop(referral, List.of(ClockKind.REVIEW), Instant.now());
        assertThat(clocks.advance(reminded, Clock.OVERDUE)).isFalse();
        assertThat(clocks.due(local("2027-01-01T00:00"), 1000)).extracting(Clock::id).doesNotContain(review.id());
    }
}
