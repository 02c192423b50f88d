package cn.legalaidhub.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.legalaid.LegalAidCenterSimulator;
import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.support.HubProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * While 1,000 referrals are being submitted the hub is killed with SIGKILL, restarted on the same
 * data, and the submitters go on (resubmitting what got no answer, as a partner system would).
 * Every referral answered 202 must reach the legal-aid center as exactly one message (a re-send after
 * the kill carries the same Idempotency-Key, which the center ignores) and be searchable.
 */
class CrashRecoveryIT {

    private static final int REFERRALS = 1_000;
    private static final int KILL_AFTER = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aKilledHubLosesNothingItAcceptedAndDeliversNothingTwice() throws Exception {
        Path base = Files.createDirectories(Path.of("target", "it-data"));
        Path dataDir = Files.createTempDirectory(base, "crash-");
        try (LegalAidCenterSimulator center = new LegalAidCenterSimulator("127.0.0.1", 0);
             HubProcess hub = new HubProcess(dataDir, List.of(
                     "--hub.demo.legalaid-transport=http", "--hub.demo.legalaid-endpoint=" + center.endpoint(),
                     "--hub.outbox.period-ms=1000"))) {
            hub.start();
            SampleReferrals samples = new SampleReferrals(7);
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < REFERRALS; i++) {
                bodies.add(samples.wageArrears("CRASH-" + i).toString());
            }
            Set<String> accepted = ConcurrentHashMap.newKeySet();
            Set<Integer> answered = ConcurrentHashMap.newKeySet();
            AtomicInteger next = new AtomicInteger();
            ExecutorService submitters = Executors.newFixedThreadPool(8);
            HubApiClient arbitration = new HubApiClient(hub.uri(), "demo-arbitration-330300-key");
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                running.add(submitters.submit(() -> {
                    for (int i = next.getAndIncrement(); i < REFERRALS; i = next.getAndIncrement()) {
                        submitUntilAnswered(arbitration, bodies.get(i), i, accepted, answered);
                    }
                    return null;
                }));
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> accepted.size() >= KILL_AFTER);
            hub.kill();
            int acceptedBeforeKill = accepted.size();
            hub.start();
            for (Future<?> f : running) {
                f.get();
            }
            submitters.shutdown();

            assertThat(answered).hasSize(REFERRALS);
            assertThat(accepted).hasSize(REFERRALS);
            await("every accepted referral delivered").atMost(Duration.ofSeconds(120))
                    .until(() -> center.referralsReceived().containsAll(accepted));
            HubApiClient coordinator = new HubApiClient(hub.uri(), "demo-justice-330300-key");
            await("every accepted referral searchable").atMost(Duration.ofSeconds(60)).until(() ->
                    JSON.readTree(coordinator.get("/api/v1/cases?size=1").body()).path("total").asLong() == REFERRALS);

            assertThat(center.referralsReceived()).hasSize(REFERRALS);
            assertThat(center.referralsDeliveredAsDifferentMessages()).as("referrals handed to the center twice").isEmpty();
            System.out.printf("crash test: %d accepted before the kill, %d after; %d deliveries repeated with the same "
                    + "Idempotency-Key (ignored by the center)%n",
                    acceptedBeforeKill, REFERRALS - acceptedBeforeKill, center.repeatedDeliveries());
        }
    }

    private static void submitUntilAnswered(HubApiClient hub, String body, int index, Set<String> accepted,
            Set<Integer> answered) throws InterruptedException {
        while (true) {
            try {
                HubApiClient.Response response = hub.post("/api/v1/referrals", body);
                if (response.status() == 202) {
                    accepted.add(JSON.readTree(response.body()).path("referralId").asText());
                    answered.add(index);
                    return;
                }
                if (response.status() < 500) {
                    throw new AssertionError("refused: " + response.status() + " " + response.body());
                }
            } catch (java.io.IOException hubDown) {
                // the hub is being killed or restarted: try again, as a partner system would
            }
            await().pollDelay(Duration.ofMillis(200)).until(() -> true);
        }
    }
}
