package cn.legalaidhub.quality;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The union workstation that handles an assigned case records a return visit, the hearing and a peer
 * review through the API; bad records are refused naming every problem; the records are lines of the
 * case's timeline and count in the justice bureau's statistics.
 */
class QualityIT extends HubIntegrationTest {

    @Test
    void theHandlingAgencyRecordsQualityAndItShowsInTimelineAndStatistics() throws Exception {
        JsonNode before = json(bureau().get("/api/v1/statistics")).path("quality");
        String id = submit();
        event(legalAid(), id, "{\"type\":\"ACCEPTED\"}");
        event(legalAid(), id, "{\"type\":\"GRANTED\"}");
        event(legalAid(), id, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"温州市总工会法律援助工作站\",\"kind\":\"WORKSTATION\","
                + "\"agencyId\":\"union-330300\"}}");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        HubApiClient.Response referrer = arbitration().post(path(id, "return-visits"), "{\"satisfaction\":5}");
        assertThat(referrer.status()).as("the referrer does not handle the case").isEqualTo(403);
        assertThat(as("union-330381").post(path(id, "return-visits"), "{\"satisfaction\":5}").status()).isEqualTo(404);

        HubApiClient.Response badVisit = union().post(path(id, "return-visits"),
                "{\"satisfaction\":7,\"method\":\"FAX\",\"visitedOn\":\"2999-01-01\",\"mood\":\"ok\"}");
        assertThat(badVisit.status()).isEqualTo(400);
        assertThat(pointers(badVisit)).containsExactlyInAnyOrder("/satisfaction", "/method", "/visitedOn", "/mood");
        HubApiClient.Response badHearing = union().post(path(id, "hearings"), "{\"attended\":\"yes\"}");
        assertThat(pointers(badHearing)).containsExactlyInAnyOrder("/attended", "/hearingDate");
        HubApiClient.Response badReview = union().post(path(id, "peer-reviews"), "{\"score\":100.55,\"grade\":\"A\"}");
        assertThat(pointers(badReview)).containsExactlyInAnyOrder("/score", "/reviewer", "/grade");

        JsonNode visit = created(union().post(path(id, "return-visits"), "{\"satisfaction\":\"满意\",\"method\":\"电话\",\"note\":\"对承办律师很满意\"}"));
        assertThat(visit.path("satisfaction").asInt()).isEqualTo(5);
        assertThat(visit.path("levelLabel").asText()).isEqualTo("满意");
        created(union().post(path(id, "hearings"), "{\"attended\":true,\"hearingDate\":\"" + today + "\"}"));
        created(union().post(path(id, "peer-reviews"), "{\"score\":88,\"reviewer\":\"市律协评估组\",\"grade\":\"良好\"}"));

        JsonNode view = json(arbitration().get("/api/v1/referrals/" + id));
        List<JsonNode> lines = new ArrayList<>();
        view.path("timeline").forEach(lines::add);
        assertThat(lines).extracting(l -> l.path("type").asText()).containsSubsequence("ASSIGNED", "RETURN_VISIT", "HEARING", "PEER_REVIEW");
        JsonNode visitLine = lines.stream().filter(l -> "RETURN_VISIT".equals(l.path("type").asText())).findFirst().orElseThrow();
        assertThat(visitLine.path("agency").asText()).isEqualTo("union-330300");
        assertThat(visitLine.path("detail").path("levelLabel").asText()).isEqualTo("满意");

        JsonNode records = json(legalAid().get("/api/v1/referrals/" + id + "/quality")).path("records");
        assertThat(records).extracting(r -> r.path("kind").asText()).containsExactly("RETURN_VISIT", "HEARING", "PEER_REVIEW");
        assertThat(records.get(2).path("gradeLabel").asText()).isEqualTo("良好");
        assertThat(records.get(1).path("date").asText()).isEqualTo(today);

        JsonNode after = json(bureau().get("/api/v1/statistics")).path("quality");
        assertThat(after.path("returnVisits").asLong() - before.path("returnVisits").asLong()).isEqualTo(1);
        assertThat(after.path("satisfied").asLong() - before.path("satisfied").asLong()).isEqualTo(1);
        assertThat(after.path("hearingsAttended").asLong() - before.path("hearingsAttended").asLong()).isEqualTo(1);
        assertThat(after.path("peerReviews").asLong() - before.path("peerReviews").asLong()).isEqualTo(1);
        assertThat(after.path("satisfactionRate").isNumber()).isTrue();
    }

    private static String path(String id, String kind) {
        return "/api/v1/referrals/" + id + "/quality/" + kind;
    }

    private static List<String> pointers(HubApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        json(r).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        return pointers;
    }

    private static JsonNode created(HubApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private String submit() throws Exception {
        HubApiClient.Response response = arbitration().post("/api/v1/referrals", referral().toString());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return json(response).path("referralId").asText();
    }

    private void event(HubApiClient who, String id, String event) throws Exception {
        HubApiClient.Response response = who.post("/api/v1/referrals/" + id + "/events", event);
        assertThat(response.status()).as(event + " → " + response.body()).isEqualTo(202);
    }

    private HubApiClient arbitration() {
        return as("arbitration-330300");
    }

    private HubApiClient legalAid() {
        return as("legalaid-330300");
    }

    private HubApiClient union() {
        return as("union-330300");
    }

    private HubApiClient bureau() {
        return as("justice-330300");
    }
}
