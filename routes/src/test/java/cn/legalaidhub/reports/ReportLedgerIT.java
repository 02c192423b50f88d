package cn.legalaidhub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.quality.QualityStatistics;
import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The V70 tables on H2 and PostgreSQL: one report per (period, region), replaced on request; the quality numbers' SQL. */
class ReportLedgerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("reports_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneReportPerPeriodAndRegionAndTheQualityNumbers(String name, HikariDataSource ds) throws Exception {
        TestDatabases.require(ds);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        ReportLedger ledger = new ReportLedger(jdbc);
        ReportPeriod q1 = ReportPeriod.parse("2025-Q1").orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(ledger.insertIfAbsent(q1, "330300", "SCHEDULE", now, "{\"n\":1}")).isTrue();
        assertThat(ledger.insertIfAbsent(q1, "330300", "SCHEDULE", now, "{\"n\":2}")).as("a second replica").isFalse();
        assertThat(ledger.find("SR-2025-Q1-330300").orElseThrow().body()).isEqualTo("{\"n\":1}");
        ledger.save(q1, "330300", "justice-330300", now.plusSeconds(5), "{\"n\":3}");
        var saved = ledger.find("SR-2025-Q1-330300").orElseThrow();
        assertThat(saved.body()).isEqualTo("{\"n\":3}");
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.generatedAt()).isEqualTo(now.plusSeconds(5));
        ledger.save(ReportPeriod.parse("2025-H1").orElseThrow(), "330302", "justice-330300", now, "{}");
        assertThat(ledger.list("3303", 10)).extracting(ReportLedger.StoredReport::id).containsExactly("SR-2025-H1-330302", "SR-2025-Q1-330300");
        assertThat(ledger.existing(java.util.List.of("SR-2025-Q1-330300", "SR-2025-Q2-330300"))).containsExactly("SR-2025-Q1-330300");

        String referral = "R-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into referral (id, sender_agency, source_ref, receiver_agency, receiver_kind, region, category, applicant_group, "
                + "status, priority, green_channel, urgent, rules_fired, version, feed_pending, submitted_at, updated_at) "
                + "values (?, 'arbitration-330300', ?, 'legalaid-330300', 'legalaid', '330302', 'UNPAID_WAGES', 'MIGRANT_WORKER', 'CLOSED', "
                + "7, true, false, '', 1, false, ?, ?)", referral, referral, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
        String insert = "insert into quality_record (referral_id, kind, agency_id, recorded_at, satisfaction, attended, score, grade) "
                + "values (?,?,?,?,?,?,?,?)";
        jdbc.update(insert, referral, "RETURN_VISIT", "legalaid-330300", now.atOffset(ZoneOffset.UTC), 5, null, null, "SATISFIED");
        jdbc.update(insert, referral, "RETURN_VISIT", "legalaid-330300", now.atOffset(ZoneOffset.UTC), 3, null, null, "BASICALLY_SATISFIED");
        jdbc.update(insert, referral, "RETURN_VISIT", "legalaid-330300", now.atOffset(ZoneOffset.UTC), 1, null, null, "DISSATISFIED");
        jdbc.update(insert, referral, "HEARING", "legalaid-330300", now.atOffset(ZoneOffset.UTC), null, true, null, null);
        jdbc.update(insert, referral, "HEARING", "legalaid-330300", now.atOffset(ZoneOffset.UTC), null, false, null, null);
        jdbc.update(insert, referral, "PEER_REVIEW", "legalaid-330300", now.atOffset(ZoneOffset.UTC), null, null, new BigDecimal("91.5"), "EXCELLENT");
        jdbc.update(insert, referral, "PEER_REVIEW", "legalaid-330300", now.atOffset(ZoneOffset.UTC), null, null, new BigDecimal("80.0"), "GOOD");

        Constructor<QualityStatistics> c = QualityStatistics.class.getDeclaredConstructor(NamedParameterJdbcTemplate.class);
        c.setAccessible(true);
        Map<String, Object> q = c.newInstance(new NamedParameterJdbcTemplate(ds))
                .compute("select r.id from referral r where r.id = :id", new MapSqlParameterSource("id", referral));
        assertThat(q).containsEntry("returnVisits", 3L).containsEntry("satisfied", 1L).containsEntry("basicallySatisfied", 1L)
                .containsEntry("dissatisfied", 1L).containsEntry("satisfactionRate", 0.667).containsEntry("hearings", 2L)
                .containsEntry("hearingsAttended", 1L).containsEntry("attendanceRate", 0.5).containsEntry("peerReviews", 2L);
        assertThat((BigDecimal) q.get("averageSatisfaction")).isEqualByComparingTo("3.00");
        assertThat((BigDecimal) q.get("averagePeerScore")).isEqualByComparingTo("85.75");
        assertThat(q.get("peerGrades")).isEqualTo(Map.of("优秀", 1L, "良好", 1L, "合格", 0L, "不合格", 0L));
    }
}
