package cn.legalaidhub.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A union workstation without a server reads its referrals from the inbox, most urgent first. */
class InboxIT extends HubIntegrationTest {

    @Test
    void fetchingHandsOverMostUrgentFirstAndMarksThemOpened() throws Exception {
        HubApiClient union = as("union-330300");
        drain(union);
        HubApiClient arbitration = as("arbitration-330300");
        ObjectNode plain = referral();
        plain.put("receiverKind", "union");
        ((ObjectNode) plain.get("applicant")).put("group", "OTHER");
        ObjectNode urgent = referral();
        urgent.put("receiverKind", "union");
        ((ArrayNode) urgent.putObject("urgency").putArray("reasons")).add("PRESERVATION_OF_PROPERTY");
        String plainId = json(arbitration.post("/api/v1/referrals", plain.toString())).path("referralId").asText();
        String urgentId = json(arbitration.post("/api/v1/referrals", urgent.toString())).path("referralId").asText();

        List<String> order = new ArrayList<>();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            json(union.get("/api/v1/inbox?type=REFERRAL&size=10")).path("items")
                    .forEach(e -> order.add(e.path("referralId").asText()));
            return order.size() >= 2;
        });

        assertThat(order).containsExactly(urgentId, plainId);
        assertThat(json(union.get("/api/v1/inbox?type=REFERRAL")).path("items")).isEmpty();
        JsonNode view = json(union.get("/api/v1/referrals/" + urgentId));
        assertThat(view.path("status").asText()).isEqualTo("OPENED");
        assertThat(view.toString()).contains("\"type\":\"OPENED\"");
    }

    @Test
    void refusesBadPagingClearly() throws Exception {
        HubApiClient.Response response = as("union-330300").get("/api/v1/inbox?size=5000");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("message").asText()).contains("size");
    }

    private static void drain(HubApiClient client) throws Exception {
        while (json(client.get("/api/v1/inbox?size=200")).path("items").size() > 0) {
            // keep fetching until the inbox is empty
        }
    }
}
