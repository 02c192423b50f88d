package cn.legalaidhub.adapters.hotline;

import static cn.legalaidhub.support.RestPartnerSimulators.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.RecordingPartnerServer;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 12345 work order becomes a referral; legal aid's replies and closure go back to the work order. */
class HotlineIT extends HubIntegrationTest {

    @BeforeEach
    void hotlineTalksToTheHub() {
        HOTLINE.talkingTo(baseUri(), "it-hotline-330300-key");
    }

    @Test
    void aWorkOrderBecomesAReferralAndItsRepliesAndClosureGoBackToTheWorkOrder() throws Exception {
        String gdbh = "12345-20261120-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode order = HOTLINE.workOrder(gdbh);
        HubApiClient.Response transferred = HOTLINE.transfer(order);
        assertThat(transferred.status()).isEqualTo(202);
        assertThat(json(transferred).path("gdbh").asText()).isEqualTo(gdbh);
        assertThat(json(transferred).path("jsdw").asText()).isEqualTo("legalaid-330300");
        String id = json(transferred).path("zjbh").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        assertThat(json(as("legalaid-330300").get("/api/v1/referrals/" + id)).path("referral").path("applicant").path("group").asText())
                .isEqualTo("NEW_FORM_WORKER");

        HubApiClient legalAid = as("legalaid-330300");
        post(legalAid, id, "{\"type\":\"ACCEPTED\",\"note\":\"已电话联系来电人\"}");
        post(legalAid, id, "{\"type\":\"GRANTED\"}");
        post(legalAid, id, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"周律师\",\"kind\":\"LAWYER\"}}");
        post(legalAid, id, "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"SETTLED\",\"amountRecovered\":9000,\"summary\":\"经调解，站点当场支付工资\"}}");

        await().atMost(Duration.ofSeconds(20)).until(() -> HOTLINE.answersTo(gdbh).size() >= 4);
        List<RecordingPartnerServer.Received> answers = HOTLINE.answersTo(gdbh);
        List<String> paths = new ArrayList<>();
        answers.forEach(a -> paths.add(a.path().substring(a.path().lastIndexOf('/') + 1)));
        assertThat(paths).containsExactly("replies", "replies", "replies", "completion");
        assertThat(answers.get(0).document().path("hflx").asText()).isEqualTo("受理");
        assertThat(answers.get(1).document().path("hflx").asText()).isEqualTo("审查");
        assertThat(answers.get(2).document().path("hfnr").asText()).contains("周律师");
        JsonNode completion = answers.get(3).document();
        assertThat(completion.path("bjjg").asText()).isEqualTo("调解/和解结案");
        assertThat(completion.path("whje").decimalValue()).isEqualByComparingTo("9000");
        assertThat(completion.path("zjbh").asText()).isEqualTo(id);
    }

    @Test
    void aWorkOrderWithoutTheCallersConsentOrWithAnUnknownClassIsRefusedNamingTheFields() throws Exception {
        ObjectNode order = HOTLINE.workOrder("12345-20261120-" + UUID.randomUUID().toString().substring(0, 8));
        order.put("sfty", false);
        order.put("sqfl", "LDBZ-XX");
        order.put("jjcd", "很急");
        HubApiClient.Response refused = HOTLINE.transfer(order);

        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(refused).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("sfty", "sqfl", "jjcd");
    }

    @Test
    void aDeclinedWorkOrderIsReturnedEvenAfterTheHotlineWasDown() throws Exception {
        String gdbh = "12348-20261120-" + UUID.randomUUID().toString().substring(0, 8);
        String id = json(HOTLINE.transfer(HOTLINE.workOrder(gdbh))).path("zjbh").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        HOTLINE.server().stop();
        try {
            post(as("legalaid-330300"), id, "{\"type\":\"DECLINED\",\"reasonCode\":\"NOT_ELIGIBLE\",\"reasonText\":\"非法律援助事项，建议向劳动保障监察投诉\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> json(as("legalaid-330300").get("/api/v1/referrals/" + id))
                    .path("timeline").toString().contains("DELIVERY_FAILED"));
        } finally {
            HOTLINE.server().start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !HOTLINE.answersTo(gdbh).isEmpty());
        RecordingPartnerServer.Received returned = HOTLINE.answersTo(gdbh).get(0);
        assertThat(returned.path()).endsWith("/return");
        assertThat(returned.document().path("thyy").asText()).isEqualTo("不符合法律援助条件");
    }

    private static void post(HubApiClient client, String id, String event) throws Exception {
        assertThat(client.post("/api/v1/referrals/" + id + "/events", event).status()).isEqualTo(202);
    }
}
