package cn.legalaidhub.warnings;

import static cn.legalaidhub.support.RestPartnerSimulators.HOTLINE;
import static cn.legalaidhub.support.RestPartnerSimulators.INSPECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.InboxReader;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wage claims against one employer arrive through three channels — the arbitration institute's REST
 * referral door, the labor-inspection adapter and the 12345 hotline adapter — and raise exactly one
 * early warning, which grows from yellow to orange as claims keep coming and reaches the region's
 * designated departments (inspection by its REST adapter, police and union by their inboxes) each
 * time its grade rises. Inspection acknowledges and reports action, the police acknowledge, the union
 * does not: it is reminded, chased, and escalated to the justice bureau naming its on-duty liaison.
 */
class EarlyWarningIT extends HubIntegrationTest {

    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aClusterAcrossThreeChannelsRaisesOneGrowingWarningAndTheDepartmentThatDoesNotAcknowledgeIsEscalated() throws Exception {
        String creditCode = SampleReferrals.creditCode("91330302MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
        HubApiClient arbitration = as("arbitration-330300");
        HubApiClient bureau = as("justice-330300");
        InspectionClient inspection = new InspectionClient();
        InboxReader police = new InboxReader(as("police-330300"));
        InboxReader union = new InboxReader(as("union-330300"));
        InboxReader bureauInbox = new InboxReader(bureau);

        List<String> referrals = new ArrayList<>();
        referrals.add(referFromArbitration(arbitration, creditCode, 2, 20_000));
        referrals.add(inspection.refer(creditCode));
        referrals.add(referFromHotline(creditCode));

        JsonNode yellow = awaitWarning(bureau, creditCode, "YELLOW");
        String id = yellow.path("warningId").asText();
        assertThat(yellow.path("claims").asInt()).isEqualTo(3);
        assertThat(yellow.path("people").asInt()).isEqualTo(6);
        assertThat(yellow.path("channels")).extracting(JsonNode::asText).containsExactly("arbitration", "hotline", "inspection");
        assertThat(yellow.path("recipients")).extracting(r -> r.path("agencyId").asText())
                .containsExactly("inspection-330300", "police-330300", "union-330300");

        await().atMost(Duration.ofSeconds(30)).until(() -> INSPECTION.warnings().stream().anyMatch(w -> id.equals(w.path("yjbh").asText())
                && w.path("bt").asText().startsWith("【黄色预警】") && "1".equals(w.path("xyqr").asText())));
        JsonNode atPolice = police.await("BULLETIN", b -> id.equals(b.path("bulletinId").asText()));
        assertThat(ContractSchemas.validate(ContractSchemas.BULLETIN, atPolice)).isEmpty();
        assertThat(atPolice.path("topic").path("category").asText()).isEqualTo("EARLY_WARNING");
        assertThat(atPolice.path("body").asText()).contains(creditCode).contains("/api/v1/early-warnings/" + id + "/acknowledge");
        union.await("BULLETIN", b -> id.equals(b.path("bulletinId").asText()));

        referrals.add(referFromArbitration(arbitration, creditCode, 1, 8_000));
        referrals.add(referFromArbitration(arbitration, creditCode, 1, 9_000));

        JsonNode orange = awaitWarning(bureau, creditCode, "ORANGE");
        assertThat(orange.path("warningId").asText()).as("the cluster grew: the same warning").isEqualTo(id);
        assertThat(orange.path("claims").asInt()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from early_warning where cluster_key = ?", Integer.class, "CC:" + creditCode))
                .as("exactly one warning for the cluster").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> INSPECTION.warnings().stream().anyMatch(w -> id.equals(w.path("yjbh").asText())
                && w.path("bt").asText().startsWith("【橙色预警】")));
        police.await("BULLETIN", b -> id.equals(b.path("bulletinId").asText()) && b.path("title").asText().startsWith("【橙色预警】"));
        union.await("BULLETIN", b -> id.equals(b.path("bulletinId").asText()) && b.path("title").asText().startsWith("【橙色预警】"));

        HubApiClient inspectionApi = as("inspection-330300");
        assertThat(inspectionApi.post("/api/v1/early-warnings/" + id + "/actions", "{\"action\":\"已约谈\"}").status())
                .as("acknowledge first").isEqualTo(409);
        assertThat(inspectionApi.post("/api/v1/early-warnings/" + id + "/acknowledge", "{\"note\":\"已收悉\"}").status()).isEqualTo(200);
        HubApiClient.Response acted = inspectionApi.post("/api/v1/early-warnings/" + id + "/actions",
                "{\"action\":\"已约谈总包单位，责令三日内足额支付工资\"}");
        assertThat(acted.status()).as(acted.body()).isEqualTo(200);
        assertThat(as("police-330300").post("/api/v1/early-warnings/" + id + "/acknowledge", "").status()).isEqualTo(200);
        assertThat(as("union-330381").get("/api/v1/early-warnings/" + id).status()).as("not warned, not supervising").isEqualTo(404);

        JsonNode read = json(inspectionApi.get("/api/v1/early-warnings/" + id));
        assertThat(read.path("members")).extracting(m -> m.path("referralId").asText()).containsExactlyInAnyOrderElementsOf(referrals);
        assertThat(read.path("members")).allSatisfy(m -> {
            assertThat(m.path("applicantIdNumber").asText()).contains("*");
            assertThat(m.path("applicantPhone").asText()).contains("*");
        });
        assertThat(read.path("actions")).singleElement().satisfies(a -> assertThat(a.path("agencyId").asText()).isEqualTo("inspection-330300"));

        clock.advance(Duration.ofMinutes(11 * 60 + 30));
        union.await("NOTICE", n -> id.equals(n.path("subject").path("id").asText()) && "REMINDER".equals(n.path("kind").asText()));
        clock.advance(Duration.ofHours(1));
        union.await("NOTICE", n -> id.equals(n.path("subject").path("id").asText()) && "OVERDUE".equals(n.path("kind").asText()));
        clock.advance(Duration.ofHours(4));
        JsonNode escalation = bureauInbox.await("NOTICE", n -> id.equals(n.path("subject").path("id").asText())
                && "ESCALATION".equals(n.path("kind").asText()));
        assertThat(escalation.path("responsibleAgency").asText()).isEqualTo("union-330300");
        assertThat(escalation.path("liaisons")).anySatisfy(l -> assertThat(l.path("name").asText()).isEqualTo("李建国"));
        assertThat(bureauInbox.payloads("NOTICE", n -> id.equals(n.path("subject").path("id").asText())))
                .as("those who acknowledged are not escalated").allSatisfy(n -> assertThat(n.path("responsibleAgency").asText())
                        .isEqualTo("union-330300"));
        assertThat(police.payloads("NOTICE", n -> id.equals(n.path("subject").path("id").asText()))).isEmpty();

        JsonNode tracked = json(bureau.get("/api/v1/early-warnings/" + id));
        assertThat(tracked.path("status").asText()).isEqualTo("OPEN");
        assertThat(tracked.path("recipients")).anySatisfy(r -> {
            assertThat(r.path("agencyId").asText()).isEqualTo("union-330300");
            assertThat(r.path("escalated").asBoolean()).isTrue();
        });
        JsonNode stats = json(bureau.get("/api/v1/early-warnings/statistics?region=330300"));
        assertThat(stats.path("byGrade").path("ORANGE").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(bureau.get("/api/v1/early-warnings?grade=PURPLE").status()).isEqualTo(400);
    }

    // ---- the three channels -------------------------------------------------------------------

    private String referFromArbitration(HubApiClient arbitration, String creditCode, int people, int amount) throws Exception {
        ObjectNode r = referral();
        ((ObjectNode) r.path("opposingParty")).put("creditCode", creditCode);
        r.put("peopleCount", people).put("amountClaimed", amount);
        HubApiClient.Response answer = arbitration.post("/api/v1/referrals", r.toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return json(answer).path("referralId").asText();
    }

    private String referFromHotline(String creditCode) throws Exception {
        HOTLINE.talkingTo(baseUri(), "it-hotline-330300-key");
        ObjectNode order = HOTLINE.workOrder("12345-EW-" + UUID.randomUUID().toString().substring(0, 8));
        order.put("dfxydm", creditCode).put("sjrs", 1).put("sjje", 9000);
        HubApiClient.Response answer = HOTLINE.transfer(order);
        assertThat(answer.status()).as(answer.body()).isBetween(200, 202);
        return json(answer).path("zjbh").asText();
    }

    private final class InspectionClient {
        String refer(String creditCode) throws Exception {
            INSPECTION.talkingTo(baseUri(), "it-inspection-330300-key");
            ObjectNode complaint = INSPECTION.complaint("温人社监投〔2026〕EW" + UUID.randomUUID().toString().substring(0, 8));
            complaint.put("tyshxydm", creditCode).put("rs", 3).put("qxje", 30_000);
            HubApiClient.Response answer = INSPECTION.refer(complaint);
            assertThat(answer.status()).as(answer.body()).isBetween(200, 202);
            return json(answer).path("zjbh").asText();
        }
    }

    /** Waits until the bureau sees the cluster's warning at this grade, and answers it in full. */
    private JsonNode awaitWarning(HubApiClient bureau, String creditCode, String grade) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            for (JsonNode w : json(bureau.get("/api/v1/early-warnings?region=3303&size=200")).path("items")) {
                if (w.path("reasons").toString().contains(creditCode) && grade.equals(w.path("grade").asText())) {
                    found[0] = json(bureau.get("/api/v1/early-warnings/" + w.path("warningId").asText()));
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }
}
