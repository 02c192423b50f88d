package cn.legalaidhub.adapters.mediation;

import static cn.legalaidhub.support.RestPartnerSimulators.MEDIATION;
import static cn.legalaidhub.support.RestPartnerSimulators.WOMENSFED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The women's federation refers a minor's maintenance claim (flagged), legal aid sends a simple case to
 * the mediation committee, whose agreement or failure comes back as the referral's outcome.
 */
class WomensfedAndMediationIT extends HubIntegrationTest {

    @Test
    void aMinorIsFlaggedAndNeedsARepresentative() throws Exception {
        HubApiClient womensfed = as("womensfed-330300");
        ObjectNode referral = minorsMaintenance();
        referral.remove("agent");
        HubApiClient.Response refused = womensfed.post("/partner/womensfed/referrals", referral.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(json(refused))).containsExactly("agent");

        HubApiClient.Response accepted = womensfed.post("/partner/womensfed/referrals", minorsMaintenance().toString());
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(json(accepted).path("flags").toString()).contains("MINOR", "CATEGORY:FYF");
        String id = json(accepted).path("referralId").asText();
        JsonNode stored = json(as("legalaid-330300").get("/api/v1/referrals/" + id)).path("referral");
        assertThat(stored.path("applicant").path("group").asText()).isEqualTo("MINOR");
        assertThat(stored.path("matter").path("category").asText()).isEqualTo("MAINTENANCE");

        assertThat(as("legalaid-330300").post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\"}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> WOMENSFED.received("").stream()
                .anyMatch(e -> id.equals(e.path("referralId").asText()) && "STATUS_EVENT".equals(e.path("type").asText())));
    }

    @Test
    void anAgreementClosesTheCaseAndAFailureTellsTheReferrerToGoOn() throws Exception {
        String settled = sendToMediation();
        HubApiClient mediation = as("mediation-330381");
        HubApiClient.Response agreed = mediation.post("/partner/mediation/cases/" + settled + "/outcome", JSON.createObjectNode()
                .put("agreement", true).put("mediator", "鹿城区人民调解委员会 张调解员").put("agreementNo", "鹿调〔2026〕118号")
                .put("amount", 12000).put("summary", "用人单位同意分两期支付").toString());
        assertThat(agreed.status()).isEqualTo(202);
        JsonNode view = json(as("legalaid-330300").get("/api/v1/referrals/" + settled));
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("timeline").toString()).contains("SETTLED", "MEDIATION", "鹿调〔2026〕118号");

        String failed = sendToMediation();
        assertThat(mediation.post("/partner/mediation/cases/" + failed + "/progress", "{\"note\":\"已组织双方第一次调解\"}").status())
                .isEqualTo(202);
        HubApiClient.Response noAgreement = mediation.post("/partner/mediation/cases/" + failed + "/outcome",
                "{\"agreement\":false,\"mediator\":\"张调解员\",\"summary\":\"用人单位不认可欠薪数额\"}");
        assertThat(noAgreement.status()).isEqualTo(202);
        JsonNode fellBack = json(as("legalaid-330300").get("/api/v1/referrals/" + failed));
        assertThat(fellBack.path("timeline").toString()).contains("MEDIATION_FAILED", "调解不成");
        assertThat(fellBack.path("receiver").asText()).as("援调对接: no agreement falls back to legal aid with the file")
                .isNotEqualTo("mediation-330381").startsWith("legalaid-");
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.statusEventsReceived().contains(failed));

        HubApiClient.Response bad = mediation.post("/partner/mediation/cases/" + failed + "/outcome", "{\"agreement\":\"yes\"}");
        assertThat(fields(json(bad))).containsExactlyInAnyOrder("agreement", "mediator");
    }

    private String sendToMediation() throws Exception {
        ObjectNode referral = referral();
        referral.put("receiverKind", "mediation");
        referral.put("region", "330381");
        referral.with("matter").put("aidForm", "MEDIATION");
        String id = json(as("legalaid-330300").post("/api/v1/referrals", referral.toString())).path("referralId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> MEDIATION.received("").stream()
                .anyMatch(e -> id.equals(e.path("referralId").asText())));
        return id;
    }

    private ObjectNode minorsMaintenance() {
        ObjectNode r = JSON.createObjectNode();
        r.put("sourceRef", "温妇维〔2026〕" + UUID.randomUUID().toString().substring(0, 8));
        r.put("receiverKind", "legalaid");
        r.put("region", "330302");
        r.putObject("applicant").put("name", "陈某某").put("sex", "FEMALE").put("idNumber", "330302201208050020")
                .put("group", "OTHER");
        r.putObject("agent").put("name", "陈秀英").put("relation", "PARENT").put("phone", "13957701234");
        r.putObject("matter").put("category", "FYF").put("legalStatus", "NOT_IN_PROCEEDINGS")
                .put("facts", "申请人之父离婚后拒付抚养费已十四个月，母亲代为申请法律援助。");
        r.putObject("consent").put("legalBasis", "GUARDIAN_CONSENT");
        return r;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
