package cn.legalaidhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main flow of each role through the staff console, in a real browser against the running hub (real
 * broker, search node and ledger): an arbitration workstation submits a referral with live validation;
 * the legal-aid reviewer accepts it pending documents from the inbox, grants aid and assigns it to the
 * union workstation; the union workstation sees the assignment and takes it on; the coordinator finds it
 * by the employer's Chinese name; the reviewer records the documents, notes progress and closes it; the
 * supervisor sees it counted. Every page is saved as a screenshot, and no page shows the
 * applicant's full ID or phone number to a role that may not see them.
 */
class ConsoleFlowIT extends HubIntegrationTest {

    private static final List<String> NAME_PARTS = List.of("瓯越", "鹿港", "江心", "雁荡", "楠溪", "南麂", "玉苍", "仙岩");

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(ConsoleBrowser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void eachRoleDoesItsPartOfTheReferralLoop() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String employer = "温州" + NAME_PARTS.get(random.nextInt(NAME_PARTS.size())) + NAME_PARTS.get(random.nextInt(NAME_PARTS.size()))
                + "钢构劳务有限公司";
        String idNumber = SampleReferrals.residentId("511623", LocalDate.of(1979, 3, 1 + random.nextInt(28)), random.nextInt(999));
        String wrongCheckDigit = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
        String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
        String creditCode = SampleReferrals.creditCode("91330302MA2" + String.format("%06d", random.nextInt(1_000_000)));
        String maskedId = idNumber.substring(0, 6) + "********" + idNumber.substring(14);

        long totalBefore;
        BigDecimal moneyBefore;
        try (ConsoleBrowser supervisor = new ConsoleBrowser(baseUri())) {
            try {
                supervisor.signIn("supervisor-justice");
                assertThat(supervisor.driver.getCurrentUrl()).endsWith("/console/statistics");
                totalBefore = Long.parseLong(supervisor.text(By.id("kpi-total")));
                moneyBefore = yuan(supervisor.text(By.id("kpi-money")));
            } catch (RuntimeException | AssertionError failure) {
                supervisor.keepFailure("supervisor");
                throw failure;
            }
        }

        String referralId;
        try (ConsoleBrowser workstation = new ConsoleBrowser(baseUri())) {
            try {
                workstation.signIn("ws-arbitration");
                assertThat(workstation.driver.getCurrentUrl()).endsWith("/console/inbox");
                workstation.screenshot("01-workstation-inbox");
                workstation.open("/console/referrals/new");
                assertThat(workstation.driver.getTitle()).contains("新建转介");

                // the hub names every problem at once, and the form keeps what was typed
                workstation.type(By.id("f-applicant-name"), "张秀英");
                workstation.type(By.id("f-opposingParty-creditCode"), "913303021234567890");
                ((JavascriptExecutor) workstation.driver).executeScript(
                        "document.getElementById('referral-form').setAttribute('data-submit-anyway', '')");
                workstation.driver.findElement(By.id("submit-referral")).click();
                WebElement problems = workstation.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("server-problems")));
                assertThat(problems.findElements(By.cssSelector("li"))).hasSizeGreaterThanOrEqualTo(3);
                assertThat(workstation.driver.findElement(By.id("f-applicant-name")).getAttribute("value")).isEqualTo("张秀英");
                assertThat(workstation.driver.findElement(By.id("f-opposingParty-creditCode")).getAttribute("value"))
                        .isEqualTo("913303021234567890");
                workstation.screenshot("02-workstation-new-referral-problems");

                // live checks while typing: ID check digit, mobile, credit code
                workstation.type(By.id("f-applicant-idNumber"), wrongCheckDigit);
                workstation.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-f-applicant-idNumber"), "校验位"));
                workstation.type(By.id("f-applicant-phone"), "1234");
                workstation.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-f-applicant-phone"), "手机"));
                workstation.type(By.id("f-opposingParty-creditCode"), creditCode.substring(0, 17) + (creditCode.endsWith("0") ? "1" : "0"));
                workstation.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-f-opposingParty-creditCode"), "校验码"));
                assertThat(workstation.text(By.id("live-count"))).isEqualTo("3");
                workstation.screenshot("03-workstation-live-validation");

                workstation.type(By.id("f-applicant-idNumber"), idNumber);
                workstation.type(By.id("f-applicant-phone"), phone);
                workstation.type(By.id("f-opposingParty-creditCode"), creditCode);
                workstation.wait.until(ExpectedConditions.textToBe(By.id("err-f-applicant-idNumber"), ""));
                workstation.choose(By.id("f-applicant-sex"), "FEMALE");
                workstation.choose(By.id("f-applicant-group"), "MIGRANT_WORKER");
                workstation.choose(By.id("f-matter-category"), "UNPAID_WAGES");
                workstation.choose(By.id("f-matter-legalStatus"), "ARBITRATION");
                workstation.choose(By.id("f-matter-role"), "CLAIMANT");
                workstation.type(By.id("f-matter-facts"), "申请人在" + employer + "承建的瓯江路安置房项目做钢筋工，被拖欠工资五个月，已向仲裁院申请仲裁。");
                workstation.type(By.id("f-amountClaimed"), "36800");
                workstation.type(By.id("f-opposingParty-name"), employer);
                workstation.choose(By.id("f-doc-ID_PROOF"), "PROVIDED");
                workstation.choose(By.id("f-doc-LABOR_CONTRACT"), "MISSING");
                workstation.screenshot("04-workstation-new-referral-filled");
                ((JavascriptExecutor) workstation.driver).executeScript(
                        "document.getElementById('referral-form').removeAttribute('data-submit-anyway')");
                workstation.driver.findElement(By.id("submit-referral")).click();
                workstation.wait.until(ExpectedConditions.urlMatches("/console/referrals/R[^/]+$"));
                referralId = workstation.text(By.id("referral-id"));
                assertThat(workstation.page()).contains("转介已提交").contains(idNumber);
                workstation.screenshot("05-workstation-referral-submitted");
            } catch (RuntimeException | AssertionError failure) {
                workstation.keepFailure("workstation");
                throw failure;
            }
        }

        try (ConsoleBrowser reviewer = new ConsoleBrowser(baseUri())) {
            try {
                reviewer.signIn("reviewer-legalaid");
                reviewer.type(By.id("inbox-q"), referralId);
                reviewer.wait.until(ExpectedConditions.urlContains("q=" + referralId)); // the list re-rendered by htmx
                By row = By.cssSelector("tr[data-referral='" + referralId + "']");
                reviewer.wait.until(ExpectedConditions.visibilityOfElementLocated(row));
                assertThat(reviewer.driver.findElement(row).getText()).contains("绿色通道").contains("受理期限").contains("剩余");
                reviewer.screenshot("06-reviewer-inbox");
                reviewer.driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
                reviewer.screenshot("06b-reviewer-inbox-tablet");
                reviewer.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));

                // accept pending documents in place, from the inbox row: the missing contract is already ticked
                reviewer.driver.findElement(row).findElement(By.cssSelector("button[aria-controls]")).click();
                reviewer.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#act-" + referralId + " .actions")));
                act(reviewer, "#act-" + referralId, "ACCEPTED_PENDING_DOCUMENTS", "容缺受理", () -> {
                    assertThat(reviewer.driver.findElement(By.cssSelector("#act-" + referralId
                            + " details[data-event='ACCEPTED_PENDING_DOCUMENTS'] input[value='LABOR_CONTRACT']")).isSelected()).isTrue();
                    reviewer.screenshot("07-reviewer-accept-pending-documents");
                });

                reviewer.open("/console/referrals/" + referralId);
                assertThat(reviewer.text(By.id("referral-status"))).isEqualTo("容缺受理");
                assertThat(reviewer.text(By.id("applicant-id"))).isEqualTo(idNumber);
                assertThat(reviewer.text(By.id("rules"))).contains("法律援助法");
                assertThat(reviewer.text(By.cssSelector("#documents tr[data-missing='LABOR_CONTRACT']"))).contains("劳动合同").contains("待补正");
                assertThat(reviewer.text(By.id("clocks"))).contains("补正材料");
                reviewer.screenshot("08-reviewer-referral-pending-documents");
                act(reviewer, "GRANTED", "已决定给予援助");

                reviewer.open("/console/referrals/" + referralId);
                act(reviewer, "main", "ASSIGNED", "已指派", () -> {
                    reviewer.choose(By.id("ASSIGNED-assigneeKind"), "WORKSTATION");
                    reviewer.choose(By.id("ASSIGNED-assigneeAgencyId"), "union-330300");
                    reviewer.type(By.id("ASSIGNED-assigneeName"), "温州市总工会法律援助工作站");
                    reviewer.type(By.id("ASSIGNED-note"), "绿色通道案件，请工会工作站三日内联系申请人。");
                    reviewer.screenshot("09-reviewer-assigning");
                });
                reviewer.open("/console/referrals/" + referralId);
                assertThat(reviewer.text(By.id("referral-status"))).isEqualTo("已指派");
                assertThat(reviewer.text(By.id("timeline"))).contains("容缺受理").contains("已指派").contains("温州市总工会法律援助工作站");
                reviewer.screenshot("10-reviewer-referral-assigned");
            } catch (RuntimeException | AssertionError failure) {
                reviewer.keepFailure("reviewer");
                throw failure;
            }
        }

        try (ConsoleBrowser union = new ConsoleBrowser(baseUri())) {
            try {
                union.signIn("ws-union");
                union.open("/console/inbox?direction=assigned&q=" + referralId);
                By row = By.cssSelector("tr[data-referral='" + referralId + "']");
                assertThat(union.text(row)).contains("指派给本机构").contains(employer).contains("已指派");
                union.screenshot("11-union-inbox-assigned");
                union.driver.findElement(row).findElement(By.linkText(referralId)).click();
                assertThat(union.text(By.id("referral-status"))).isEqualTo("已指派");
                // the assigned workstation handles the case: its staff see the applicant's data to contact them
                assertThat(union.text(By.id("applicant-phone"))).isEqualTo(phone);
                act(union, "ASSIGNMENT_ACCEPTED", "办理中");
                union.open("/console/referrals/" + referralId);
                union.screenshot("12-union-assignment-accepted");
            } catch (RuntimeException | AssertionError failure) {
                union.keepFailure("union");
                throw failure;
            }
        }

        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                assertThat(coordinator.driver.getCurrentUrl()).endsWith("/console/search");
                By hit = By.linkText(referralId);
                Awaitility.await("the case feed has the referral").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions().until(() -> {
                            coordinator.open("/console/search?q=" + URLEncoder.encode(employer, StandardCharsets.UTF_8));
                            return !coordinator.driver.findElements(hit).isEmpty();
                        });
                assertThat(coordinator.driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo(employer);
                assertThat(coordinator.text(By.id("search-table"))).contains(maskedId).contains(employer);
                assertThat(coordinator.page()).doesNotContain(idNumber).doesNotContain(phone);
                PersonalData.assertNoneUnmasked("the coordinator's search results", coordinator.page());
                coordinator.screenshot("13-coordinator-search-by-employer");

                String export = exportCsv(coordinator);
                assertThat(export).contains(referralId).contains(maskedId).doesNotContain(idNumber).doesNotContain(phone);

                // business-key look-up by the full ID number: the results show it masked
                coordinator.type(By.id("search-q"), idNumber);
                coordinator.driver.findElement(By.id("search-submit")).click();
                coordinator.wait.until(ExpectedConditions.urlContains("q=" + idNumber)); // the results re-rendered by htmx
                coordinator.wait.until(ExpectedConditions.presenceOfElementLocated(hit));
                assertThat(coordinator.text(By.id("search-table"))).contains(maskedId).doesNotContain(idNumber);
                coordinator.screenshot("14-coordinator-search-by-id-number");

                coordinator.driver.findElement(hit).click();
                assertThat(coordinator.text(By.id("applicant-id"))).isEqualTo(maskedId);
                assertThat(coordinator.text(By.id("employer-name"))).isEqualTo(employer);
                assertThat(coordinator.page()).doesNotContain(idNumber).doesNotContain(phone);
                PersonalData.assertNoneUnmasked("the referral as the coordinator sees it", coordinator.page());
                coordinator.screenshot("15-coordinator-referral-masked");
                coordinator.open("/console/notices");
                PersonalData.assertNoneUnmasked("the coordinator's meetings and bulletins", coordinator.page());
                coordinator.screenshot("15b-coordinator-notices");
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator");
                throw failure;
            }
        }

        try (ConsoleBrowser reviewer = new ConsoleBrowser(baseUri())) {
            try {
                reviewer.signIn("reviewer-legalaid");
                reviewer.open("/console/referrals/" + referralId);
                act(reviewer, "DOCUMENTS_RECEIVED", "办理中");
                reviewer.open("/console/referrals/" + referralId);
                assertThat(reviewer.text(By.cssSelector("#documents tr[data-missing='LABOR_CONTRACT']"))).contains("已补正");
                act(reviewer, "main", "PROGRESS", "办理中", () -> {
                    reviewer.choose(By.id("PROGRESS-stage"), "MEDIATION");
                    reviewer.type(By.id("PROGRESS-note"), "已组织劳资双方调解。");
                });
                act(reviewer, "main", "CLOSED", "已结案", () -> {
                    reviewer.choose(By.id("CLOSED-result"), "SETTLED");
                    reviewer.type(By.id("CLOSED-amountRecovered"), "12000.50");
                    reviewer.type(By.id("CLOSED-summary"), "调解结案，用人单位当场支付拖欠工资。");
                });
                reviewer.open("/console/referrals/" + referralId);
                assertThat(reviewer.text(By.id("referral-status"))).isEqualTo("已结案");
                reviewer.screenshot("16-reviewer-closed");
            } catch (RuntimeException | AssertionError failure) {
                reviewer.keepFailure("reviewer");
                throw failure;
            }
        }

        try (ConsoleBrowser supervisor = new ConsoleBrowser(baseUri())) {
            try {
                supervisor.signIn("supervisor-justice");
                long total = Long.parseLong(supervisor.text(By.id("kpi-total")));
                assertThat(total).isGreaterThanOrEqualTo(totalBefore + 1);
                assertThat(yuan(supervisor.text(By.id("kpi-money")))).isGreaterThanOrEqualTo(moneyBefore.add(new BigDecimal("12000.50")));
                assertThat(supervisor.text(By.cssSelector("#table-byCategory tr[data-code='UNPAID_WAGES']"))).contains("追索劳动报酬");
                assertThat(supervisor.page()).doesNotContain(idNumber).doesNotContain(phone);
                PersonalData.assertNoneUnmasked("the statistics", supervisor.page());
                supervisor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-month canvas")));
                supervisor.screenshot("17-supervisor-statistics");

                // the same numbers as the report API for the same period
                String from = supervisor.driver.findElement(By.id("stats-from")).getAttribute("value");
                String to = supervisor.driver.findElement(By.id("stats-to")).getAttribute("value");
                JsonNode api = json(as("justice-330300").get("/api/v1/statistics?from=" + from + "&to=" + to));
                assertThat(api.path("total").asLong()).isEqualTo(total);
            } catch (RuntimeException | AssertionError failure) {
                supervisor.keepFailure("supervisor");
                throw failure;
            }
        }
    }

    /**
     * Opens the action of that type inside {@code scope}, lets {@code fill} complete its form, submits it and
     * waits until htmx has replaced the actions with the answer naming the new status.
     */
    private static void act(ConsoleBrowser browser, String scope, String type, String statusLabel, Runnable fill) {
        WebElement actions = browser.driver.findElement(By.cssSelector(scope + " .actions"));
        browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(scope + " details[data-event='" + type + "'] summary"))).click();
        fill.run();
        browser.driver.findElement(By.cssSelector(scope + " button[data-submit='" + type + "']")).click();
        browser.wait.until(ExpectedConditions.stalenessOf(actions));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(scope + " .actions .message"), statusLabel));
    }

    private static void act(ConsoleBrowser browser, String type, String statusLabel) {
        act(browser, "main", type, statusLabel, () -> { });
    }

    private String exportCsv(ConsoleBrowser browser) throws Exception {
        String href = browser.driver.findElement(By.id("search-export")).getAttribute("href");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        return response.body();
    }

    private static BigDecimal yuan(String shown) {
        return new BigDecimal(shown.replace("¥", "").replace(",", "").trim());
    }
}
