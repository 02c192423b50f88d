package cn.legalaidhub.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The case feed is never the only copy: a coordinator drops it and it is rebuilt from the ledger. */
class CaseFeedRebuildIT extends HubIntegrationTest {

    @Test
    void theFeedIsRebuiltFromTheLedger() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();
        HubApiClient coordinator = as("justice-330300");
        await().atMost(Duration.ofSeconds(15)).until(() -> found(coordinator, id));
        long before = json(coordinator.get("/api/v1/cases?size=1")).path("total").asLong();

        HubApiClient.Response rebuild = coordinator.post("/api/v1/admin/feed/rebuild", "");

        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(json(rebuild).path("referralsToProject").asLong()).isGreaterThanOrEqualTo(before);
        await().atMost(Duration.ofSeconds(30)).until(() -> found(coordinator, id)
                && json(coordinator.get("/api/v1/cases?size=1")).path("total").asLong() >= before);
    }

    @Test
    void onlyCoordinatorsMayRebuild() throws Exception {
        assertThat(as("union-330300").post("/api/v1/admin/feed/rebuild", "").status()).isEqualTo(403);
    }

    private static boolean found(HubApiClient client, String referralId) throws Exception {
        return json(client.get("/api/v1/cases?size=100&q=" + referralId)).path("items").toString()
                .contains("\"referralId\":\"" + referralId + "\"");
    }
}
