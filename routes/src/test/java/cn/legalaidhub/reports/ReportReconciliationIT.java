package cn.legalaidhub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Referrals driven through the real API into different categories, groups and states, some closed with
 * money recovered and quality records; then the justice bureau generates the quarter's report, and every
 * number is recomputed here from the ledger with SQL of its own and compared exactly. The report must
 * also have grown by exactly what this test did. The XLSX and the PDF carry the same numbers.
 */
class ReportReconciliationIT extends HubIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PREFIX = "3303";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgencyRegistry registry;
    @Autowired
    ReportSchedule schedule;

    @Test
    void theQuarterlyReportReconcilesExactlyWithTheLedger() throws Exception {
        ReportPeriod quarter = ReportPeriod.quarterOf(LocalDate.now(ZONE));
        JsonNode before = generate(quarter.code());

        List<String> ids = new ArrayList<>();
        // migrant workers' wages through arbitration: closed with money, archived, still open
        String wages1 = submit(arbitration(), referral());
        String wages2 = submit(arbitration(), referral());
        String wages3 = submit(arbitration(), referral());
        String injury = submit(arbitration(), with(referral(), "MIGRANT_WORKER", "WORK_INJURY", 3));
        String woman = submit(as("womensfed-330300"), with(referral(), "WOMAN", "UNPAID_WAGES", 1));
        String elderly = submit(as("hotline-330300"), with(referral(), "ELDERLY", "SOCIAL_INSURANCE", 1));
        String disabled = submit(arbitration(), with(referral(), "DISABLED", "LABOR_RELATIONSHIP", 2));
        ids.addAll(List.of(wages1, wages2, wages3, injury, woman, elderly, disabled));

        closeWith(wages1, "36800.50");
        closeWith(wages2, "12000");
        event(legalAid(), wages2, "{\"type\":\"ARCHIVED\"}");
        closeWith(injury, "80000");
        event(legalAid(), woman, "{\"type\":\"ACCEPTED\"}");
        event(legalAid(), elderly, "{\"type\":\"ACCEPTED\"}");
        event(legalAid(), elderly, "{\"type\":\"REFUSED\",\"reasonText\":\"不符合法律援助经济困难标准\"}");

        quality(wages1, "return-visits", "{\"satisfaction\":5,\"method\":\"PHONE\"}");
        quality(wages1, "hearings", "{\"attended\":true,\"hearingDate\":\"" + LocalDate.now(ZONE) + "\"}");
        quality(wages1, "peer-reviews", "{\"score\":91.5,\"reviewer\":\"陈律师\",\"grade\":\"优秀\"}");
        quality(wages2, "return-visits", "{\"satisfaction\":\"基本满意\"}");
        quality(injury, "return-visits", "{\"satisfaction\":2,\"note\":\"认为赔偿偏低\"}");
        quality(injury, "hearings", "{\"attended\":false,\"hearingDate\":\"" + LocalDate.now(ZONE) + "\"}");
        quality(injury, "peer-reviews", "{\"score\":78,\"reviewer\":\"林律师\",\"grade\":\"合格\"}");

        JsonNode report = generate(quarter.code());
        assertThat(report.path("reportId").asText()).isEqualTo("SR-" + quarter.code() + "-330300");
        assertThat(report.path("timeZone").asText()).isEqualTo(ZONE.getId());

        // exactly what this test added
        JsonNode t0 = before.path("totals");
        JsonNode t1 = report.path("totals");
        assertThat(t1.path("referrals").asLong() - t0.path("referrals").asLong()).isEqualTo(7);
        assertThat(t1.path("people").asLong() - t0.path("people").asLong()).isEqualTo(1 + 1 + 1 + 3 + 1 + 1 + 2);
        assertThat(t1.path("completed").asLong() - t0.path("completed").asLong()).isEqualTo(3);
        assertThat(t1.path("moneyRecovered").decimalValue().subtract(t0.path("moneyRecovered").decimalValue()))
                .isEqualByComparingTo("128800.50");
        assertThat(count(report.path("byGroup"), "WOMAN") - count(before.path("byGroup"), "WOMAN")).isEqualTo(1);
        assertThat(count(report.path("byChannel"), "womensfed") - count(before.path("byChannel"), "womensfed")).isEqualTo(1);
        assertThat(count(report.path("byChannel"), "hotline") - count(before.path("byChannel"), "hotline")).isEqualTo(1);
        assertThat(count(report.path("byStatus"), "REFUSED") - count(before.path("byStatus"), "REFUSED")).isEqualTo(1);
        JsonNode q0 = before.path("quality");
        JsonNode q1 = report.path("quality");
        assertThat(q1.path("returnVisits").asLong() - q0.path("returnVisits").asLong()).isEqualTo(3);
        assertThat(q1.path("hearingsAttended").asLong() - q0.path("hearingsAttended").asLong()).isEqualTo(1);
        assertThat(q1.path("peerReviews").asLong() - q0.path("peerReviews").asLong()).isEqualTo(2);

        reconcile(report, quarter);

        // the stored report reads back the same, and the files carry its numbers
        assertThat(json(bureau().get("/api/v1/reports/" + report.path("reportId").asText()))).isEqualTo(report);
        checkXlsx(report);
        checkPdf(report);
    }

    @Test
    void onlyCoordinatorsGenerateAndRequestsNameEveryProblem() throws Exception {
        HubApiClient.Response refused = legalAid().post("/api/v1/reports", "{\"period\":\"2026-Q1\"}");
        assertThat(refused.status()).isEqualTo(403);
        HubApiClient.Response bad = bureau().post("/api/v1/reports", "{\"period\":\"2026-Q7\",\"region\":\"140100\",\"format\":\"pdf\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(json(bad).path("errors")).extracting(e -> e.path("pointer").asText())
                .containsExactlyInAnyOrder("/period", "/region", "/format");
        HubApiClient.Response future = bureau().post("/api/v1/reports", "{\"period\":\"2999-H2\"}");
        assertThat(json(future).path("errors").get(0).path("code").asText()).isEqualTo("future");
        assertThat(as("justice-140100").get("/api/v1/reports/SR-" + ReportPeriod.quarterOf(LocalDate.now(ZONE)).code() + "-330300").status())
                .as("another region's report").isEqualTo(404);
    }

    /** Two sweeps run the end-of-quarter schedule at once: each region's report is stored exactly once (see also ReportTwoReplicasIT). */
    @Test
    void twoSweepsAtOnceStoreTheEndOfQuarterReportsOnce() throws Exception {
        Instant endOfQuarter = OffsetDateTime.of(2025, 4, 1, 0, 5, 0, 0, ZoneOffset.ofHours(8)).toInstant();
        assertThat(jdbc.queryForObject("select count(*) from statistics_report where period = '2025-Q1'", Integer.class)).isZero();
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> schedule.run(endOfQuarter));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> schedule.run(endOfQuarter));
        CompletableFuture.allOf(one, two).get();
        List<String> coordinators = registry.all().stream().filter(a -> a.coordinator()).map(a -> a.region()).distinct().sorted().toList();
        List<Map<String, Object>> rows = jdbc.queryForList("select period, region, generated_by, version from statistics_report "
                + "where period in ('2025-Q1', '2024-H2', '2025-H1') order by region");
        assertThat(rows).extracting(r -> r.get("REGION") == null ? r.get("region") : r.get("REGION")).containsExactlyElementsOf(coordinators);
        assertThat(rows).allSatisfy(r -> assertThat(String.valueOf(r.getOrDefault("VERSION", r.get("version")))).isEqualTo("1"));
        Timestamp first = jdbc.queryForObject("select max(generated_at) from statistics_report where period = '2025-Q1'", Timestamp.class);
        schedule.run(endOfQuarter.plusSeconds(60));
        assertThat(jdbc.queryForObject("select max(generated_at) from statistics_report where period = '2025-Q1'", Timestamp.class))
                .as("a later sweep leaves it alone").isEqualTo(first);
        assertThat(json(bureau().get("/api/v1/reports")).path("items")).extracting(i -> i.path("reportId").asText())
                .contains("SR-2025-Q1-330300");
    }

    // ---- the independent recomputation ---------------------------------------------------------

    private void reconcile(JsonNode report, ReportPeriod period) {
        OffsetDateTime from = period.from().atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime to = period.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        List<Map<String, Object>> referrals = lower(jdbc.queryForList("select id, sender_agency, region, category, applicant_group, status,"
                + " people_count, green_channel, urgent, overdue, amount_claimed, amount_recovered from referral"
                + " where region like ? and submitted_at >= ? and submitted_at < ?", PREFIX + "%", from, to));
        Set<String> ids = referrals.stream().map(r -> (String) r.get("id")).collect(Collectors.toSet());
        long total = referrals.size();
        JsonNode totals = report.path("totals");
        assertThat(totals.path("referrals").asLong()).isEqualTo(total);
        assertThat(totals.path("people").asLong()).isEqualTo(referrals.stream().mapToLong(r -> ((Number) r.get("people_count")).longValue()).sum());
        assertThat(totals.path("greenChannel").asLong()).isEqualTo(referrals.stream().filter(r -> (Boolean) r.get("green_channel")).count());
        assertThat(totals.path("urgent").asLong()).isEqualTo(referrals.stream().filter(r -> (Boolean) r.get("urgent")).count());
        assertThat(totals.path("overdueNow").asLong()).isEqualTo(referrals.stream().filter(r -> (Boolean) r.get("overdue")).count());
        long completed = referrals.stream().filter(r -> Set.of("CLOSED", "ARCHIVED").contains(r.get("status"))).count();
        assertThat(totals.path("completed").asLong()).isEqualTo(completed);
        assertThat(totals.path("terminated").asLong()).isEqualTo(referrals.stream().filter(r -> "TERMINATED".equals(r.get("status"))).count());
        assertThat(totals.path("completionRate").asDouble()).isEqualTo(rate(completed, total));
        assertThat(totals.path("moneyRecovered").decimalValue()).isEqualByComparingTo(sum(referrals, "amount_recovered"));
        assertThat(totals.path("amountClaimed").decimalValue()).isEqualByComparingTo(sum(referrals, "amount_claimed"));

        assertThat(counts(report.path("byCategory"))).isEqualTo(tally(referrals, r -> (String) r.get("category")));
        for (JsonNode row : report.path("byCategory")) {
            List<Map<String, Object>> of = referrals.stream().filter(r -> row.path("code").asText().equals(r.get("category"))).toList();
            assertThat(row.path("moneyRecovered").decimalValue()).isEqualByComparingTo(sum(of, "amount_recovered"));
            assertThat(row.path("completed").asLong()).isEqualTo(of.stream().filter(r -> Set.of("CLOSED", "ARCHIVED").contains(r.get("status"))).count());
        }
        Map<String, Long> groups = tally(referrals, r -> (String) r.get("applicant_group"));
        for (String g : List.of("MIGRANT_WORKER", "WOMAN", "MINOR", "ELDERLY", "DISABLED")) {
            JsonNode row = find(report.path("byGroup"), g);
            assertThat(row.path("count").asLong()).as(g).isEqualTo(groups.getOrDefault(g, 0L));
            assertThat(row.path("share").isNull() ? null : row.path("share").asDouble()).as(g).isEqualTo(rate(groups.getOrDefault(g, 0L), total));
        }
        Map<String, Long> reportedGroups = counts(report.path("byGroup"));
        reportedGroups.values().removeIf(n -> n == 0);
        assertThat(reportedGroups).isEqualTo(groups);
        assertThat(counts(report.path("byRegion"))).isEqualTo(tally(referrals, r -> (String) r.get("region")));
        assertThat(counts(report.path("byStatus"))).isEqualTo(tally(referrals, r -> (String) r.get("status")));
        assertThat(counts(report.path("byChannel"))).isEqualTo(tally(referrals,
                r -> registry.byId((String) r.get("sender_agency")).map(a -> a.kind().slug()).orElse("unknown")));

        Map<String, Long> firings = new HashMap<>();
        for (Map<String, Object> f : lower(jdbc.queryForList("select distinct referral_id, rule_id from rule_firing"))) {
            if (ids.contains(f.get("referral_id"))) {
                firings.merge((String) f.get("rule_id"), 1L, Long::sum);
            }
        }
        for (JsonNode row : report.path("greenChannelByRule")) {
            assertThat(row.path("count").asLong()).as(row.path("rule").asText()).isEqualTo(firings.getOrDefault(row.path("rule").asText(), 0L));
        }
        assertThat(report.path("greenChannelByRule")).extracting(r -> r.path("rule").asText())
                .containsExactly("GREEN_CHANNEL_MIGRANT_WORKER", "PRIORITY_WOMEN_MINORS", "PRIORITY_VULNERABLE_GROUP", "URGENT_ART44");
        assertThat(find(report.path("greenChannelByRule"), "PRIORITY_WOMEN_MINORS", "rule").path("count").asLong()).isPositive();

        Set<String> acting = Arrays.stream(ClockKind.values()).filter(ClockKind::acting).map(Enum::name).collect(Collectors.toSet());
        Map<String, long[]> deadlines = new TreeMap<>();
        for (Map<String, Object> c : lower(jdbc.queryForList("select referral_id, kind, level, state from clock where subject_type = 'REFERRAL'"))) {
            if (!ids.contains(c.get("referral_id")) || acting.contains(c.get("kind"))) {
                continue;
            }
            long[] n = deadlines.computeIfAbsent((String) c.get("kind"), k -> new long[3]);
            n[0]++;
            int level = ((Number) c.get("level")).intValue();
            n[1] += level >= 2 ? 1 : 0;
            n[2] += level >= 2 && !"STOPPED".equals(c.get("state")) ? 1 : 0;
        }
        Map<String, List<Long>> reportedDeadlines = new TreeMap<>();
        report.path("overdueByDeadline").forEach(d -> reportedDeadlines.put(d.path("kind").asText(),
                List.of(d.path("deadlines").asLong(), d.path("overdue").asLong(), d.path("overdueNow").asLong())));
        assertThat(reportedDeadlines).isEqualTo(deadlines.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> List.of(e.getValue()[0], e.getValue()[1], e.getValue()[2]), (a, b) -> a, TreeMap::new)));

        List<Map<String, Object>> quality = lower(jdbc.queryForList("select referral_id, kind, satisfaction, grade, attended, score "
                + "from quality_record")).stream().filter(q -> ids.contains(q.get("referral_id"))).toList();
        List<Map<String, Object>> visits = quality.stream().filter(q -> "RETURN_VISIT".equals(q.get("kind"))).toList();
        long satisfied = visits.stream().filter(v -> ((Number) v.get("satisfaction")).intValue() >= 4).count();
        long basically = visits.stream().filter(v -> ((Number) v.get("satisfaction")).intValue() == 3).count();
        JsonNode q = report.path("quality");
        assertThat(q.path("returnVisits").asLong()).isEqualTo(visits.size());
        assertThat(q.path("satisfied").asLong()).isEqualTo(satisfied);
        assertThat(q.path("basicallySatisfied").asLong()).isEqualTo(basically);
        assertThat(q.path("dissatisfied").asLong()).isEqualTo(visits.size() - satisfied - basically);
        assertThat(q.path("satisfactionRate").asDouble()).isEqualTo(rate(satisfied + basically, visits.size()));
        List<Map<String, Object>> hearings = quality.stream().filter(x -> "HEARING".equals(x.get("kind"))).toList();
        long attended = hearings.stream().filter(h -> (Boolean) h.get("attended")).count();
        assertThat(q.path("hearings").asLong()).isEqualTo(hearings.size());
        assertThat(q.path("attendanceRate").asDouble()).isEqualTo(rate(attended, hearings.size()));
        List<Map<String, Object>> reviews = quality.stream().filter(x -> "PEER_REVIEW".equals(x.get("kind"))).toList();
        BigDecimal points = reviews.stream().map(r -> (BigDecimal) r.get("score")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(q.path("peerReviews").asLong()).isEqualTo(reviews.size());
        assertThat(q.path("averagePeerScore").decimalValue())
                .isEqualByComparingTo(points.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP));

        List<String> published = jdbc.queryForList("select id from typical_case where status = 'PUBLISHED' and region like ? "
                + "and published_at >= ? and published_at < ? order by published_at, id", String.class, PREFIX + "%", from, to);
        assertThat(report.path("typicalCases")).extracting(c -> c.path("typicalCaseId").asText()).containsExactlyElementsOf(published);
    }

    private void checkXlsx(JsonNode report) throws Exception {
        HttpResponse<byte[]> xlsx = download("/api/v1/reports/" + report.path("reportId").asText() + "/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(ReportRoute.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheet("统计报表");
            Map<String, Object> values = new HashMap<>();
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(1) != null) {
                    var c = row.getCell(1);
                    values.put(row.getCell(0).getStringCellValue(), c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? c.getNumericCellValue() : c.getStringCellValue());
                }
            }
            assertThat((Double) values.get("转介案件数")).isEqualTo(report.path("totals").path("referrals").asDouble());
            assertThat((Double) values.get("为劳动者挽回损失（元）")).isEqualTo(report.path("totals").path("moneyRecovered").asDouble());
            assertThat((Double) values.get("回访人次")).isEqualTo(report.path("quality").path("returnVisits").asDouble());
            assertThat(wb.getSheet("典型案例").getPhysicalNumberOfRows()).isEqualTo(1 + report.path("typicalCases").size());
        }
    }

    private void checkPdf(JsonNode report) throws Exception {
        HttpResponse<byte[]> pdf = download("/api/v1/reports/" + report.path("reportId").asText() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(report.path("title").asText(), "为劳动者挽回损失", "按人群", "农民工", "满意率",
                    String.format("%,.2f", report.path("totals").path("moneyRecovered").decimalValue()));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private JsonNode generate(String period) throws Exception {
        HubApiClient.Response r = bureau().post("/api/v1/reports", "{\"period\":\"" + period + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUri().resolve(path))
                .header("Authorization", "Bearer it-justice-330300-key").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static ObjectNode with(ObjectNode referral, String group, String category, int people) {
        ((ObjectNode) referral.get("applicant")).put("group", group);
        if ("WOMAN".equals(group)) {
            ((ObjectNode) referral.get("applicant")).put("sex", "FEMALE");
        }
        ((ObjectNode) referral.get("matter")).put("category", category);
        referral.put("peopleCount", people);
        return referral;
    }

    private void closeWith(String id, String amount) throws Exception {
        event(legalAid(), id, "{\"type\":\"ACCEPTED\"}");
        event(legalAid(), id, "{\"type\":\"GRANTED\"}");
        event(legalAid(), id, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"周律师\",\"kind\":\"LAWYER\"}}");
        event(legalAid(), id, "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"SETTLED\",\"amountRecovered\":" + amount + "}}");
    }

    private void quality(String id, String kind, String body) throws Exception {
        HubApiClient.Response r = legalAid().post("/api/v1/referrals/" + id + "/quality/" + kind, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private String submit(HubApiClient who, ObjectNode referral) throws Exception {
        HubApiClient.Response response = who.post("/api/v1/referrals", referral.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return json(response).path("referralId").asText();
    }

    private void event(HubApiClient who, String id, String event) throws Exception {
        HubApiClient.Response response = who.post("/api/v1/referrals/" + id + "/events", event);
        assertThat(response.status()).as(event + " → " + response.body()).isEqualTo(202);
    }

    private static List<Map<String, Object>> lower(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> m = new HashMap<>();
            r.forEach((k, v) -> m.put(k.toLowerCase(), v));
            return m;
        }).toList();
    }

    private static Map<String, Long> tally(List<Map<String, Object>> rows, java.util.function.Function<Map<String, Object>, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> counts(JsonNode rows) {
        Map<String, Long> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.path("code").asText(), r.path("count").asLong()));
        return m;
    }

    private static long count(JsonNode rows, String code) {
        return find(rows, code).path("count").asLong(0);
    }

    private static JsonNode find(JsonNode rows, String code) {
        return find(rows, code, "code");
    }

    private static JsonNode find(JsonNode rows, String code, String field) {
        for (JsonNode r : rows) {
            if (code.equals(r.path(field).asText())) {
                return r;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> (BigDecimal) r.get(column)).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP).doubleValue();
    }

    private HubApiClient arbitration() {
        return as("arbitration-330300");
    }

    private HubApiClient legalAid() {
        return as("legalaid-330300");
    }

    private HubApiClient bureau() {
        return as("justice-330300");
    }
}
