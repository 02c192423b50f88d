package cn.legalaidhub.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.support.HubProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two hub replicas on one PostgreSQL ledger and one standalone Artemis broker, with deadlines of a
 * few seconds. The replica sweeping the clocks is killed (SIGKILL) half-way; the other takes over.
 * Every reminder, overdue notice and escalation must have gone out exactly once: none twice, none
 * lost. Needs HUB_TEST_POSTGRES_URL and HUB_TEST_ARTEMIS_URL (.ci/run sets both; CI fails without).
 */
class TwoReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "replicas_it_" + java.util.UUID.randomUUID().toString().substring(0, 8);
    private static final int REFERRALS = 20;

    @Test
    void everyDeadlineLevelFiresExactlyOnceAcrossReplicasEvenWhenTheSweeperDies() throws Exception {
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
            List<String> args = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + System.getenv().getOrDefault("HUB_TEST_POSTGRES_USER", "hub"),
                    "--spring.datasource.password=" + System.getenv().getOrDefault("HUB_TEST_POSTGRES_PASSWORD", "hub"),
                    "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
                    "--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false", "--spring.artemis.broker-url=" + broker,
                    "--spring.artemis.user=" + System.getenv().getOrDefault("HUB_TEST_ARTEMIS_USER", "hub"),
                    "--spring.artemis.password=" + System.getenv().getOrDefault("HUB_TEST_ARTEMIS_PASSWORD", "hub-secret"),
                    "--hub.lifecycle.sweep-period-ms=300"));
            args.add("--HUB_LIFECYCLE=file:" + fastLifecycle(base).toAbsolutePath());
            try (HubProcess first = new HubProcess(Files.createTempDirectory(base, "replica-a-"), args);
                 HubProcess second = new HubProcess(Files.createTempDirectory(base, "replica-b-"), args)) {
                first.launch();
                second.launch();
                first.awaitReady();
                second.awaitReady();
                HubApiClient arbitration = new HubApiClient(first.uri(), "demo-arbitration-330300-key");
                HubApiClient viaSecond = new HubApiClient(second.uri(), "demo-arbitration-330300-key");
                SampleReferrals samples = new SampleReferrals(2026);
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < REFERRALS; i++) {
                    var response = (i % 2 == 0 ? arbitration : viaSecond).post("/api/v1/referrals",
                            samples.wageArrears("REPLICA-" + System.nanoTime()).toString());
                    assertThat(response.status()).as(response.body()).isEqualTo(202);
                    ids.add(JSON.readTree(response.body()).path("referralId").asText());
                }

                await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "select count(*) from clock where level >= 1") > 0);
                String holder = jdbc.queryForObject("select owner from scheduler_lease where name = 'clock-sweep'", String.class);
                HubProcess sweeping = holder.startsWith(first.pid() + "@") ? first : second;
                sweeping.kill();

                await().atMost(Duration.ofSeconds(90)).until(() -> count(jdbc,
                        "select count(*) from clock where kind in ('OPEN','ACCEPT') and level = 3") == 2L * REFERRALS);
                String newHolder = jdbc.queryForObject("select owner from scheduler_lease where name = 'clock-sweep'", String.class);
                assertThat(newHolder).as("the other replica took the lease over").isNotEqualTo(holder);

                Map<String, Integer> perLevel = new HashMap<>();
                for (String body : jdbc.queryForList("select b.body from outbound_message m join outbound_message_body b "
                        + "on b.message_id = m.id where m.type = 'NOTICE'", String.class)) {
                    JsonNode notice = JSON.readTree(body).path("payload");
                    perLevel.merge(notice.path("referralId").asText() + "/" + notice.path("clock").path("kind").asText() + "/"
                            + notice.path("kind").asText(), 1, Integer::sum);
                }
                for (String id : ids) {
                    for (String clock : List.of("OPEN", "ACCEPT")) {
                        for (String level : List.of("OVERDUE", "ESCALATION")) {
                            assertThat(perLevel.get(id + "/" + clock + "/" + level)).as("%s %s %s", id, clock, level).isEqualTo(1);
                        }
                        // a reminder comes before the deadline or not at all: a clock first swept after its
                        // deadline (while the lease passed to the other replica) goes straight to overdue
                        assertThat(perLevel.getOrDefault(id + "/" + clock + "/REMINDER", 0)).as("%s %s REMINDER", id, clock)
                                .isLessThanOrEqualTo(1);
                    }
                }
                assertThat(perLevel.entrySet().stream().filter(e -> e.getKey().endsWith("/REMINDER")).count())
                        .as("reminders went out from both replicas' sweeps").isGreaterThan(0);
            } finally {
                jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    /** The shipped rules, with the open and accept limits cut to seconds. */
    private static Path fastLifecycle(Path dir) throws Exception {
        String yml;
        try (var in = TwoReplicasIT.class.getResourceAsStream("/lifecycle.yml")) {
            yml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String fast = "params: { within: \"6 seconds\", remind-before: \"3 seconds\", escalate-after: \"6 seconds\" }";
        for (String rule : List.of("OPEN_IN_TIME", "ACCEPT_IN_TIME")) {
            yml = yml.replaceFirst("(" + rule + ":\\n(?:        [a-z]+: .*\\n){2})        params: \\{[^\\n]*\\}", "$1        " + fast);
        }
        assertThat(yml.split("6 seconds", -1)).as("both rules rewritten").hasSize(5);
        Path file = Files.createTempFile(dir, "lifecycle-fast-", ".yml");
        Files.writeString(file, yml);
        return file;
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
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
