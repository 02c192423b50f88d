package cn.legalaidhub.messaging;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Production mode against the standalone Artemis broker that deploy/artemis/start.sh runs
 * (HUB_TEST_ARTEMIS_URL; .ci/run starts it, and in CI its absence fails the test).
 */
class StandaloneBrokerIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void referralsTravelThroughTheStandaloneBroker() throws Exception {
        String url = System.getenv("HUB_TEST_ARTEMIS_URL");
        if ("true".equals(System.getenv("CI")) && (url == null || url.isBlank())) {
            throw new IllegalStateException("CI must run this test against the standalone broker: set HUB_TEST_ARTEMIS_URL");
        }
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no standalone broker (deploy/artemis/start.sh)");
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "native-");
        try (LegalAidCenterSimulator center = new LegalAidCenterSimulator("127.0.0.1", 0);
             HubProcess hub = new HubProcess(dataDir, List.of(
                     "--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false",
                     "--spring.artemis.broker-url=" + url,
                     "--spring.artemis.user=" + System.getenv().getOrDefault("HUB_TEST_ARTEMIS_USER", "hub"),
                     "--spring.artemis.password=" + System.getenv().getOrDefault("HUB_TEST_ARTEMIS_PASSWORD", "hub-secret"),
                     "--hub.demo.legalaid-transport=http", "--hub.demo.legalaid-endpoint=" + center.endpoint()))) {
            hub.start();
            HubApiClient arbitration = new HubApiClient(hub.uri(), "demo-arbitration-330300-key");
            HubApiClient legalAid = new HubApiClient(hub.uri(), "demo-legalaid-330300-key");
            SampleReferrals samples = new SampleReferrals(11);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                var response = arbitration.post("/api/v1/referrals", samples.wageArrears("NATIVE-" + System.nanoTime()).toString());
                assertThat(response.status()).isEqualTo(202);
                ids.add(JSON.readTree(response.body()).path("referralId").asText());
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> center.referralsReceived().containsAll(ids));
            assertThat(legalAid.post("/api/v1/referrals/" + ids.get(0) + "/events", "{\"type\":\"ACCEPTED\"}").status())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(arbitration.get("/api/v1/inbox?type=STATUS_EVENT").body())
                    .path("items").toString().contains(ids.get(0)));
        }
    }
}
