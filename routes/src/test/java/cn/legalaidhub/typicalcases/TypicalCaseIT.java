package cn.legalaidhub.typicalcases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The legal-aid center writes up a concluded case as a typical case; the parties are masked at once;
 * the justice bureau returns it for changes, then publishes it; it is then readable in the region and
 * listed in the quarter's report.
 */
class TypicalCaseIT extends HubIntegrationTest {

    @Test
    void aConcludedCaseIsWrittenUpMaskedReviewedPublishedAndReported() throws Exception {
        ObjectNode referral = referral();
        String name = referral.path("applicant").path("name").asText();
        String idNumber = referral.path("applicant").path("idNumber").asText();
        String phone = referral.path("applicant").path("phone").asText();
        String employer = referral.path("opposingParty").path("name").asText();
        String id = submit(referral);
        event(id, "{\"type\":\"ACCEPTED\"}");

        HubApiClient.Response early = legalAid().post("/api/v1/typical-cases", "{\"referralId\":\"" + id + "\",\"title\":\"短\","
                + "\"actions\":\"当日受理，次日指派律师代理仲裁。\",\"result\":\"\",\"parties\":\"张三\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("已结案");
        assertThat(pointers(early)).containsExactlyInAnyOrder("/referralId", "/title", "/facts", "/result", "/commentary", "/parties");

        event(id, "{\"type\":\"GRANTED\"}");
        event(id, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"吴律师\",\"kind\":\"LAWYER\"}}");
        event(id, "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"SETTLED\",\"amountRecovered\":42000}}");

        String facts = name + "（身份证号" + idNumber + "，电话" + phone + "）在" + employer + "承建的工地务工八个月，被拖欠工资四万二千元。";
        HubApiClient.Response created = legalAid().post("/api/v1/typical-cases", body(id, "农民工讨薪案件当日受理、快速结案", facts));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = json(created);
        String caseId = c.path("typicalCaseId").asText();
        assertThat(c.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(c.path("parties").asText()).startsWith("申请人：" + name.charAt(0) + "某（农民工）").contains("对方当事人：");
        assertThat(c.toString()).doesNotContain(name, idNumber, phone, employer);
        assertThat(c.path("facts").asText()).contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14),
                phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(c.path("allowedActions")).extracting(JsonNode::asText).containsExactly("REVISE");

        assertThat(legalAid().post("/api/v1/typical-cases", body(id, "重复报送同一案件", facts)).status()).isEqualTo(409);
        assertThat(as("union-330300").get("/api/v1/typical-cases/" + caseId).status()).as("not published yet").isEqualTo(404);
        assertThat(legalAid().post("/api/v1/typical-cases/" + caseId + "/review", "{\"decision\":\"PUBLISH\"}").status()).isEqualTo(403);

        HubApiClient.Response noNote = bureau().post("/api/v1/typical-cases/" + caseId + "/review", "{\"decision\":\"RETURN\"}");
        assertThat(pointers(noNote)).containsExactly("/note");
        JsonNode returned = json(bureau().post("/api/v1/typical-cases/" + caseId + "/review",
                "{\"decision\":\"RETURN\",\"note\":\"请补充援助过程中与仲裁院的协作细节\"}"));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");

        HubApiClient.Response revised = put("/api/v1/typical-cases/" + caseId, bodyWithoutReferral("农民工讨薪案件当日受理、快速结案",
                facts + "仲裁院工作站当日转介。"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(json(revised).path("status").asText()).isEqualTo("SUBMITTED");

        JsonNode published = json(bureau().post("/api/v1/typical-cases/" + caseId + "/review", "{\"decision\":\"PUBLISH\"}"));
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("publishedAt").asText()).isNotEmpty();
        JsonNode timeline = json(as("arbitration-330300").get("/api/v1/referrals/" + id)).path("timeline");
        assertThat(timeline.get(timeline.size() - 1).path("type").asText()).as("the referrer learns it").isEqualTo("TYPICAL_CASE_PUBLISHED");
        assertThat(timeline.get(timeline.size() - 1).path("detail").asText()).contains(caseId);
        assertThat(json(as("union-330300").get("/api/v1/typical-cases/" + caseId)).path("facts").asText()).endsWith("仲裁院工作站当日转介。");
        assertThat(json(as("union-330300").get("/api/v1/typical-cases?status=PUBLISHED")).path("items"))
                .extracting(i -> i.path("typicalCaseId").asText()).contains(caseId);
        assertThat(as("justice-140100").get("/api/v1/typical-cases/" + caseId).status()).as("another region").isEqualTo(404);
        assertThat(put("/api/v1/typical-cases/" + caseId, bodyWithoutReferral("再次修改已发布案例", facts)).status()).isEqualTo(409);

        var xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                baseUri().resolve("/api/v1/typical-cases/export?status=PUBLISHED")).header("Authorization", "Bearer it-justice-330300-key")
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheet("典型案例");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("基本案情");
            org.apache.poi.ss.usermodel.Row row = null;
            for (var r : sheet) {
                if (caseId.equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).as("the published case is exported").isNotNull();
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(published.path("facts").asText()).doesNotContain(name, idNumber, phone);
        }

        String quarter = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "-Q"
                + ((LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue() - 1) / 3 + 1);
        HubApiClient.Response report = bureau().post("/api/v1/reports", "{\"period\":\"" + quarter + "\"}");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        JsonNode listed = null;
        for (JsonNode t : json(report).path("typicalCases")) {
            if (caseId.equals(t.path("typicalCaseId").asText())) {
                listed = t;
            }
        }
        assertThat(listed).as("the published case is in the quarter's report").isNotNull();
        assertThat(listed.toString()).doesNotContain(name, idNumber, phone);
    }

    private static String body(String referralId, String title, String facts) {
        ObjectNode b = JSON.createObjectNode().put("referralId", referralId);
        b.setAll((ObjectNode) bodyNode(title, facts));
        return b.toString();
    }

    private static String bodyWithoutReferral(String title, String facts) {
        return bodyNode(title, facts).toString();
    }

    private static JsonNode bodyNode(String title, String facts) {
        return JSON.createObjectNode().put("title", title).put("facts", facts)
                .put("actions", "仲裁院法律援助工作站当日受理，法律援助中心免予经济困难审查，次日指派律师。")
                .put("result", "经仲裁调解，用人单位当庭支付全部欠薪。")
                .put("commentary", "本案体现了绿色通道“一免一简三快”的要求，仲裁与法律援助衔接顺畅。");
    }

    private static List<String> pointers(HubApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("errors");
        List<String> pointers = new ArrayList<>();
        json(r).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        return pointers;
    }

    private String submit(ObjectNode referral) throws Exception {
        HubApiClient.Response response = as("arbitration-330300").post("/api/v1/referrals", referral.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return json(response).path("referralId").asText();
    }

    private void event(String id, String event) throws Exception {
        HubApiClient.Response response = legalAid().post("/api/v1/referrals/" + id + "/events", event);
        assertThat(response.status()).as(event + " → " + response.body()).isEqualTo(202);
    }

    /** PUT as the legal-aid center (the shared client has GET and POST only). */
    private HubApiClient.Response put(String path, String body) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(baseUri().resolve(path))
                .header("Authorization", "Bearer it-legalaid-330300-key").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new HubApiClient.Response(response.statusCode(), response.body());
    }

    private HubApiClient legalAid() {
        return as("legalaid-330300");
    }

    private HubApiClient bureau() {
        return as("justice-330300");
    }
}
