package cn.legalaidhub.campaigns;

import static cn.legalaidhub.support.RestPartnerSimulators.UNION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.InboxReader;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign day with three reporting units of different transports: the Ruian union workstation
 * (signed webhook) reports its counts and then corrects them, the Taiyuan legal-aid center (inbox)
 * returns a nil report, the Wenzhou union workstation (inbox) misses the cut-off — it is reminded
 * before, chased at and escalated to the justice bureau after the cut-off, naming its on-duty roster
 * liaison, and its report that comes afterwards is recorded as late. The bureau's roll-up by unit,
 * city and province shows the numbers and the missing unit, and exports as CSV and XLSX.
 */
class CampaignIT extends HubIntegrationTest {

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
    void aCampaignDayWithOneUnitMissingItsReport() throws Exception {
        LocalDate day = moveTo(LocalDate.now(clock.withZone(BEIJING)).plusDays(1), 10, 0);
        HubApiClient bureau = as("justice-330300");
        InboxReader missing = new InboxReader(as("union-330300"));
        InboxReader bureauInbox = new InboxReader(bureau);

        assertThat(as("union-330300").post("/api/v1/campaigns", campaign(day).toString()).status()).as("not a coordinator").isEqualTo(403);
        HubApiClient.Response created = bureau.post("/api/v1/campaigns", campaign(day).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json(created).path("campaignId").asText();
        assertThat(jdbc.queryForObject("select count(*) from clock where subject_type = 'CAMPAIGN' and subject_id = ? and item = ?",
                Integer.class, id, day.toString())).as("one clock per unit of the day").isEqualTo(3);

        HubApiClient ruian = as("union-330381");
        assertThat(ruian.post("/api/v1/campaigns/" + id + "/reports", "{\"counts\":{\"WAGE_CLAIMS\":3,\"AID_CASES\":1}}").status())
                .isEqualTo(201);
        HubApiClient.Response corrected = ruian.post("/api/v1/campaigns/" + id + "/reports",
                "{\"counts\":{\"WAGE_CLAIMS\":4,\"AID_CASES\":1},\"note\":\"补报一件\"}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(json(corrected).path("revision").asInt()).isEqualTo(2);
        assertThat(json(corrected).path("corrected").asBoolean()).isTrue();
        assertThat(json(corrected).path("submissions")).hasSize(2);
        HubApiClient.Response nil = as("legalaid-140100").post("/api/v1/campaigns/" + id + "/reports", "{\"nil\":true}");
        assertThat(nil.status()).as(nil.body()).isEqualTo(201);
        assertThat(json(nil).path("late").asBoolean()).isFalse();

        HubApiClient.Response bad = ruian.post("/api/v1/campaigns/" + id + "/reports", "{\"nil\":true,\"counts\":{\"FOO\":-1,\"AID_CASES\":2}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(json(bad).path("errors")).extracting(e -> e.path("pointer").asText()).contains("/counts/FOO", "/nil");
        assertThat(as("inspection-330300").post("/api/v1/campaigns/" + id + "/reports", "{\"nil\":true}").status()).isEqualTo(404);

        clock.advance(Duration.ofMinutes(5 * 60 + 30));
        missing.await("NOTICE", n -> id.equals(n.path("subject").path("id").asText()) && "REMINDER".equals(n.path("kind").asText()));
        clock.advance(Duration.ofHours(2));
        missing.await("NOTICE", n -> id.equals(n.path("subject").path("id").asText()) && "OVERDUE".equals(n.path("kind").asText()));
        clock.advance(Duration.ofHours(2));
        JsonNode escalation = bureauInbox.await("NOTICE", n -> id.equals(n.path("subject").path("id").asText())
                && "ESCALATION".equals(n.path("kind").asText()));
        assertThat(escalation.path("title").asText()).contains("温州市总工会法律援助工作站").contains(day.toString());
        assertThat(escalation.path("liaisons")).anySatisfy(l -> assertThat(l.path("name").asText()).isEqualTo("李建国"));
        assertThat(missing.payloads("NOTICE", n -> id.equals(n.path("subject").path("id").asText()))).as("each level once").hasSize(2);
        assertThat(bureauInbox.payloads("NOTICE", n -> id.equals(n.path("subject").path("id").asText()))).hasSize(1);
        assertThat(UNION.received().values().stream().filter(e -> id.equals(e.path("payload").path("subject").path("id").asText())))
                .as("the unit that reported is left alone").isEmpty();

        JsonNode rollup = json(bureau.get("/api/v1/campaigns/" + id + "/rollup?date=" + day));
        assertThat(rollup.path("units")).extracting(u -> u.path("agencyId").asText() + ":" + u.path("status").asText())
                .containsExactlyInAnyOrder("union-330300:MISSING", "union-330381:REPORTED", "legalaid-140100:NIL");
        assertThat(rollup.path("cities")).extracting(a -> a.path("region").asText() + " " + a.path("units").asInt() + "/"
                + a.path("reported").asInt() + "/" + a.path("nil").asInt() + "/" + a.path("missing").asInt() + " "
                + a.path("counts").path("WAGE_CLAIMS").asInt()).containsExactly("140100 1/0/1/0 0", "330300 2/1/0/1 4");
        assertThat(rollup.path("provinces")).extracting(a -> a.path("region").asText()).containsExactly("140000", "330000");
        assertThat(rollup.path("total").path("counts").path("WAGE_CLAIMS").asInt()).isEqualTo(4);
        assertThat(rollup.path("total").path("counts").path("AID_CASES").asInt()).isEqualTo(1);
        assertThat(rollup.path("total").path("missingUnits")).extracting(JsonNode::asText).containsExactly("union-330300");
        assertThat(ruian.get("/api/v1/campaigns/" + id + "/rollup").status()).as("only the owner").isEqualTo(403);

        HttpResponse<byte[]> csv = export(id, day, "csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("温州市总工会法律援助工作站,union-330300,330300,未报送")
                .contains("零报告").contains("市,330300");
        List<String> lines = text.lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("合计,全部,,,应报3 已报1 零报告1 未报1").endsWith(",4,1,union-330300");
        HttpResponse<byte[]> xlsx = export(id, day, "xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> firstCells = new ArrayList<>();
            for (Row row : sheet) {
                firstCells.add(row.getCell(0).getStringCellValue() + "|" + (row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue()));
            }
            assertThat(firstCells).contains("市|140100", "市|330300", "省|330000", "合计|全部");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(4.0);
        }

        HubApiClient.Response late = as("union-330300").post("/api/v1/campaigns/" + id + "/reports",
                "{\"date\":\"" + day + "\",\"counts\":{\"WAGE_CLAIMS\":2}}");
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(json(late).path("late").asBoolean()).isTrue();
        assertThat(json(late).path("counts").path("AID_CASES").asInt()).as("a category left out counts 0").isZero();
        JsonNode after = json(bureau.get("/api/v1/campaigns/" + id + "/rollup?date=" + day));
        assertThat(after.path("units")).anySatisfy(u -> {
            assertThat(u.path("agencyId").asText()).isEqualTo("union-330300");
            assertThat(u.path("status").asText()).isEqualTo("REPORTED");
            assertThat(u.path("late").asBoolean()).isTrue();
        });
        assertThat(after.path("total").path("counts").path("WAGE_CLAIMS").asInt()).isEqualTo(6);
    }

    private ObjectNode campaign(LocalDate day) {
        ObjectNode c = JSON.createObjectNode();
        c.put("title", "根治欠薪冬季专项行动每日报送").put("startDate", day.toString()).put("endDate", day.plusDays(6).toString())
                .put("cutoff", "17:00");
        c.putArray("categories").add(JSON.createObjectNode().put("code", "WAGE_CLAIMS").put("label", "讨薪求助（件）"))
                .add(JSON.createObjectNode().put("code", "AID_CASES").put("label", "受理法律援助案件（件）"));
        c.putArray("units").add("union-330300").add("union-330381").add("legalaid-140100");
        return c;
    }

    /** Moves the hub's clock to a Beijing time of a day; answers the day. */
    private LocalDate moveTo(LocalDate day, int hour, int minute) {
        Instant target = day.atTime(hour, minute).atZone(BEIJING).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
        return day;
    }

    private HttpResponse<byte[]> export(String id, LocalDate day, String format) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUri() + "/api/v1/campaigns/" + id
                + "/rollup/export?date=" + day + "&format=" + format)).header("Authorization", "Bearer it-justice-330300-key").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
