package cn.legalaidhub.adapters.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provincial legal-aid platform over AMQP 1.0 (a Qpid JMS client on the hub's broker acceptor):
 * referrals across regions both ways, status back, its own queues only, and nothing lost while it is offline.
 */
class LegalAidPlatformIT extends HubIntegrationTest {

    private static final String PLATFORM = "legalaid-330000";

    @Autowired
    PlatformAcceptor acceptor;

    private final List<ProvincialPlatformSimulator> clients = new ArrayList<>();

    @AfterEach
    void disconnect() {
        clients.forEach(ProvincialPlatformSimulator::close);
    }

    @Test
    void thePlatformRefersAcrossRegionsAndLearnsTheReceiversAnswer() throws Exception {
        ProvincialPlatformSimulator platform = connect("it-" + PLATFORM + "-key");
        ObjectNode referral = referral();
        referral.put("region", "140105");
        platform.refer(referral);

        ProvincialPlatformSimulator.Result result = awaitResult(platform, referral.path("sourceRef").asText());
        assertThat(result.type()).isEqualTo("INTAKE_RESULT");
        assertThat(result.status()).isEqualTo(202);
        assertThat(result.body().path("receiver").asText()).isEqualTo("legalaid-140100");
        String id = result.body().path("referralId").asText();

        HubApiClient taiyuan = as("legalaid-140100");
        await().atMost(Duration.ofSeconds(20)).until(() -> json(taiyuan.get("/api/v1/inbox?type=REFERRAL&size=200")).path("items")
                .toString().contains(id));
        assertThat(taiyuan.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\",\"note\":\"太原市法律援助中心受理\"}")
                .status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> event(platform, id, "ACCEPTED").isPresent());
        assertThat(event(platform, id, "ACCEPTED").orElseThrow().path("payload").path("sourceRef").asText())
                .isEqualTo(referral.path("sourceRef").asText());
    }

    @Test
    void aReferralToAnotherProvincialRegionReachesThePlatformWhichAnswersOverAmqp() throws Exception {
        connect("it-" + PLATFORM + "-key").acceptingEverything();
        HubApiClient arbitration = as("arbitration-330300");
        ObjectNode referral = referral();
        referral.put("region", "330106");
        HubApiClient.Response submitted = arbitration.post("/api/v1/referrals", referral.toString());
        assertThat(json(submitted).path("receiver").asText()).isEqualTo(PLATFORM);
        String id = json(submitted).path("referralId").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> "ASSIGNED".equals(
                json(arbitration.get("/api/v1/referrals/" + id)).path("status").asText()));
        JsonNode view = json(arbitration.get("/api/v1/referrals/" + id));
        assertThat(view.path("timeline").toString()).contains("queued on partner.legalaid-330000.inbox");
    }

    @Test
    void badInputIsAnsweredWithEveryProblem() throws Exception {
        ProvincialPlatformSimulator platform = connect("it-" + PLATFORM + "-key");
        ObjectNode referral = referral();
        referral.with("applicant").put("phone", "12345");
        referral.with("matter").remove("facts");
        platform.refer(referral);

        ProvincialPlatformSimulator.Result result = awaitResult(platform, referral.path("sourceRef").asText());
        assertThat(result.status()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        result.body().path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertThat(pointers).contains("/applicant/phone", "/matter/facts");

        platform.report("R-NO-SUCH", "{\"type\":\"ACCEPTED\"}", "no-such");
        assertThat(awaitResult(platform, "no-such").status()).isEqualTo(404);
    }

    @Test
    void outsidersAndOtherQueuesAreRefused() throws Exception {
        assertThatThrownBy(() -> connect("wrong-key")).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> new ProvincialPlatformSimulator(brokerUri(), "legalaid-330300", "it-legalaid-330300-key"))
                .as("a center that is no messaging platform").isInstanceOf(JMSException.class);
        ProvincialPlatformSimulator platform = connect("it-" + PLATFORM + "-key");
        assertThatThrownBy(() -> platform.sendTo("hub.out.legalaid-330300", "{}")).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> platform.sendTo("hub.in.legalaid.legalaid-140100", "{}")).isInstanceOf(JMSException.class);
    }

    @Test
    void anOfflinePlatformGetsEverythingWhenItComesBack() throws Exception {
        HubApiClient arbitration = as("arbitration-330300");
        ObjectNode referral = referral();
        referral.put("region", "330782");
        String id = json(arbitration.post("/api/v1/referrals", referral.toString())).path("referralId").asText();
        String toLegalAid = json(arbitration.post("/api/v1/referrals", referral().toString())).path("referralId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(toLegalAid));
        await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(
                json(arbitration.get("/api/v1/referrals/" + id)).path("status").asText()));

        ProvincialPlatformSimulator platform = connect("it-" + PLATFORM + "-key");
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.received("REFERRAL").stream()
                .anyMatch(e -> id.equals(e.path("referralId").asText())));
    }

    private ProvincialPlatformSimulator connect(String key) throws JMSException {
        ProvincialPlatformSimulator client = new ProvincialPlatformSimulator(brokerUri(), PLATFORM, key);
        clients.add(client);
        return client;
    }

    private String brokerUri() {
        return "amqp://127.0.0.1:" + acceptor.port();
    }

    private static ProvincialPlatformSimulator.Result awaitResult(ProvincialPlatformSimulator platform, String correlation) {
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.results().stream().anyMatch(r -> correlation.equals(r.correlationId())));
        return platform.results().stream().filter(r -> correlation.equals(r.correlationId())).findFirst().orElseThrow();
    }

    private static Optional<JsonNode> event(ProvincialPlatformSimulator platform, String id, String type) {
        return platform.received("STATUS_EVENT").stream()
                .filter(e -> id.equals(e.path("referralId").asText()) && type.equals(e.path("payload").path("type").asText()))
                .findFirst();
    }
}
