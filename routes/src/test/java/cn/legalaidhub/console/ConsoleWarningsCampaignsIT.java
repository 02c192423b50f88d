package cn.legalaidhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 零报告 and 预警 in a real browser against the running hub. The justice bureau's coordinator opens a campaign for
 * the Wenzhou union workstation and labor inspection; the union workstation sends today's nil return with one click;
 * the coordinator's roll-up shows it and names inspection as missing, and downloads it as CSV and XLSX. Three wage
 * claims against one employer, sent through the REST API, raise a yellow early warning; labor inspection's user finds
 * it with its deadline, acknowledges it and reports the action taken in place, and the bureau sees it in its region's
 * list filtered by grade. No page shows an unmasked ID or phone number; posts without the CSRF token are refused.
 */
class ConsoleWarningsCampaignsIT extends HubIntegrationTest {

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(ConsoleBrowser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void aCampaignDayWithANilReturnAndAnEarlyWarningHandledByInspection() throws Exception {
        String title = "根治欠薪冬季专项行动-" + UUID.randomUUID().toString().substring(0, 6);
        String campaignId;
        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.driver.findElement(By.linkText("零报告")).click();
                coordinator.wait.until(ExpectedConditions.urlContains("/console/campaigns"));
                coordinator.driver.findElement(By.id("new-campaign")).click();
                coordinator.wait.until(ExpectedConditions.urlContains("/console/campaigns/new"));
                coordinator.type(By.id("c-title"), title);
                // a cut-off late in the day, so today's report is on time whenever the test runs
                ((JavascriptExecutor) coordinator.driver).executeScript("document.getElementById('c-cutoff').value = '23:59'");
                coordinator.driver.findElement(By.id("c-unit-union-330300")).click();
                coordinator.driver.findElement(By.id("c-unit-inspection-330300")).click();
                coordinator.screenshot("50-coordinator-campaign-new");
                coordinator.driver.findElement(By.id("campaign-submit")).click();
                coordinator.wait.until(ExpectedConditions.urlMatches("/console/campaigns/K[^/?]+$"));
                campaignId = coordinator.text(By.id("campaign-id"));
                assertThat(coordinator.text(By.id("campaign-title"))).isEqualTo(title);
                assertThat(coordinator.page()).contains("专项行动已发起，共 2 个报送单位");
                assertThat(coordinator.driver.findElements(By.cssSelector("#rollup-units tr[data-status='MISSING']"))).hasSize(2);
                coordinator.screenshot("51-coordinator-campaign-created");
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-campaign");
                throw failure;
            }
        }

        try (ConsoleBrowser union = new ConsoleBrowser(baseUri())) {
            try {
                union.signIn("ws-union");
                union.driver.findElement(By.linkText("零报告")).click();
                By row = By.cssSelector("tr[data-campaign='" + campaignId + "']");
                assertThat(union.text(row)).contains(title).contains("今日未报送");
                union.screenshot("52-union-campaigns-due");
                union.driver.findElement(row).findElement(By.linkText(title)).click();
                union.wait.until(ExpectedConditions.urlContains("/console/campaigns/" + campaignId));
                assertThat(union.driver.findElements(By.id("rollup"))).as("only the owner sees the roll-up").isEmpty();
                union.driver.findElement(By.id("nil-report")).click(); // one click
                union.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".message.ok"), "今日零报告已提交"));
                assertThat(union.text(By.id("report-state"))).contains("今日已零报告").doesNotContain("迟报");
                union.screenshot("53-union-nil-return-sent");
                union.open("/console/campaigns");
                assertThat(union.text(By.cssSelector("tr[data-campaign='" + campaignId + "']"))).contains("今日已零报告");
            } catch (RuntimeException | AssertionError failure) {
                union.keepFailure("union-campaign");
                throw failure;
            }
        }

        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.open("/console/campaigns/" + campaignId);
                assertThat(coordinator.driver.findElement(By.cssSelector("#rollup-units tr[data-unit='union-330300']")).getAttribute("data-status"))
                        .isEqualTo("NIL");
                WebElement missing = coordinator.driver.findElement(By.cssSelector("#rollup-units tr[data-unit='inspection-330300']"));
                assertThat(missing.getAttribute("data-status")).isEqualTo("MISSING");
                String inspectionName = missing.findElement(By.cssSelector("th")).getText();
                assertThat(coordinator.text(By.id("rollup-missing"))).contains("未报送单位").contains(inspectionName);
                assertThat(coordinator.text(By.id("rollup-summary"))).contains("零报告 1").contains("未报送 1");
                assertThat(coordinator.text(By.cssSelector("#rollup-areas tr[data-area='330300']"))).isNotEmpty();
                coordinator.screenshot("54-coordinator-rollup");

                HttpResponse<byte[]> csv = get(coordinator, coordinator.driver.findElement(By.id("rollup-csv")).getAttribute("href"));
                assertThat(csv.statusCode()).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
                assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(campaignId).contains(inspectionName);
                HttpResponse<byte[]> xlsx = get(coordinator, coordinator.driver.findElement(By.id("rollup-xlsx")).getAttribute("href"));
                assertThat(xlsx.statusCode()).isEqualTo(200);
                assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
                assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-rollup");
                throw failure;
            }
        }

        // three wage claims against one employer through the REST API raise a yellow warning (as in EarlyWarningIT)
        String creditCode = SampleReferrals.creditCode("91330302MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
        HubApiClient arbitration = as("arbitration-330300");
        List<String> idNumbers = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode r = referral();
            ((ObjectNode) r.path("opposingParty")).put("creditCode", creditCode);
            r.put("peopleCount", 2).put("amountClaimed", 20_000);
            idNumbers.add(r.path("applicant").path("idNumber").asText());
            phones.add(r.path("applicant").path("phone").asText());
            HubApiClient.Response answer = arbitration.post("/api/v1/referrals", r.toString());
            assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        }
        String warningId = awaitWarning(as("justice-330300"), creditCode);
        String action = "已约谈用人单位负责人，责令三日内足额支付拖欠工资-" + UUID.randomUUID().toString().substring(0, 4);

        try (ConsoleBrowser inspection = new ConsoleBrowser(baseUri())) {
            try {
                inspection.signIn("ws-inspection");
                inspection.driver.findElement(By.linkText("预警")).click();
                By row = By.cssSelector("#warnings-table tr[data-warning='" + warningId + "']");
                assertThat(inspection.text(row)).contains("黄色预警").contains("待签收").contains("签收期限").contains("剩余");
                PersonalData.assertNoneUnmasked("the inspection's warning list", inspection.page());
                inspection.screenshot("55-inspection-warnings");
                inspection.driver.findElement(row).findElement(By.cssSelector("a")).click();
                inspection.wait.until(ExpectedConditions.urlContains("/console/warnings/" + warningId));
                assertThat(inspection.driver.findElement(By.id("warning-grade")).getAttribute("data-grade")).isEqualTo("YELLOW");
                assertThat(inspection.driver.findElements(By.cssSelector("#members tr[data-referral]"))).hasSize(3);
                assertThat(inspection.text(By.id("members"))).contains("*");
                assertNoneOf(inspection.page(), idNumbers, phones);
                PersonalData.assertNoneUnmasked("the warning page", inspection.page());
                inspection.screenshot("56-inspection-warning");

                // 签收 in place (htmx replaces the section), then 报告处置情况
                WebElement mine = inspection.driver.findElement(By.id("mine"));
                inspection.type(By.id("ack-note"), "已收悉，立即核查");
                inspection.driver.findElement(By.id("warning-acknowledge")).click();
                inspection.wait.until(ExpectedConditions.stalenessOf(mine));
                inspection.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#mine .message"), "已签收预警"));
                assertThat(inspection.driver.getCurrentUrl()).endsWith("/console/warnings/" + warningId);
                assertThat(inspection.text(By.id("mine-state"))).contains("本单位已于").contains("处置反馈期限");
                inspection.screenshot("57-inspection-warning-acknowledged");
                mine = inspection.driver.findElement(By.id("mine"));
                inspection.type(By.id("action-text"), action);
                inspection.driver.findElement(By.id("warning-report-action")).click();
                inspection.wait.until(ExpectedConditions.stalenessOf(mine));
                inspection.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#mine .message"), "已报告处置情况"));
                inspection.open("/console/warnings/" + warningId);
                assertThat(inspection.text(By.id("warning-actions"))).contains(action);
                assertThat(inspection.text(By.cssSelector("#recipients tr[data-agency='inspection-330300']"))).contains("已报告处置情况");
                inspection.screenshot("58-inspection-warning-actioned");

                // the hub recorded both, as the department's API would see them
                JsonNode read = json(as("inspection-330300").get("/api/v1/early-warnings/" + warningId));
                assertThat(read.path("actions")).anySatisfy(a -> assertThat(a.path("action").asText()).isEqualTo(action));
                assertThat(read.path("recipients")).anySatisfy(r -> {
                    assertThat(r.path("agencyId").asText()).isEqualTo("inspection-330300");
                    assertThat(r.path("acknowledged").asBoolean()).isTrue();
                    assertThat(r.path("note").asText()).isEqualTo("已收悉，立即核查");
                });

                // a post without the page's CSRF token is refused
                HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                baseUri().resolve("/console/warnings/" + warningId + "/actions"))
                        .header("Cookie", "JSESSIONID=" + inspection.sessionCookie()).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("action=forged")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(forged.statusCode()).isEqualTo(403);
            } catch (RuntimeException | AssertionError failure) {
                inspection.keepFailure("inspection-warning");
                throw failure;
            }
        }

        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.open("/console/warnings");
                coordinator.choose(By.id("w-grade"), "YELLOW");
                coordinator.driver.findElement(By.id("w-filter")).click();
                coordinator.wait.until(ExpectedConditions.urlContains("grade=YELLOW"));
                By row = By.cssSelector("#warnings-table tr[data-warning='" + warningId + "']");
                assertThat(coordinator.text(row)).contains("黄色预警").contains("已签收 1/");
                assertThat(coordinator.driver.findElements(By.cssSelector("#warnings-table tr[data-grade]")))
                        .allSatisfy(r -> assertThat(r.getAttribute("data-grade")).isEqualTo("YELLOW"));
                PersonalData.assertNoneUnmasked("the bureau's warning list", coordinator.page());
                coordinator.screenshot("59-coordinator-warnings-yellow");
                coordinator.open("/console/warnings/" + warningId);
                assertThat(coordinator.driver.findElements(By.id("mine"))).as("the bureau was not warned: nothing to acknowledge").isEmpty();
                assertThat(coordinator.text(By.id("warning-actions"))).contains(action);
                assertNoneOf(coordinator.page(), idNumbers, phones);
                PersonalData.assertNoneUnmasked("the bureau's warning page", coordinator.page());
                coordinator.screenshot("60-coordinator-warning");
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-warnings");
                throw failure;
            }
        }

        // roles: an administrator has neither page; a unit cannot open a campaign, only the coordinator can
        ConsoleSession admin = new ConsoleSession(baseUri());
        admin.signIn("admin-legalaid", ConsoleBrowser.PASSWORD);
        assertThat(admin.get("/console/warnings").statusCode()).isEqualTo(403);
        assertThat(admin.get("/console/campaigns").statusCode()).isEqualTo(403);
        ConsoleSession union = new ConsoleSession(baseUri());
        union.signIn("ws-union", ConsoleBrowser.PASSWORD);
        assertThat(union.get("/console/campaigns/new").statusCode()).isEqualTo(403);
        assertThat(union.postWithToken("/console/campaigns", "/console/campaigns", Map.of("title", "x")).statusCode()).isEqualTo(403);
    }

    private static void assertNoneOf(String page, List<String> idNumbers, List<String> phones) {
        idNumbers.forEach(id -> assertThat(page).doesNotContain(id));
        phones.forEach(phone -> assertThat(page).doesNotContain(phone));
    }

    /** Waits until the bureau sees a warning of the cluster (its reasons name the credit code), and answers its id. */
    private String awaitWarning(HubApiClient bureau, String creditCode) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            for (JsonNode w : json(bureau.get("/api/v1/early-warnings?region=3303&size=200")).path("items")) {
                if (w.path("reasons").toString().contains(creditCode)) {
                    found[0] = w.path("warningId").asText();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static HttpResponse<byte[]> get(ConsoleBrowser browser, String href) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
