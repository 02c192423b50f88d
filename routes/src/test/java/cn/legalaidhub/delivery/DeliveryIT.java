package cn.legalaidhub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/** Partners that fail or are down: redelivery with backoff, then the agency's dead-letter queue. */
class DeliveryIT extends HubIntegrationTest {

    @Autowired
    JmsTemplate jms;

    @Test
    void aPartnerThatIsDownGetsItsMessagesOnceItIsBack() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        LEGAL_AID.setFailing(true);
        String id;
        try {
            id = json(arbitration.post("/api/v1/referrals", referral().toString())).path("referralId").asText();
            await().atMost(Duration.ofSeconds(20)).until(() -> timeline(arbitration, id).contains("RECEIPT:DELIVERY_FAILED"));
        } finally {
            LEGAL_AID.setFailing(false);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> timeline(arbitration, id).contains("RECEIPT:DELIVERED"));
    }

    @Test
    void aPartnerThatNeverAnswersDoesNotHoldUpTheOthers() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        ObjectNode toCourt = referral();
        toCourt.put("receiverKind", "court");
        String courtId = json(arbitration.post("/api/v1/referrals", toCourt.toString())).path("referralId").asText();
        String legalAidId = json(arbitration.post("/api/v1/referrals", referral().toString())).path("referralId").asText();

        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(legalAidId));
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(arbitration, courtId).contains("RECEIPT:DEAD_LETTERED"));

        List<String> failures = timeline(arbitration, courtId).stream().filter(t -> t.startsWith("RECEIPT:DELIVERY_FAILED")).toList();
        assertThat(failures).hasSize(3);
        JsonNode dead = findLast(json(arbitration.get("/api/v1/referrals/" + courtId)).path("timeline"), "DEAD_LETTERED");
        assertThat(dead.path("detail").asText()).contains("attempt 4").containsIgnoringCase("connect");

        List<String> parked = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            parked.clear();
            jms.browse("DLA::DLQ.hub.out.court-330300", (session, browser) -> {
                for (Object m : Collections.list(browser.getEnumeration())) {
                    parked.add(((Message) m).getStringProperty("hubReferralId"));
                }
                return null;
            });
            return parked.contains(courtId);
        });

        HubApiClient operator = as("justice-330300");
        JsonNode listed = json(operator.get("/api/v1/admin/dead-letters"));
        assertThat(listed.path("items").toString()).contains(courtId).containsIgnoringCase("connect");
        assertThat(as("arbitration-330300").get("/api/v1/admin/dead-letters").status()).isEqualTo(403);

        JsonNode replayed = json(operator.post("/api/v1/admin/dead-letters/court-330300/replay", ""));
        assertThat(replayed.path("replayed").asInt()).isPositive();
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(arbitration, courtId).stream()
                .filter(t -> t.equals("RECEIPT:DEAD_LETTERED")).count() == 2);
    }

    private static List<String> timeline(HubApiClient client, String id) throws Exception {
        List<String> entries = new ArrayList<>();
        json(client.get("/api/v1/referrals/" + id)).path("timeline")
                .forEach(t -> entries.add(t.path("kind").asText() + ":" + t.path("type").asText()));
        return entries;
    }

    private static JsonNode findLast(JsonNode timeline, String type) {
        JsonNode found = null;
        for (JsonNode t : timeline) {
            if (type.equals(t.path("type").asText())) {
                found = t;
            }
        }
        return found;
    }
}
