package cn.legalaidhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared case feed: Chinese full text, business keys, facets, party and region limits, masking. */
class CaseSearchIT extends HubIntegrationTest {

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aCoordinatorFindsACaseByEmployerNameInChineseWithPersonalDataMasked() throws Exception {
        String unique = "瓯江" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "") + "幕墙装饰有限公司";
        ObjectNode referral = referral();
        ((ObjectNode) referral.get("opposingParty")).put("name", unique);
        String idNumber = referral.get("applicant").get("idNumber").asText();
        String phone = referral.get("applicant").get("phone").asText();
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral.toString())).path("referralId").asText();
        HubApiClient coordinator = as("justice-330300");

        JsonNode hit = await().atMost(Duration.ofSeconds(15)).until(
                () -> first(coordinator.get("/api/v1/cases?q=" + q("幕墙装饰") + "&size=100"), id), r -> r != null);

        assertThat(hit.path("employerName").asText()).isEqualTo(unique);
        assertThat(hit.path("applicantIdMasked").asText()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(hit.path("applicantPhoneMasked").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        String everything = coordinator.get("/api/v1/cases?q=" + q("幕墙装饰") + "&size=100").body();
        assertThat(everything).doesNotContain(idNumber).doesNotContain(phone).doesNotContain("applicantIdHash");
    }

    @Test
    void exactIdNumberAndReferralIdFindTheCase() throws Exception {
        ObjectNode referral = referral();
        String idNumber = referral.get("applicant").get("idNumber").asText();
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral.toString())).path("referralId").asText();
        HubApiClient coordinator = as("justice-330300");

        await().atMost(Duration.ofSeconds(15)).until(() -> first(coordinator.get("/api/v1/cases?q=" + idNumber), id) != null);
        assertThat(first(coordinator.get("/api/v1/cases?q=" + id), id)).isNotNull();
    }

    @Test
    void agenciesSeeOnlyTheirCasesAndCoordinatorsOnlyTheirRegion() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();
        await().atMost(Duration.ofSeconds(15)).until(() -> first(as("justice-330300").get("/api/v1/cases?q=" + id), id) != null);

        assertThat(first(as("legalaid-330300").get("/api/v1/cases?q=" + id), id)).isNotNull();
        assertThat(first(as("union-330300").get("/api/v1/cases?q=" + id), id)).isNull();
        assertThat(first(as("justice-140100").get("/api/v1/cases?q=" + id), id)).isNull();
    }

    @Test
    void facetsCountTheFilteredCases() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();
        HubApiClient coordinator = as("justice-330300");
        await().atMost(Duration.ofSeconds(15)).until(() -> first(coordinator.get("/api/v1/cases?q=" + id), id) != null);

        JsonNode page = json(coordinator.get("/api/v1/cases?category=UNPAID_WAGES&group=MIGRANT_WORKER&size=1"));

        long total = page.path("total").asLong();
        assertThat(total).isPositive();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("facets").path("category").path("UNPAID_WAGES").asLong()).isEqualTo(total);
        assertThat(page.path("facets").path("group").path("MIGRANT_WORKER").asLong()).isEqualTo(total);
        assertThat(json(coordinator.get("/api/v1/cases?category=DOMESTIC_VIOLENCE&q=" + id)).path("total").asLong()).isZero();
    }

    @Test
    void casesCanBeCountedAndFoundByTheRulesThatFiredAndByOverdue() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();
        HubApiClient coordinator = as("justice-330300");
        await().atMost(Duration.ofSeconds(15)).until(() -> first(coordinator.get("/api/v1/cases?q=" + id), id) != null);

        JsonNode green = json(coordinator.get("/api/v1/cases?rule=GREEN_CHANNEL_MIGRANT_WORKER&size=1"));
        assertThat(green.path("total").asLong()).isPositive();
        assertThat(green.path("facets").path("rulesFired").path("GREEN_CHANNEL_MIGRANT_WORKER").asLong())
                .isEqualTo(green.path("total").asLong());
        assertThat(first(coordinator.get("/api/v1/cases?rule=GREEN_CHANNEL_MIGRANT_WORKER&q=" + id), id)).isNotNull();
        assertThat(first(coordinator.get("/api/v1/cases?rule=MEDIATION_FIRST&q=" + id), id)).isNull();
        assertThat(first(coordinator.get("/api/v1/cases?overdue=false&q=" + id), id)).isNotNull();
        assertThat(first(coordinator.get("/api/v1/cases?overdue=true&q=" + id), id)).isNull();
        JsonNode byId = json(coordinator.get("/api/v1/cases?q=" + id));
        assertThat(byId.path("facets").path("overdue").path("false").asLong() + byId.path("facets").path("overdue").path("true").asLong())
                .as("the full-text query may match other cases, overdue or not; the facet counts them all").isEqualTo(byId.path("total").asLong());
    }

    @Test
    void refusesBadFiltersClearly() throws Exception {
        HubApiClient.Response response = as("justice-330300").get("/api/v1/cases?from=yesterday&region=33x");
        HubApiClient.Response overdue = as("justice-330300").get("/api/v1/cases?overdue=yes");

        assertThat(response.status()).isEqualTo(400);
        assertThat(overdue.status()).isEqualTo(400);
        assertThat(json(overdue).path("errors").findValuesAsText("pointer")).containsExactly("?overdue");
    }

    private static JsonNode first(HubApiClient.Response response, String referralId) {
        for (JsonNode item : json(response).path("items")) {
            if (referralId.equals(item.path("referralId").asText())) {
                return item;
            }
        }
        return null;
    }
}
