package cn.legalaidhub.adapters.inspection;

import static cn.legalaidhub.support.RestPartnerSimulators.INSPECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Labor inspection's system and the hub, both ways, in inspection's own fields and codes. */
class InspectionIT extends HubIntegrationTest {

    @BeforeEach
    void inspectionTalksToTheHub() {
        INSPECTION.talkingTo(baseUri(), "it-inspection-330300-key");
    }

    @Test
    void aComplaintReachesLegalAidAndItsAnswersComeBackInInspectionsCodes() throws Exception {
        ObjectNode complaint = INSPECTION.complaint("温人社监投〔2026〕IT" + UUID.randomUUID().toString().substring(0, 8));
        HubApiClient.Response answer = INSPECTION.refer(complaint);

        assertThat(answer.status()).isEqualTo(202);
        JsonNode reply = json(answer);
        assertThat(reply.path("tsbh").asText()).isEqualTo(complaint.path("tsbh").asText());
        assertThat(reply.path("jsjg").asText()).isEqualTo("legalaid-330300");
        assertThat(reply.path("ztmc").asText()).isEqualTo("已提交");
        String id = reply.path("zjbh").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));

        JsonNode seen = json(as("legalaid-330300").get("/api/v1/referrals/" + id)).path("referral");
        assertThat(seen.path("applicant").path("idNumber").asText()).isEqualTo(complaint.path("sfzh").asText());
        assertThat(seen.path("opposingParty").path("creditCode").asText()).isEqualTo(complaint.path("tyshxydm").asText());
        assertThat(seen.path("matter").path("category").asText()).isEqualTo("UNPAID_WAGES");

        HubApiClient legalAid = as("legalaid-330300");
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\",\"note\":\"开通绿色通道\"}").status())
                .isEqualTo(202);
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"GRANTED\"}").status()).isEqualTo(202);
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"周律师\",\"kind\":\"LAWYER\",\"phone\":\"13905770222\"}}").status())
                .isEqualTo(202);

        List<JsonNode> feedback = feedbackFor(id, 3);
        assertThat(feedback).extracting(f -> f.path("zt").asText()).containsExactly("21", "26", "23");
        assertThat(feedback.get(0).path("tsbh").asText()).isEqualTo(complaint.path("tsbh").asText());
        assertThat(feedback.get(0).path("sm").asText()).isEqualTo("开通绿色通道");
        assertThat(feedback.get(2).path("cbr").asText()).isEqualTo("周律师");
        assertThat(feedback.get(2).path("fkdw").asText()).isEqualTo("legalaid-330300");
    }

    @Test
    void everyProblemIsNamedInInspectionsFields() throws Exception {
        ObjectNode badCodes = INSPECTION.complaint("温人社监投〔2026〕IT" + UUID.randomUUID().toString().substring(0, 8));
        badCodes.put("tslb", "0199");
        badCodes.remove("tsnr");
        HubApiClient.Response mapping = INSPECTION.refer(badCodes);
        assertThat(mapping.status()).isEqualTo(400);
        assertThat(mapping.body()).contains("\"status\":400");
        assertThat(fields(json(mapping))).containsExactlyInAnyOrder("tslb", "tsnr");

        ObjectNode badIdentifiers = INSPECTION.complaint("温人社监投〔2026〕IT" + UUID.randomUUID().toString().substring(0, 8));
        String id = badIdentifiers.path("sfzh").asText();
        badIdentifiers.put("sfzh", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        badIdentifiers.put("lxdh", "0577-88889999");
        HubApiClient.Response identifiers = INSPECTION.refer(badIdentifiers);
        assertThat(identifiers.status()).isEqualTo(400);
        assertThat(fields(json(identifiers))).containsExactlyInAnyOrder("sfzh", "lxdh");

        HubApiClient.Response notJson = INSPECTION.refer(new com.fasterxml.jackson.databind.node.TextNode("投诉"));
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void onlyInspectionAgenciesUseInspectionsDoor() throws Exception {
        HubApiClient.Response asArbitration = as("arbitration-330300").post("/partner/inspection/complaints",
                INSPECTION.complaint("X-" + UUID.randomUUID()).toString());
        assertThat(asArbitration.status()).isEqualTo(403);
    }

    @Test
    void legalAidRefersToInspectionWhichReportsItsHandlingBack() throws Exception {
        HubApiClient legalAid = as("legalaid-330300");
        ObjectNode referral = referral();
        referral.put("receiverKind", "inspection");
        String id = json(legalAid.post("/api/v1/referrals", referral.toString())).path("referralId").asText();

        await().atMost(Duration.ofSeconds(20)).until(() -> received(id).isPresent());
        JsonNode lead = received(id).orElseThrow();
        assertThat(lead.path("tslb").asText()).isEqualTo("0101");
        assertThat(lead.path("rylb").asText()).isEqualTo("01");
        assertThat(lead.path("sfzh").asText()).isEqualTo(referral.path("applicant").path("idNumber").asText());
        assertThat(lead.path("lybh").asText()).isEqualTo(referral.path("sourceRef").asText());

        HubApiClient.Response filed = INSPECTION.report(id, JSON.createObjectNode().put("zt", "11").put("cbr", "监察员林某")
                .put("sm", "已立案调查"));
        assertThat(filed.status()).isEqualTo(202);
        assertThat(json(filed).path("zt").asText()).isEqualTo("ASSIGNED");
        HubApiClient.Response closed = INSPECTION.report(id, JSON.createObjectNode().put("zt", "14").put("jajg", "1")
                .put("zhje", 52000).put("sm", "用人单位已足额支付"));
        assertThat(closed.status()).isEqualTo(202);

        JsonNode view = json(legalAid.get("/api/v1/referrals/" + id));
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        List<String> timeline = new ArrayList<>();
        view.path("timeline").forEach(t -> timeline.add(t.path("type").asText()));
        assertThat(timeline).containsSubsequence("ACCEPTED", "ASSIGNED", "CLOSED");
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.statusEventsReceived().contains(id));

        HubApiClient.Response tooLate = INSPECTION.report(id, JSON.createObjectNode().put("zt", "13"));
        assertThat(tooLate.status()).isEqualTo(409);
        HubApiClient.Response unknown = INSPECTION.report(id, JSON.createObjectNode().put("zt", "99"));
        assertThat(fields(json(unknown))).containsExactly("zt");
    }

    @Test
    void anInspectionSystemThatIsDownGetsItsFeedbackOnceItIsBack() throws Exception {
        String id = json(INSPECTION.refer(INSPECTION.complaint("温人社监投〔2026〕IT" + UUID.randomUUID().toString().substring(0, 8))))
                .path("zjbh").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        INSPECTION.server().stop();
        try {
            assertThat(as("legalaid-330300").post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\"}").status())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> timeline(id).contains("DELIVERY_FAILED"));
        } finally {
            INSPECTION.server().start();
        }
        assertThat(feedbackFor(id, 1)).extracting(f -> f.path("zt").asText()).containsExactly("21");
    }

    private List<String> timeline(String id) throws Exception {
        List<String> types = new ArrayList<>();
        json(as("legalaid-330300").get("/api/v1/referrals/" + id)).path("timeline").forEach(t -> types.add(t.path("type").asText()));
        return types;
    }

    private static Optional<JsonNode> received(String id) {
        return INSPECTION.referrals().stream().filter(r -> id.equals(r.path("zjbh").asText())).findFirst();
    }

    private static List<JsonNode> feedbackFor(String id, int expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> INSPECTION.feedback().stream()
                .filter(f -> id.equals(f.path("zjbh").asText())).count() >= expected);
        return INSPECTION.feedback().stream().filter(f -> id.equals(f.path("zjbh").asText())).toList();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
