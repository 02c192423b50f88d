package cn.legalaidhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 办案质量, 典型案例 and 统计报表 in a real browser against the running hub. A wage-arrears case is driven to closed
 * through the API; the legal-aid center's reviewer (the handling agency) records a return visit and a hearing on the
 * referral's page and writes the case up as a typical case, seeing the parties masked as the hub stored them; the
 * justice bureau's coordinator refuses to return it without a note, then publishes it and exports the published
 * cases; the supervisor generates this quarter's report, whose numbers match the ledger (queried here), and downloads
 * it as PDF and XLSX under its Chinese title. No page shown to them carries an unmasked ID or mobile number.
 */
class ConsoleReportsIT extends HubIntegrationTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(ConsoleBrowser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void aClosedCaseGetsAReturnVisitAndATypicalCaseWhichIsPublishedAndCountedInTheQuartersReport() throws Exception {
        ObjectNode referral = referral();
        String name = referral.path("applicant").path("name").asText();
        String idNumber = referral.path("applicant").path("idNumber").asText();
        String phone = referral.path("applicant").path("phone").asText();
        String employer = referral.path("opposingParty").path("name").asText();
        String id = closedCase(referral);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BEIJING);
        String caseId;

        try (ConsoleBrowser reviewer = new ConsoleBrowser(baseUri())) {
            try {
                reviewer.signIn("reviewer-legalaid");
                reviewer.open("/console/referrals/" + id);
                reviewer.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quality")));

                // a return visit without satisfaction: the hub names the problem in Chinese, the form stays open
                reviewer.driver.findElement(By.cssSelector("#quality-return-visit summary")).click();
                reviewer.choose(By.id("qv-method"), "PHONE");
                reviewer.driver.findElement(By.id("qv-submit")).click();
                assertThat(reviewer.text(By.id("quality-message"))).contains("请填写满意度").doesNotContain("is required");
                assertThat(reviewer.driver.findElement(By.id("qv-method")).getAttribute("value")).isEqualTo("PHONE");
                reviewer.choose(By.id("qv-satisfaction"), "满意");
                reviewer.type(By.id("qv-note"), "对承办律师及时追回欠薪表示满意");
                reviewer.driver.findElement(By.id("qv-submit")).click();
                assertThat(reviewer.text(By.id("quality-message"))).contains("回访记录已保存");
                assertThat(reviewer.text(By.cssSelector("#quality-records tr[data-kind='RETURN_VISIT']")))
                        .contains("满意").contains("5分").contains("电话").contains("对承办律师及时追回欠薪表示满意");

                reviewer.driver.findElement(By.cssSelector("#quality-hearing summary")).click();
                reviewer.driver.findElement(By.id("qh-yes")).click();
                setValue(reviewer, "qh-date", today.toString());
                reviewer.driver.findElement(By.id("qh-submit")).click();
                assertThat(reviewer.text(By.id("quality-message"))).contains("听庭记录已保存");
                assertThat(reviewer.text(By.cssSelector("#quality-records tr[data-kind='HEARING']"))).contains("律师出庭").contains(today.toString());
                assertThat(reviewer.text(By.id("timeline"))).contains("回访").contains("满意度：满意").contains("听庭");
                reviewer.screenshot("70-handler-quality-records");

                // the write-up: a too-short title is named by the hub, what was typed is kept
                reviewer.driver.findElement(By.id("write-typical-case")).click();
                reviewer.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("typical-form")));
                String facts = name + "（身份证号" + idNumber + "，电话" + phone + "）在" + employer + "承建的工地务工八个月，被拖欠工资四万二千元。";
                reviewer.type(By.id("tc-title"), "短");
                reviewer.type(By.id("tc-facts"), facts);
                reviewer.type(By.id("tc-actions"), "仲裁院法律援助工作站当日受理，法律援助中心免予经济困难审查，次日指派律师。");
                reviewer.type(By.id("tc-result"), "经仲裁调解，用人单位当庭支付全部欠薪。");
                reviewer.type(By.id("tc-commentary"), "本案体现了绿色通道“一免一简三快”的要求，仲裁与法律援助衔接顺畅。");
                reviewer.driver.findElement(By.id("typical-submit")).click();
                assertThat(reviewer.text(By.id("form-problems"))).contains("标题至少");
                assertThat(reviewer.driver.findElement(By.id("tc-facts")).getAttribute("value")).isEqualTo(facts);
                reviewer.screenshot("71-handler-typical-case-problems");
                reviewer.type(By.id("tc-title"), "农民工讨薪案件当日受理、快速结案");
                reviewer.driver.findElement(By.id("typical-submit")).click();
                reviewer.wait.until(ExpectedConditions.urlMatches("/console/typical-cases/[^/]+$"));
                caseId = reviewer.text(By.id("typical-id"));
                assertThat(reviewer.text(By.id("typical-status"))).isEqualTo("待审核");
                assertThat(reviewer.text(By.id("typical-parties"))).startsWith("申请人：" + name.charAt(0) + "某");
                assertThat(reviewer.text(By.id("typical-facts"))).contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
                        .contains(phone.substring(0, 3) + "****" + phone.substring(7));
                assertThat(reviewer.text(By.id("typical-text"))).doesNotContain(name, idNumber, phone, employer);
                PersonalData.assertNoneUnmasked("the submitted typical case", reviewer.page());
                reviewer.screenshot("72-handler-typical-case-masked");

                reviewer.open("/console/typical-cases");
                assertThat(reviewer.text(By.cssSelector("#typical-table tr[data-case='" + caseId + "']"))).contains("待审核").contains(id);
                reviewer.open("/console/referrals/" + id);
                assertThat(reviewer.text(By.id("referral-typical-case"))).contains("待审核");
                assertThat(reviewer.driver.findElements(By.id("write-typical-case"))).isEmpty();

                reviewer.open("/console/reports");
                assertThat(reviewer.page()).as("reports are for supervisors and coordinators").doesNotContain("report-form");
            } catch (RuntimeException | AssertionError failure) {
                reviewer.keepFailure("handler-quality-typical-case");
                throw failure;
            }
        }

        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.driver.findElement(By.linkText("典型案例")).click();
                coordinator.driver.findElement(By.cssSelector("#typical-table tr[data-case='" + caseId + "'] a")).click();
                coordinator.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("typical-publish")));
                PersonalData.assertNoneUnmasked("the typical case under review", coordinator.page());
                coordinator.driver.findElement(By.id("typical-return")).click();
                assertThat(coordinator.text(By.cssSelector(".message.bad"))).contains("退回须说明修改意见");
                coordinator.screenshot("73-coordinator-typical-case-review");
                coordinator.driver.findElement(By.id("typical-publish")).click();
                assertThat(coordinator.text(By.cssSelector(".message.ok"))).contains("已发布");
                assertThat(coordinator.text(By.id("typical-status"))).isEqualTo("已发布");
                assertThat(coordinator.driver.findElements(By.id("typical-publish"))).isEmpty();
                coordinator.screenshot("74-coordinator-typical-case-published");

                coordinator.open("/console/typical-cases?status=PUBLISHED");
                String href = coordinator.driver.findElement(By.id("typical-export")).getAttribute("href");
                HttpResponse<byte[]> export = download(coordinator, href);
                assertThat(export.statusCode()).isEqualTo(200);
                assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
                assertThat(fileName(export)).isEqualTo("典型案例（已发布）.xlsx");
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
                    Row row = null;
                    for (Row r : workbook.getSheet("典型案例")) {
                        if (caseId.equals(r.getCell(0).getStringCellValue())) {
                            row = r;
                        }
                    }
                    assertThat(row).as("the published case is exported").isNotNull();
                    assertThat(row.getCell(8).getStringCellValue()).doesNotContain(name, idNumber, phone);
                }
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-typical-case");
                throw failure;
            }
        }

        String quarter = "Q" + ((today.getMonthValue() - 1) / 3 + 1);
        try (ConsoleBrowser supervisor = new ConsoleBrowser(baseUri())) {
            try {
                supervisor.signIn("supervisor-justice");
                supervisor.driver.findElement(By.linkText("统计报表")).click();
                supervisor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
                supervisor.choose(By.id("report-year"), String.valueOf(today.getYear()));
                supervisor.choose(By.id("report-part"), quarter);
                supervisor.choose(By.id("report-region"), "330300");
                supervisor.screenshot("75-supervisor-reports");
                supervisor.driver.findElement(By.id("report-submit")).click();
                supervisor.wait.until(ExpectedConditions.urlMatches("/console/reports/SR-[^/]+$"));
                String reportId = "SR-" + today.getYear() + "-" + quarter + "-330300";
                assertThat(supervisor.driver.getCurrentUrl()).endsWith("/console/reports/" + reportId);
                String title = supervisor.text(By.id("report-title"));
                assertThat(title).contains(today.getYear() + "年").contains("季度").contains("统计报表");

                // the numbers match the ledger, counted here with our own SQL
                Instant from = quarterStart(today).atStartOfDay(BEIJING).toInstant();
                Instant to = quarterStart(today).plusMonths(3).atStartOfDay(BEIJING).toInstant();
                String scope = " from referral where region like '3303%' and submitted_at >= ? and submitted_at < ?";
                long referrals = jdbc.queryForObject("select count(*)" + scope, Long.class, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
                long completed = jdbc.queryForObject("select count(*)" + scope + " and status in ('CLOSED', 'ARCHIVED')", Long.class,
                        from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
                long visits = jdbc.queryForObject("select count(*) from quality_record where kind = 'RETURN_VISIT' and referral_id in (select id"
                        + scope + ")", Long.class, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
                assertThat(referrals).isPositive();
                assertThat(supervisor.text(By.id("total-referrals"))).isEqualTo(String.valueOf(referrals));
                assertThat(supervisor.text(By.id("total-completed"))).isEqualTo(String.valueOf(completed));
                assertThat(supervisor.text(By.id("quality-visits"))).isEqualTo(String.valueOf(visits));
                assertThat(supervisor.text(By.cssSelector("#report-typicalCases tr[data-case='" + caseId + "']")))
                        .contains("农民工讨薪案件当日受理、快速结案");
                PersonalData.assertNoneUnmasked("the report", supervisor.page());
                supervisor.screenshot("76-supervisor-report");

                HttpResponse<byte[]> pdf = download(supervisor, supervisor.driver.findElement(By.id("report-pdf")).getAttribute("href"));
                assertThat(pdf.statusCode()).isEqualTo(200);
                assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
                assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                assertThat(fileName(pdf)).isEqualTo(title + ".pdf");
                HttpResponse<byte[]> xlsx = download(supervisor, supervisor.driver.findElement(By.id("report-xlsx")).getAttribute("href"));
                assertThat(xlsx.statusCode()).isEqualTo(200);
                assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
                assertThat(fileName(xlsx)).isEqualTo(title + ".xlsx");
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                    assertThat(workbook.getSheet("典型案例")).isNotNull();
                }

                supervisor.open("/console/reports");
                assertThat(supervisor.text(By.cssSelector("#reports-table tr[data-report='" + reportId + "']")))
                        .contains("季度").contains("按需生成");
                PersonalData.assertNoneUnmasked("the reports list", supervisor.page());
            } catch (RuntimeException | AssertionError failure) {
                supervisor.keepFailure("supervisor-report");
                throw failure;
            }
        }
    }

    /** Submitted by the arbitration workstation, accepted, granted, assigned and closed by the legal-aid center. */
    private String closedCase(ObjectNode referral) throws Exception {
        HubApiClient.Response submitted = as("arbitration-330300").post("/api/v1/referrals", referral.toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = json(submitted).path("referralId").asText();
        for (String event : new String[] {"{\"type\":\"ACCEPTED\"}", "{\"type\":\"GRANTED\"}",
                "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"吴律师\",\"kind\":\"LAWYER\"}}",
                "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"SETTLED\",\"amountRecovered\":42000}}"}) {
            HubApiClient.Response response = as("legalaid-330300").post("/api/v1/referrals/" + id + "/events", event);
            assertThat(response.status()).as(event + " → " + response.body()).isEqualTo(202);
        }
        return id;
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** A file the console streams, fetched with the browser's session as a click on the link would. */
    private static HttpResponse<byte[]> download(ConsoleBrowser browser, String href) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The RFC 5987 {@code filename*} of the Content-Disposition, decoded. */
    private static String fileName(HttpResponse<?> response) {
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        return URLDecoder.decode(disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17).split(";")[0], StandardCharsets.UTF_8);
    }

    private static void setValue(ConsoleBrowser browser, String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", field, value);
    }
}
