package cn.legalaidhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The batch door adapters use for files: every item judged on its own, the valid ones accepted together. */
class BatchIntakeIT extends HubIntegrationTest {

    @Autowired
    ProducerTemplate producer;

    @Test
    void acceptsTheValidItemsRefusesTheBadOnesAndRepeatsNothing() throws Exception {
        ObjectNode first = referral();
        ObjectNode bad = referral();
        ((ObjectNode) bad.get("applicant")).put("idNumber", "110101199003070000");
        ((ObjectNode) bad.get("applicant")).remove("name");
        ArrayNode batch = JSON.createArrayNode().add(first).add(bad).add(first.deepCopy()).add(referral());

        JsonNode answer = JSON.readTree(send(batch));

        assertThat(answer).hasSize(4);
        assertThat(answer.get(0).path("referralId").asText()).startsWith("R");
        assertThat(answer.get(0).path("duplicate").asBoolean()).isFalse();
        assertThat(answer.get(1).has("referralId")).isFalse();
        assertThat(answer.get(1).path("problems").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/applicant/name", "/applicant/idNumber");
        assertThat(answer.get(2).path("referralId").asText()).isEqualTo(answer.get(0).path("referralId").asText());
        assertThat(answer.get(2).path("duplicate").asBoolean()).isTrue();
        assertThat(answer.get(3).path("index").asInt()).isEqualTo(3);

        String last = answer.get(3).path("referralId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().containsAll(
                java.util.List.of(answer.get(0).path("referralId").asText(), last)));

        JsonNode again = JSON.readTree(send(JSON.createArrayNode().add(first)));
        assertThat(again.get(0).path("referralId").asText()).isEqualTo(answer.get(0).path("referralId").asText());
        assertThat(again.get(0).path("duplicate").asBoolean()).isTrue();
    }

    @Test
    void theSenderFindsItsReferralByItsOwnCaseNumber() throws Exception {
        ObjectNode referral = referral();
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral.toString())).path("referralId").asText();
        String sourceRef = java.net.URLEncoder.encode(referral.path("sourceRef").asText(), java.nio.charset.StandardCharsets.UTF_8);

        JsonNode found = json(as("arbitration-330300").get("/api/v1/referrals?sourceRef=" + sourceRef));

        assertThat(found.path("referralId").asText()).isEqualTo(id);
        assertThat(as("union-330300").get("/api/v1/referrals?sourceRef=" + sourceRef).status()).isEqualTo(404);
        assertThat(as("arbitration-330300").get("/api/v1/referrals").status()).isEqualTo(400);
    }

    private String send(ArrayNode batch) {
        return producer.requestBodyAndHeaders(HubExchange.REFERRAL_INTAKE_BATCH, batch.toString(),
                Map.of(HubExchange.CALLING_AGENCY, "arbitration-330300"), String.class);
    }
}
