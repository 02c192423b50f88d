package cn.legalaidhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.legalaidhub.adapters.commerce.WorkstationFiles;
import cn.legalaidhub.support.HubIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 批量上传 in a real browser against the running hub: a chamber-of-commerce workstation downloads both templates,
 * uploads a small CSV with one bad row through the console's multipart form, watches the batch until the hub has
 * read it, sees the bad row with its reasons in Chinese, and downloads the result file. Nobody else gets the page,
 * a multipart upload without the CSRF token is refused, and no ID or phone number of the file is shown.
 */
class ConsoleBatchIT extends HubIntegrationTest {

    /** Enough rows that the hub is still reading when the page opens, and for several pages of rows. */
    private static final int GOOD_ROWS = 300;

    /** Rows per page of the console's batch page. */
    private static final class BatchPage {
        static final int SIZE = 20;
    }

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(ConsoleBrowser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void aCommerceWorkstationUploadsACsvAndSeesTheRejectedRowAndTheResultFile() throws Exception {
        WorkstationFiles.SampleRows samples = new WorkstationFiles.SampleRows(UUID.randomUUID().hashCode(),
                "GS-UI-" + UUID.randomUUID().toString().substring(0, 6) + "-");
        List<List<String>> rows = new ArrayList<>();
        rows.add(WorkstationFiles.header());
        rows.add(samples.next());
        rows.add(samples.next());
        List<String> bad = new ArrayList<>(samples.next());
        String badId = "330302199001011234";
        bad.set(4, badId);
        bad.set(5, "12345");
        rows.add(bad);
        for (int i = 0; i < GOOD_ROWS - 2; i++) {
            rows.add(samples.next());
        }
        Path file = Files.createTempDirectory("console-batch-").resolve("受理记录-" + UUID.randomUUID().toString().substring(0, 8) + ".csv");
        Files.write(file, WorkstationFiles.csv(rows, StandardCharsets.UTF_8, true));

        String batchId;
        try (ConsoleBrowser ws = new ConsoleBrowser(baseUri())) {
            try {
                ws.signIn("ws-commerce");
                ws.driver.findElement(By.linkText("批量上传")).click();
                ws.wait.until(ExpectedConditions.urlContains("/console/batches"));
                assertThat(ws.driver.getTitle()).contains("批量上传");
                ws.screenshot("20-commerce-batches");

                HttpResponse<byte[]> csvTemplate = get(ws, ws.driver.findElement(By.id("template-csv")).getAttribute("href"));
                assertThat(csvTemplate.statusCode()).isEqualTo(200);
                assertThat(new String(csvTemplate.body(), StandardCharsets.UTF_8)).contains("工作站登记号").contains("身份证号码");
                HttpResponse<byte[]> xlsxTemplate = get(ws, ws.driver.findElement(By.id("template-xlsx")).getAttribute("href"));
                assertThat(xlsxTemplate.statusCode()).isEqualTo(200);
                assertThat(xlsxTemplate.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
                assertThat(xlsxTemplate.body()).startsWith((byte) 'P', (byte) 'K');

                ws.driver.findElement(By.id("batch-file")).sendKeys(file.toAbsolutePath().toString());
                ws.driver.findElement(By.id("upload-submit")).click();
                ws.wait.until(ExpectedConditions.urlMatches("/console/batches/B[^/?]+$"));
                assertThat(ws.text(By.id("batch-file-name"))).isEqualTo(file.getFileName().toString());
                batchId = ws.text(By.id("batch-id"));
                // a file of some hundred rows is still being read when its page opens: the page polls its progress
                String firstStatus = ws.driver.findElement(By.id("batch-status")).getAttribute("data-status");
                if (!"DONE".equals(firstStatus)) {
                    assertThat(firstStatus).isIn("RECEIVED", "PROCESSING");
                    assertThat(ws.driver.findElement(By.id("batch-progress")).getAttribute("hx-trigger")).isEqualTo("every 1s");
                }
                ws.screenshot("21-commerce-batch-uploaded");

                // the page follows the batch and shows its rows once the hub has read them
                new org.openqa.selenium.support.ui.WebDriverWait(ws.driver, java.time.Duration.ofSeconds(120))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("rows-table")));
                assertThat(ws.driver.findElement(By.id("batch-status")).getAttribute("data-status")).isEqualTo("DONE");
                assertThat(ws.text(By.id("batch-rows-read"))).isEqualTo(String.valueOf(GOOD_ROWS + 1));
                assertThat(ws.text(By.id("batch-rows-accepted"))).isEqualTo(String.valueOf(GOOD_ROWS));
                assertThat(ws.text(By.id("batch-rows-rejected"))).isEqualTo("1");
                // 20 rows a page: the bad row (line 4 of the file) is on the first
                assertThat(ws.driver.findElements(By.cssSelector("#rows-table tr[data-result]"))).hasSize(BatchPage.SIZE);
                assertThat(ws.driver.findElements(By.cssSelector("#rows-table tr[data-result='已受理']"))).hasSize(BatchPage.SIZE - 1);
                assertThat(ws.text(By.cssSelector("nav.pager"))).contains("共 " + ((GOOD_ROWS + 1 + BatchPage.SIZE - 1) / BatchPage.SIZE) + " 页");
                ws.driver.findElement(By.linkText("下一页")).click();
                ws.wait.until(ExpectedConditions.urlContains("page=1"));
                assertThat(ws.driver.findElement(By.cssSelector("#rows-table tr[data-result]")).getAttribute("data-row")).isEqualTo("22");
                ws.driver.navigate().back();
                ws.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("page=1")));
                scrollTo(ws, By.id("rows-table"));
                ws.screenshot("22-commerce-batch-rows");

                ws.driver.findElement(By.id("rows-rejected")).click();
                ws.wait.until(ExpectedConditions.urlContains("outcome=rejected"));
                List<WebElement> rejected = ws.driver.findElements(By.cssSelector("#rows-table tbody tr[data-result]"));
                assertThat(rejected).hasSize(1);
                assertThat(rejected.get(0).getAttribute("data-row")).isEqualTo("4");
                assertThat(rejected.get(0).getText()).contains("退回").contains(bad.get(0));
                String reason = rejected.get(0).findElement(By.cssSelector("td.reason")).getText();
                assertThat(reason).as("the reasons in Chinese, each naming its column").contains("「身份证号码」").contains("「联系电话」")
                        .doesNotContain("is not");
                scrollTo(ws, By.id("rows-table"));
                ws.screenshot("23-commerce-batch-rejected-row");
                assertNoPersonalDataOfTheFile(ws.page(), rows);

                HttpResponse<byte[]> result = get(ws, ws.driver.findElement(By.id("batch-result")).getAttribute("href"));
                assertThat(result.statusCode()).isEqualTo(200);
                String resultText = new String(result.body(), StandardCharsets.UTF_8);
                assertThat(resultText).contains("处理结果").contains("已受理").contains("退回").contains(bad.get(0));

                ws.open("/console/batches");
                assertThat(ws.text(By.id("batch-table"))).contains(file.getFileName().toString()).contains("处理完成");
                assertNoPersonalDataOfTheFile(ws.page(), rows);

                // a multipart upload without the page's CSRF token is refused
                String boundary = "b" + UUID.randomUUID();
                String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + new String(Files.readAllBytes(file), StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n";
                HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUri().resolve("/console/batches"))
                        .header("Cookie", "JSESSIONID=" + ws.sessionCookie()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(forged.statusCode()).isEqualTo(403);
            } catch (RuntimeException | AssertionError failure) {
                ws.keepFailure("commerce-batch");
                throw failure;
            }
        }

        // only workstation staff have the page, and only a chamber-of-commerce workstation has it in its menu
        ConsoleSession coordinator = new ConsoleSession(baseUri());
        coordinator.signIn("coordinator-justice", ConsoleBrowser.PASSWORD);
        assertThat(coordinator.get("/console/batches").statusCode()).isEqualTo(403);
        ConsoleSession union = new ConsoleSession(baseUri());
        union.signIn("ws-union", ConsoleBrowser.PASSWORD);
        assertThat(union.get("/console/inbox").body()).doesNotContain("批量上传");
        assertThat(union.get("/console/batches/" + batchId).statusCode()).as("another agency's batch").isEqualTo(404);
        assertThat(union.get("/console/batches/" + batchId + "/result").statusCode()).isEqualTo(404);
    }

    /** The ID and phone numbers of the uploaded rows appear nowhere on the page (the reasons mask them). */
    private static void assertNoPersonalDataOfTheFile(String page, List<List<String>> rows) {
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(page).doesNotContain(row.get(4));
            if (row.get(5).length() == 11) {
                assertThat(page).doesNotContain(row.get(5));
            }
        }
    }

    private static void scrollTo(ConsoleBrowser browser, By by) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.driver.findElement(by));
    }

    private static HttpResponse<byte[]> get(ConsoleBrowser browser, String href) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
