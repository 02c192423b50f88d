package cn.legalaidhub.adapters.union;

import static cn.legalaidhub.support.RestPartnerSimulators.UNION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A union workstation with a webhook receiver: referrals reach it as signed Standard Webhooks, its
 * answers go back to the referrer, every attempt is in its delivery log, and an outage only delays it.
 */
class UnionWebhookIT extends HubIntegrationTest {

    @BeforeEach
    void workstationAnswersThroughTheHub() {
        UNION.answeringThrough(baseUri(), "it-union-330381-key");
    }

    @Test
    void aSignedAssignmentReachesTheWorkstationAndItsAnswersReachTheReferrer() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        String id = referToRuian(arbitration);

        await().atMost(Duration.ofSeconds(20)).until(() -> UNION.hasReferral(id));
        assertThat(UNION.accept(id, "瑞安市总工会值班律师").status()).isEqualTo(202);
        assertThat(UNION.reportProgress(id, "已约谈用人单位，正在准备仲裁申请材料").status()).isEqualTo(202);

        List<String> told = statusEventsFor(arbitration, id, 3);
        assertThat(told).containsExactly("ACCEPTED", "ASSIGNED", "PROGRESS");
        assertThat(json(arbitration.get("/api/v1/referrals/" + id)).path("status").asText()).isEqualTo("IN_PROGRESS");

        JsonNode log = json(as("union-330381").get("/partner/union/webhook-deliveries?size=200"));
        JsonNode attempt = find(log, id);
        assertThat(attempt.path("outcome").asText()).isEqualTo("DELIVERED");
        assertThat(attempt.path("httpStatus").asInt()).isEqualTo(204);
        assertThat(attempt.path("type").asText()).isEqualTo("REFERRAL");
        assertThat(UNION.received()).containsKey(attempt.path("webhookId").asText());
        assertThat(UNION.verdicts()).doesNotContain(UnionWebhookReceiver.Verdict.BAD_SIGNATURE, UnionWebhookReceiver.Verdict.BAD_TIMESTAMP);
    }

    @Test
    void aWorkstationMayDeclineWithACodedReason() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        String id = referToRuian(arbitration);
        await().atMost(Duration.ofSeconds(20)).until(() -> UNION.hasReferral(id));

        assertThat(UNION.decline(id, "WRONG_REGION", "用工地在平阳县，请转平阳县总工会工作站").status()).isEqualTo(202);

        assertThat(statusEventsFor(arbitration, id, 1)).containsExactly("DECLINED");
    }

    @Test
    void theDeliveryLogIsTheUnionsOwn() throws Exception {
        assertThat(as("arbitration-330300").get("/partner/union/webhook-deliveries").status()).isEqualTo(403);
        assertThat(as("union-330381").get("/partner/union/webhook-deliveries?size=0").status()).isEqualTo(400);
        assertThat(as("union-330300").get("/partner/union/webhook-deliveries").body()).doesNotContain("union-330381");
    }

    @Test
    void aWorkstationThatIsDownGetsItsWebhooksOnceItIsBackAndHoldsUpNoOne() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        UNION.stop();
        String id;
        try {
            id = referToRuian(arbitration);
            String toLegalAid = json(arbitration.post("/api/v1/referrals", referral().toString())).path("referralId").asText();
            await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(toLegalAid));
            await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(find(deliveryLog(), id).path("outcome").asText()));
        } finally {
            UNION.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> UNION.hasReferral(id));

        List<JsonNode> attempts = new ArrayList<>();
        deliveryLog().path("items").forEach(a -> {
            if (id.equals(a.path("referralId").asText())) {
                attempts.add(a);
            }
        });
        assertThat(attempts).extracting(a -> a.path("outcome").asText()).contains("FAILED", "DELIVERED");
        JsonNode failed = attempts.stream().filter(a -> a.path("outcome").asText().equals("FAILED")).findFirst().orElseThrow();
        assertThat(failed.path("error").asText()).containsIgnoringCase("could not be reached");
        assertThat(attempts.stream().filter(a -> a.path("outcome").asText().equals("DELIVERED")).findFirst().orElseThrow()
                .path("attempt").asInt()).isGreaterThan(1);
    }

    private String referToRuian(HubApiClient arbitration) throws Exception {
        ObjectNode referral = referral();
        referral.put("receiverKind", "union");
        referral.put("region", "330381");
        HubApiClient.Response response = arbitration.post("/api/v1/referrals", referral.toString());
        assertThat(response.status()).isEqualTo(202);
        assertThat(json(response).path("receiver").asText()).isEqualTo("union-330381");
        return json(response).path("referralId").asText();
    }

    private JsonNode deliveryLog() throws Exception {
        return json(as("union-330381").get("/partner/union/webhook-deliveries?size=500"));
    }

    private static JsonNode find(JsonNode log, String referralId) {
        for (JsonNode attempt : log.path("items")) {
            if (referralId.equals(attempt.path("referralId").asText())) {
                return attempt;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static List<String> statusEventsFor(HubApiClient referrer, String id, int expected) {
        List<String> told = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            json(referrer.get("/api/v1/inbox?type=STATUS_EVENT&size=200")).path("items").forEach(e -> {
                if (id.equals(e.path("referralId").asText())) {
                    told.add(e.path("payload").path("type").asText());
                }
            });
            return told.size() >= expected;
        });
        return told;
    }
}
