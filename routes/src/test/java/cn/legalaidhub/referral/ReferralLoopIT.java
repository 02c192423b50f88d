package cn.legalaidhub.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The closed loop: arbitration refers, legal aid receives by HTTP push and answers, arbitration learns it. */
class ReferralLoopIT extends HubIntegrationTest {

    @Test
    void theReferrerLearnsEveryStepTheReceiverReports() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        HubApiClient legalAid = as("legalaid-330300");
        String id = json(arbitration.post("/api/v1/referrals", referral().toString())).path("referralId").asText();

        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(arbitration, id).equals("DELIVERED"));

        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\"}").status()).isEqualTo(202);
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"GRANTED\"}").status()).isEqualTo(202);
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"周律师\",\"kind\":\"LAWYER\"}}").status()).isEqualTo(202);

        List<String> told = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            json(arbitration.get("/api/v1/inbox?type=STATUS_EVENT&size=50")).path("items").forEach(e -> {
                if (id.equals(e.path("referralId").asText())) {
                    told.add(e.path("payload").path("type").asText());
                }
            });
            return told.size() >= 3;
        });
        assertThat(told).containsExactly("ACCEPTED", "GRANTED", "ASSIGNED");

        JsonNode view = json(arbitration.get("/api/v1/referrals/" + id));
        assertThat(view.path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(view.path("statusLabel").asText()).isEqualTo("已指派");
        List<String> timeline = new ArrayList<>();
        view.path("timeline").forEach(t -> timeline.add(t.path("kind").asText() + ":" + t.path("type").asText()));
        assertThat(timeline).containsExactly("EVENT:SUBMITTED", "RECEIPT:DELIVERED", "EVENT:ACCEPTED", "EVENT:GRANTED",
                "EVENT:ASSIGNED");
        assertThat(view.path("timeline").get(4).path("detail").path("assignee").path("name").asText()).isEqualTo("周律师");
    }

    @Test
    void anImpossibleStepIsRefusedNamingTheAllowedOnes() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();

        HubApiClient.Response closing = as("legalaid-330300").post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"WON\"}}");

        assertThat(closing.status()).isEqualTo(409);
        assertThat(json(closing).path("allowed")).extracting(JsonNode::asText)
                .containsExactly("ACCEPTED", "ACCEPTED_PENDING_DOCUMENTS", "DECLINED");
    }

    @Test
    void theReferrerMayCancelButNotAccept() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        String id = json(arbitration.post("/api/v1/referrals", referral().toString())).path("referralId").asText();

        assertThat(arbitration.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\"}").status()).isEqualTo(409);
        assertThat(arbitration.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"CANCELLED\"}").status())
                .as("cancelling needs confirm: true").isEqualTo(400);
        assertThat(arbitration.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"CANCELLED\",\"confirm\":true}").status())
                .isEqualTo(202);
        assertThat(status(arbitration, id)).isEqualTo("CANCELLED");
    }

    @Test
    void declineNeedsACodedReason() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();
        HubApiClient legalAid = as("legalaid-330300");

        HubApiClient.Response noReason = legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"DECLINED\"}");
        HubApiClient.Response withReason = legalAid.post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"DECLINED\",\"reasonCode\":\"WRONG_REGION\",\"reasonText\":\"应由申请人户籍地法律援助机构受理\"}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(json(noReason).toString()).contains("reasonCode");
        assertThat(withReason.status()).isEqualTo(202);
    }

    @Test
    void onlyPartiesSeeAReferral() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();

        assertThat(as("legalaid-330300").get("/api/v1/referrals/" + id).status()).isEqualTo(200);
        assertThat(as("union-330300").get("/api/v1/referrals/" + id).status()).isEqualTo(404);
        assertThat(as("legalaid-140100").post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\"}").status())
                .isEqualTo(404);
    }

    private static String status(HubApiClient client, String id) throws Exception {
        return json(client.get("/api/v1/referrals/" + id)).path("status").asText();
    }
}
