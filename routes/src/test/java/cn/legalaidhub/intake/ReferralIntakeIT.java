package cn.legalaidhub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralIntakeIT extends HubIntegrationTest {

    @Test
    void acceptsAValidReferralWithTheHubsId() throws Exception {
        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", referral().toString());

        assertThat(response.status()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.path("referralId").asText()).matches("R\\d{8}-[2-9A-Z]{8}");
        assertThat(body.path("receiver").asText()).isEqualTo("legalaid-330300");
        assertThat(body.path("duplicate").asBoolean()).isFalse();
    }

    @Test
    void resubmittingTheSameSourceCaseNumberCreatesNothingNew() throws Exception {
        String referral = referral().toString();
        JsonNode first = json(as("arbitration-330300").post("/api/v1/referrals", referral));
        HubApiClient.Response again = as("arbitration-330300").post("/api/v1/referrals", referral);

        assertThat(again.status()).isEqualTo(202);
        assertThat(json(again).path("referralId").asText()).isEqualTo(first.path("referralId").asText());
        assertThat(json(again).path("duplicate").asBoolean()).isTrue();
    }

    @Test
    void theSameCaseNumberFromAnotherAgencyIsAnotherReferral() throws Exception {
        ObjectNode referral = referral();
        JsonNode fromArbitration = json(as("arbitration-330300").post("/api/v1/referrals", referral.toString()));
        JsonNode fromUnion = json(as("union-330300").post("/api/v1/referrals", referral.toString()));

        assertThat(fromUnion.path("referralId").asText()).isNotEqualTo(fromArbitration.path("referralId").asText());
    }

    @Test
    void listsEverySchemaProblemInOneAnswer() throws Exception {
        ObjectNode referral = referral();
        ((ObjectNode) referral.get("applicant")).remove("name");
        ((ObjectNode) referral.get("matter")).put("category", "PARKING_FINE");
        referral.put("peopleCount", 0);
        referral.put("unexpected", true);

        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", referral.toString());

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(pointers(problem)).contains("/applicant/name", "/matter/category", "/peopleCount");
        assertThat(problem.path("errors")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void checksIdentifiersAndNamesEachBadOne() throws Exception {
        ObjectNode referral = referral();
        ObjectNode applicant = (ObjectNode) referral.get("applicant");
        String id = applicant.get("idNumber").asText();
        applicant.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        applicant.put("phone", "12345678901");
        String credit = referral.get("opposingParty").get("creditCode").asText();
        ((ObjectNode) referral.get("opposingParty")).put("creditCode", credit.substring(0, 17) + (credit.charAt(17) == 'A' ? 'B' : 'A'));
        referral.put("region", "990100");

        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", referral.toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(pointers(json(response))).containsExactlyInAnyOrder(
                "/applicant/idNumber", "/applicant/phone", "/opposingParty/creditCode", "/region");
        assertThat(response.body()).doesNotContain(id.substring(6, 14));
    }

    @Test
    void refusesMalformedJsonClearly() throws Exception {
        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", "{\"sourceRef\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("message").asText()).contains("Malformed JSON");
    }

    @Test
    void refusesOversizedBodiesBeforeReadingThem() throws Exception {
        ObjectNode referral = referral();
        ((ObjectNode) referral.get("matter")).put("facts", "拖欠工资".repeat(120_000));

        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", referral.toString());

        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).path("detail").asText()).contains("at most 1048576");
    }

    @Test
    void everyCallNeedsAKnownAgencyKey() throws Exception {
        HubApiClient.Response noKey = new HubApiClient(baseUri(), "") .post("/api/v1/referrals", referral().toString());
        HubApiClient.Response badKey = new HubApiClient(baseUri(), "guessed-key").get("/api/v1/inbox");

        assertThat(noKey.status()).isEqualTo(401);
        assertThat(badKey.status()).isEqualTo(401);
        assertThat(json(badKey).path("title").asText()).contains("Unauthorized");
    }

    @Test
    void aClientCannotClaimAnotherAgencyThroughTheInternalHeader() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(baseUri() + "/api/v1/agencies/me"))
                .header("Authorization", "Bearer it-union-330300-key")
                .header("X-Hub-Agency", "justice-330300").GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(JSON.readTree(response.body()).path("id").asText()).isEqualTo("union-330300");
    }

    @Test
    void aReferralNoRuleMatchesIsParkedAsUnroutable() throws Exception {
        ObjectNode referral = referral();
        referral.put("region", "320506");

        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", referral.toString());

        assertThat(response.status()).isEqualTo(202);
        assertThat(json(response).path("status").asText()).isEqualTo("UNROUTABLE");
    }

    private static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        return pointers;
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void concurrentSubmissionsAreCommittedTogetherAndTheSameCaseNumberStillOnce() throws Exception {
        List<ObjectNode> referrals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            referrals.add(referral());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<JsonNode>> answers = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (ObjectNode r : referrals) {
                answers.add(pool.submit(() -> {
                    HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", r.toString());
                    assertThat(response.status()).as(response.body()).isEqualTo(202);
                    return json(response);
                }));
            }
        }
        java.util.Map<String, String> idBySource = new java.util.HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i).get();
            String sourceRef = referrals.get(i % referrals.size()).path("sourceRef").asText();
            String earlier = idBySource.putIfAbsent(sourceRef, answer.path("referralId").asText());
            if (earlier != null) {
                assertThat(answer.path("referralId").asText()).as("the same case number is one referral").isEqualTo(earlier);
            }
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from referral where sender_agency = 'arbitration-330300' and source_ref in ("
                + String.join(",", java.util.Collections.nCopies(referrals.size(), "?")) + ")", Integer.class,
                referrals.stream().map(r -> r.path("sourceRef").asText()).toArray())).isEqualTo(referrals.size());
    }
}
