package cn.legalaidhub.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadlines in the running hub, with its clock moved forward: reminders, overdue notices and
 * escalations reach the right agencies exactly once; the review waits while documents are missing;
 * a near limitation makes a case urgent; a mediation that runs out of time falls back on its own.
 */
class ClocksIT extends HubIntegrationTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anUnopenedReferralIsChasedAtTheReceiverThenEscalatedToTheJusticeBureau() throws Exception {
        ObjectNode referral = referral();
        referral.put("region", "140105");
        String id = submit(referral);
        HubApiClient taiyuan = as("legalaid-140100");

        clock.advance(Duration.ofHours(25));
        List<JsonNode> chased = collect(taiyuan, id, n -> "OVERDUE".equals(n.path("kind").asText())
                && "OPEN".equals(n.path("clock").path("kind").asText()));
        assertThat(chased.get(0).path("responsibleAgency").asText()).isEqualTo("legalaid-140100");
        assertThat(chased.get(0).path("rule").path("source").asText()).contains("24小时");

        clock.advance(Duration.ofHours(25));
        List<JsonNode> escalated = collect(as("justice-140100"), id, n -> "ESCALATION".equals(n.path("kind").asText())
                && "OPEN".equals(n.path("clock").path("kind").asText()));
        assertThat(escalated.get(0).path("title").asText()).contains("督办", "legalaid-140100");

        JsonNode view = json(taiyuan.get("/api/v1/referrals/" + id));
        assertThat(view.path("overdue").asBoolean()).isTrue();
        assertThat(view.path("timeline")).extracting(t -> t.path("type").asText()).contains("CLOCK_OVERDUE", "CLOCK_ESCALATED");
        awaitSweeps(3);
        assertThat(notices(id, "legalaid-140100", "OVERDUE", "OPEN")).as("each level fires once, however often the sweep runs")
                .isEqualTo(1);
        assertThat(notices(id, "justice-140100", "ESCALATION", "OPEN")).isEqualTo(1);

        assertThat(taiyuan.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\"}").status()).isEqualTo(202);
        JsonNode accepted = json(taiyuan.get("/api/v1/referrals/" + id));
        assertThat(accepted.path("overdue").asBoolean()).as("met deadlines are no longer overdue").isFalse();
    }

    @Test
    void theReviewWaitsWhileDocumentsAreMissingAndTheReferrerIsChasedForItsOwn() throws Exception {
        String id = submit(referral());
        HubApiClient legalAid = as("legalaid-330300");
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED_PENDING_DOCUMENTS\","
                + "\"missingDocuments\":[{\"item\":\"ARBITRATION_PAPERS\",\"provider\":\"REFERRER\",\"dueDate\":\"" + today.plusDays(5)
                + "\"}]}").status()).isEqualTo(202);

        clock.advance(Duration.ofDays(8));
        List<JsonNode> chased = collect(as("arbitration-330300"), id, n -> "OVERDUE".equals(n.path("kind").asText())
                && "DOCUMENT".equals(n.path("clock").path("kind").asText()));
        assertThat(chased.get(0).path("responsibleAgency").asText()).isEqualTo("arbitration-330300");
        awaitSweeps(3);
        JsonNode waiting = json(legalAid.get("/api/v1/referrals/" + id));
        JsonNode review = clockOf(waiting, "REVIEW");
        assertThat(review.path("state").asText()).isEqualTo("PAUSED");
        assertThat(review.path("overdue").asBoolean()).as("time waiting for documents does not count").isFalse();
        assertThat(notices(id, "legalaid-330300", "OVERDUE", "REVIEW")).isZero();

        Duration left = Duration.between(Instant.parse(review.path("pausedAt").asText()), Instant.parse(review.path("dueAt").asText()));
        assertThat(left).as("the green channel's three days, moved past a weekend if they end on one")
                .isBetween(Duration.ofDays(2), Duration.ofDays(6));

        Instant before = clock.instant();
        assertThat(legalAid.post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"DOCUMENTS_RECEIVED\",\"items\":[\"ARBITRATION_PAPERS\"]}").status()).isEqualTo(202);
        Instant after = clock.instant();
        JsonNode resumed = clockOf(json(legalAid.get("/api/v1/referrals/" + id)), "REVIEW");
        assertThat(resumed.path("state").asText()).isEqualTo("RUNNING");
        assertThat(Instant.parse(resumed.path("dueAt").asText())).as("what was left runs again from the moment the papers came")
                .isBetween(before.plus(left).minusSeconds(1), after.plus(left).plusSeconds(1));
    }

    @Test
    void aLimitationDateComingWithinSevenDaysMakesTheCaseUrgent() throws Exception {
        ObjectNode referral = referral();
        referral.putObject("urgency").put("limitationDate", LocalDate.now(clock.withZone(BEIJING)).plusDays(10).toString());
        String id = submit(referral);
        HubApiClient arbitration = as("arbitration-330300");
        assertThat(json(arbitration.get("/api/v1/referrals/" + id)).path("urgent").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(4));

        await().atMost(Duration.ofSeconds(20)).until(() -> json(arbitration.get("/api/v1/referrals/" + id)).path("urgent").asBoolean());
        JsonNode urgent = json(arbitration.get("/api/v1/referrals/" + id));
        assertThat(urgent.path("priority").asInt()).isEqualTo(9);
        assertThat(urgent.path("timeline")).extracting(t -> t.path("type").asText()).contains("BECAME_URGENT");
        assertThat(urgent.path("rules")).anySatisfy(r -> {
            assertThat(r.path("rule").asText()).isEqualTo("URGENT_ART44");
            assertThat(r.path("source").asText()).isEqualTo("法律援助法第44条");
        });
    }

    @Test
    void aMediationWithoutAgreementInTimeFallsBackOnItsOwn() throws Exception {
        ObjectNode simple = referral();
        simple.put("amountClaimed", 9000);
        ((ObjectNode) simple.get("matter")).put("factsClear", true);
        String id = submit(simple);
        HubApiClient arbitration = as("arbitration-330300");
        assertThat(json(arbitration.get("/api/v1/referrals/" + id)).path("receiver").asText()).isEqualTo("mediation-330300");

        clock.advance(Duration.ofDays(16));

        await().atMost(Duration.ofSeconds(20)).until(() -> "legalaid-330300".equals(
                json(arbitration.get("/api/v1/referrals/" + id)).path("receiver").asText()));
        List<JsonNode> told = collect(arbitration, id, n -> "MEDIATION_FALLBACK".equals(n.path("kind").asText()));
        assertThat(told.get(0).path("text").asText()).contains("温州市法律援助中心");
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String submit(ObjectNode referral) throws Exception {
        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", referral.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return json(response).path("referralId").asText();
    }

    /** Notices in an agency's inbox about a referral that match, waiting until there is one. */
    private List<JsonNode> collect(HubApiClient agency, String referralId, java.util.function.Predicate<JsonNode> wanted) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode item : json(agency.get("/api/v1/inbox?size=200&type=NOTICE")).path("items")) {
                if (referralId.equals(item.path("referralId").asText()) && wanted.test(item.path("payload"))) {
                    found.add(item.path("payload"));
                }
            }
            return !found.isEmpty();
        });
        return found;
    }

    /** How many notices of this kind about this clock the ledger holds for the agency. */
    private int notices(String referralId, String agency, String kind, String clockKind) {
        return jdbc.queryForList("select b.body from outbound_message m join outbound_message_body b on b.message_id = m.id "
                + "where m.referral_id = ? and m.receiver = ? and m.type = 'NOTICE'", String.class, referralId, agency).stream()
                .map(body -> {
                    try {
                        return JSON.readTree(body).path("payload");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(n -> kind.equals(n.path("kind").asText()) && clockKind.equals(n.path("clock").path("kind").asText()))
                .toList().size();
    }

    /** Lets a few more sweeps run (every 500 ms in the tests), so a double firing would show. */
    private void awaitSweeps(int sweeps) {
        Instant until = Instant.now().plusMillis(500L * sweeps);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(until));
    }

    private static JsonNode clockOf(JsonNode view, String kind) {
        for (JsonNode c : view.path("clocks")) {
            if (kind.equals(c.path("kind").asText())) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " clock in " + view.path("clocks"));
    }
}
