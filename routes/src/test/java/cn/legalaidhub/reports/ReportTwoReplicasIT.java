package cn.legalaidhub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.support.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two hub replicas on one PostgreSQL ledger: both run the end-of-period schedule (catch-up widened so the
 * last ended quarter is due at once), and each report is generated and stored exactly once — one row per
 * (period, region), one "Generated" line across both replicas' logs. Then a report generated on one
 * replica and read on the other matches the PostgreSQL ledger. Needs HUB_TEST_POSTGRES_URL and
 * HUB_TEST_ARTEMIS_URL (.ci/run sets both; CI fails without).
 */
class ReportTwoReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "reports_replicas_" + java.util.UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void theScheduleStoresEachReportOnceAndReportsMatchThePostgresLedger() throws Exception {
        String pg = System.getenv("HUB_TEST_POSTGRES_URL");
        String broker = System.getenv("HUB_TEST_ARTEMIS_URL");
        if ("true".equals(System.getenv("CI")) && (blank(pg) || blank(broker))) {
            throw new IllegalStateException("CI must run this test: set HUB_TEST_POSTGRES_URL and HUB_TEST_ARTEMIS_URL");
        }
        Assumptions.assumeTrue(!blank(pg) && !blank(broker), "needs PostgreSQL and the standalone broker (.ci/run)");
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        try (HikariDataSource ds = dataSource(url)) {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Path base = Files.createDirectories(Path.of("target", "it-data"));
            List<String> args = List.of(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + System.getenv().getOrDefault("HUB_TEST_POSTGRES_USER", "hub"),
                    "--spring.datasource.password=" + System.getenv().getOrDefault("HUB_TEST_POSTGRES_PASSWORD", "hub"),
                    "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
                    "--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false", "--spring.artemis.broker-url=" + broker,
                    "--spring.artemis.user=" + System.getenv().getOrDefault("HUB_TEST_ARTEMIS_USER", "hub"),
                    "--spring.artemis.password=" + System.getenv().getOrDefault("HUB_TEST_ARTEMIS_PASSWORD", "hub-secret"),
                    "--hub.lifecycle.sweep-period-ms=300", "--hub.reports.catch-up-days=100000");
            Path dirA = Files.createTempDirectory(base, "reports-a-");
            Path dirB = Files.createTempDirectory(base, "reports-b-");
            try (HubProcess first = new HubProcess(dirA, args); HubProcess second = new HubProcess(dirB, args)) {
                first.launch();
                second.launch();
                first.awaitReady();
                second.awaitReady();

                List<String> due = ReportPeriod.lastEnded(LocalDate.now(ZONE)).stream().map(p -> ReportLedger.id(p, "330300")).toList();
                await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList("select id from statistics_report", String.class)
                        .containsAll(due));
                // and it stays so while both replicas keep sweeping
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> jdbc.queryForObject("select count(*) from statistics_report", Long.class) == due.size());
                List<Map<String, Object>> rows = jdbc.queryForList("select id, version, generated_by from statistics_report order by id");
                assertThat(rows).extracting(r -> (String) r.get("id")).containsExactlyElementsOf(due.stream().sorted().toList());
                assertThat(rows).allSatisfy(r -> {
                    assertThat(((Number) r.get("version")).intValue()).isEqualTo(1);
                    assertThat(r.get("generated_by")).isEqualTo("SCHEDULE");
                });
                long generated = generatedLines(dirA) + generatedLines(dirB);
                assertThat(generated).as("each report generated and stored by one replica only").isEqualTo(due.size());

                HubApiClient arbitration = new HubApiClient(second.uri(), "demo-arbitration-330300-key");
                HubApiClient legalAid = new HubApiClient(second.uri(), "demo-legalaid-330300-key");
                SampleReferrals samples = new SampleReferrals(7070);
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    var response = arbitration.post("/api/v1/referrals", samples.wageArrears("REPORT-" + System.nanoTime()).toString());
                    assertThat(response.status()).as(response.body()).isEqualTo(202);
                    ids.add(JSON.readTree(response.body()).path("referralId").asText());
                }
                for (String event : List.of("{\"type\":\"ACCEPTED\"}", "{\"type\":\"GRANTED\"}",
                        "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"周律师\",\"kind\":\"LAWYER\"}}",
                        "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"WON\",\"amountRecovered\":23456.78}}")) {
                    var response = legalAid.post("/api/v1/referrals/" + ids.get(0) + "/events", event);
                    assertThat(response.status()).as(response.body()).isEqualTo(202);
                }
                var quality = legalAid.post("/api/v1/referrals/" + ids.get(0) + "/quality/return-visits", "{\"satisfaction\":\"满意\"}");
                assertThat(quality.status()).as(quality.body()).isEqualTo(201);

                ReportPeriod quarter = ReportPeriod.quarterOf(LocalDate.now(ZONE));
                var generatedReport = new HubApiClient(first.uri(), "demo-justice-330300-key").post("/api/v1/reports",
                        "{\"period\":\"" + quarter.code() + "\"}");
                assertThat(generatedReport.status()).as(generatedReport.body()).isEqualTo(201);
                var read = new HubApiClient(second.uri(), "demo-justice-330300-key").get("/api/v1/reports/SR-" + quarter.code() + "-330300");
                JsonNode report = JSON.readTree(read.body());
                assertThat(report).isEqualTo(JSON.readTree(generatedReport.body()));

                OffsetDateTime from = quarter.from().atStartOfDay(ZONE).toOffsetDateTime();
                OffsetDateTime to = quarter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
                String scope = " from referral where region like '3303%' and submitted_at >= ? and submitted_at < ?";
                assertThat(report.path("totals").path("referrals").asLong())
                        .isEqualTo(jdbc.queryForObject("select count(*)" + scope, Long.class, from, to)).isEqualTo(3);
                BigDecimal recovered = jdbc.queryForObject("select sum(amount_recovered)" + scope, BigDecimal.class, from, to);
                assertThat(report.path("totals").path("moneyRecovered").decimalValue()).isEqualByComparingTo(recovered)
                        .isEqualByComparingTo("23456.78");
                Map<String, Long> statuses = new TreeMap<>();
                jdbc.query("select status, count(*) n" + scope + " group by status", rs -> {
                    statuses.put(rs.getString(1), rs.getLong(2));
                }, from, to);
                Map<String, Long> reported = new TreeMap<>();
                report.path("byStatus").forEach(s -> reported.put(s.path("code").asText(), s.path("count").asLong()));
                assertThat(reported).isEqualTo(statuses);
                assertThat(report.path("totals").path("completionRate").asDouble()).isEqualTo(0.333);
                assertThat(report.path("quality").path("returnVisits").asLong()).isEqualTo(1);
                assertThat(report.path("greenChannelByRule").get(0).path("count").asLong()).isEqualTo(
                        jdbc.queryForObject("select count(distinct referral_id) from rule_firing where rule_id = 'GREEN_CHANNEL_MIGRANT_WORKER'",
                                Long.class));
            } finally {
                jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    private static long generatedLines(Path dataDir) throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-run1.log");
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("Generated the ") && l.contains(" report of region ")).count();
        }
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(System.getenv().getOrDefault("HUB_TEST_POSTGRES_USER", "hub"));
        ds.setPassword(System.getenv().getOrDefault("HUB_TEST_POSTGRES_PASSWORD", "hub"));
        ds.setMaximumPoolSize(2);
        return ds;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
