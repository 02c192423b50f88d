package cn.legalaidhub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 会议与通报 in a real browser against the running hub: the justice bureau's coordinator convenes a joint meeting
 * of the arbitration and union workstations with the console's form; the arbitration workstation acknowledges it
 * and sends a deputy, the union workstation asks for leave; the coordinator sees both replies. After the meeting
 * the arbitration workstation finds the action item it owns and closes it with a note. A bulletin requiring
 * acknowledgement is published from the console and acknowledged from it. No page shows an unmasked ID or phone.
 */
class ConsoleCoordinationIT extends HubIntegrationTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestClock clock;

    @BeforeAll
    static void browserInstalled() {
        assumeTrue(ConsoleBrowser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aCoordinatorConvenesTwoWorkstationsWhoAcknowledgeAndReplyAndAnActionItemIsClosed() throws Exception {
        String title = "欠薪案件会商联席会议 " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime starts = LocalDateTime.ofInstant(clock.instant(), BEIJING).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        String meetingId;
        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.driver.findElement(By.linkText("会议与通报")).click();
                coordinator.driver.findElement(By.id("new-meeting")).click();
                coordinator.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-form")));

                // the hub names every problem, and the form keeps what was typed
                coordinator.type(By.id("m-title"), title);
                setValue(coordinator, "m-startsAt", starts.format(LOCAL));
                coordinator.driver.findElement(By.id("p-arbitration-330300")).click();
                coordinator.driver.findElement(By.id("meeting-submit")).click();
                assertThat(coordinator.text(By.id("form-problems"))).contains("会议地点");
                assertThat(coordinator.driver.findElement(By.id("m-title")).getAttribute("value")).isEqualTo(title);
                assertThat(coordinator.driver.findElement(By.id("p-arbitration-330300")).isSelected()).isTrue();
                coordinator.screenshot("30-coordinator-meeting-form-problems");

                setValue(coordinator, "m-endsAt", starts.plusHours(2).format(LOCAL));
                coordinator.type(By.id("m-place"), "温州市司法局三楼会议室");
                coordinator.type(By.id("person-arbitration-330300"), "陈立新");
                coordinator.driver.findElement(By.id("p-union-330300")).click();
                coordinator.type(By.id("m-agenda"), "通报欠薪法律援助案件受理、指派情况\n会商群体性欠薪案件");
                coordinator.screenshot("31-coordinator-meeting-form");
                coordinator.driver.findElement(By.id("meeting-submit")).click();
                coordinator.wait.until(ExpectedConditions.urlMatches("/console/meetings/MT[^/]+$"));
                meetingId = coordinator.text(By.id("meeting-id"));
                assertThat(coordinator.text(By.id("meeting-title"))).isEqualTo(title);
                assertThat(coordinator.driver.findElements(By.cssSelector("#participants tbody tr"))).hasSize(3);
                assertThat(coordinator.text(By.id("agenda"))).contains("会商群体性欠薪案件");
                coordinator.screenshot("32-coordinator-meeting-convened");
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-meeting");
                throw failure;
            }
        }

        try (ConsoleBrowser arbitration = new ConsoleBrowser(baseUri())) {
            try {
                arbitration.signIn("ws-arbitration");
                arbitration.open("/console/notices");
                By row = By.cssSelector("#meetings-table tr[data-meeting='" + meetingId + "']");
                assertThat(arbitration.text(row)).contains(title).contains("温州市司法局");
                arbitration.screenshot("33-arbitration-notices");
                arbitration.driver.findElement(row).findElement(By.linkText(title)).click();
                arbitration.wait.until(ExpectedConditions.elementToBeClickable(By.id("meeting-acknowledge"))).click();
                assertThat(arbitration.text(By.cssSelector(".message.ok"))).contains("已签收");
                assertThat(arbitration.driver.findElements(By.id("meeting-acknowledge"))).isEmpty();

                // a deputy needs a name: the hub says so, then the reply goes through
                arbitration.driver.findElement(By.id("reply-DEPUTY")).click();
                arbitration.driver.findElement(By.id("reply-submit")).click();
                assertThat(arbitration.text(By.cssSelector(".message.bad"))).contains("代表");
                arbitration.driver.findElement(By.id("reply-DEPUTY")).click();
                arbitration.type(By.id("reply-person"), "张副院长");
                arbitration.driver.findElement(By.id("reply-submit")).click();
                assertThat(arbitration.text(By.cssSelector(".message.ok"))).contains("已回复");
                assertThat(arbitration.text(By.cssSelector("#participants tr[data-agency='arbitration-330300']")))
                        .contains("委派代表参会").contains("张副院长");
                arbitration.screenshot("34-arbitration-meeting-replied");
                PersonalData.assertNoneUnmasked("the meeting page", arbitration.page());
            } catch (RuntimeException | AssertionError failure) {
                arbitration.keepFailure("arbitration-meeting");
                throw failure;
            }
        }

        try (ConsoleBrowser union = new ConsoleBrowser(baseUri())) {
            try {
                union.signIn("ws-union");
                union.open("/console/meetings/" + meetingId);
                union.driver.findElement(By.id("reply-ABSENT")).click();
                union.type(By.id("reply-reason"), "同日参加劳动争议调解培训");
                union.driver.findElement(By.id("reply-submit")).click();
                assertThat(union.text(By.cssSelector(".message.ok"))).contains("已回复");
            } catch (RuntimeException | AssertionError failure) {
                union.keepFailure("union-meeting");
                throw failure;
            }
        }

        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.open("/console/meetings/" + meetingId);
                assertThat(coordinator.text(By.cssSelector("#participants tr[data-agency='arbitration-330300']")))
                        .contains("委派代表参会").contains("张副院长");
                assertThat(coordinator.text(By.cssSelector("#participants tr[data-agency='union-330300']")))
                        .contains("请假").contains("同日参加劳动争议调解培训");
                coordinator.screenshot("35-coordinator-sees-replies");
                coordinator.open("/console/notices");
                assertThat(coordinator.text(By.cssSelector("#meetings-table tr[data-meeting='" + meetingId + "']"))).contains("3/3");
                PersonalData.assertNoneUnmasked("the coordinator's notices", coordinator.page());
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-replies");
                throw failure;
            }
        }

        // after the meeting the bureau issues minutes (API); the arbitration workstation closes its item in the console
        clock.advance(Duration.ofHours(3));
        ObjectNode minutes = JSON.createObjectNode().put("text", "会议会商群体性欠薪案件，议定由仲裁院快立快审。");
        minutes.putArray("actionItems").addObject().put("title", "对会商的欠薪案件快立快审").put("ownerAgency", "arbitration-330300")
                .put("dueDate", LocalDate.ofInstant(clock.instant(), BEIJING).plusDays(5).toString());
        HubApiClient.Response minuted = as("justice-330300").post("/api/v1/meetings/" + meetingId + "/minutes", minutes.toString());
        assertThat(minuted.status()).as(minuted.body()).isEqualTo(200);
        String itemId = json(minuted).path("actionItems").get(0).path("itemId").asText();

        try (ConsoleBrowser arbitration = new ConsoleBrowser(baseUri())) {
            try {
                arbitration.signIn("ws-arbitration");
                arbitration.open("/console/notices");
                assertThat(arbitration.text(By.cssSelector("#action-items-table tr[data-item='" + itemId + "']"))).contains("快立快审");
                arbitration.screenshot("36-arbitration-action-items");
                arbitration.driver.findElement(By.cssSelector("#action-items-table tr[data-item='" + itemId + "'] a")).click();
                arbitration.type(By.id("note-" + itemId), "已对该批案件开通快速立案通道，三日内开庭。");
                arbitration.driver.findElement(By.id("close-" + itemId)).click();
                assertThat(arbitration.text(By.cssSelector(".message.ok"))).contains("办结");
                assertThat(arbitration.driver.findElement(By.id("item-" + itemId)).getAttribute("data-state")).isEqualTo("DONE");
                assertThat(arbitration.text(By.id("item-" + itemId))).contains("三日内开庭");
                arbitration.screenshot("37-arbitration-action-item-closed");
            } catch (RuntimeException | AssertionError failure) {
                arbitration.keepFailure("arbitration-action-item");
                throw failure;
            }
        }
    }

    @Test
    void aBulletinRequiringAcknowledgementIsPublishedAndAcknowledgedFromTheConsole() throws Exception {
        String title = "关于做好春节前农民工工资支付法律援助工作的通知 " + UUID.randomUUID().toString().substring(0, 6);
        String bulletinId;
        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.open("/console/bulletins/new");
                coordinator.choose(By.id("b-category"), "WORK_INFO");
                coordinator.driver.findElement(By.id("k-arbitration")).click();
                coordinator.type(By.id("b-title"), title);
                coordinator.type(By.id("b-body"), "各工作站对欠薪求助做到当日受理、当日转介，请于三日内签收。");
                assertThat(coordinator.driver.findElement(By.id("b-requiresAck")).isSelected()).isTrue();
                coordinator.screenshot("38-coordinator-bulletin-form");
                coordinator.driver.findElement(By.id("bulletin-submit")).click();
                coordinator.wait.until(ExpectedConditions.urlMatches("/console/bulletins/[^/]+$"));
                bulletinId = coordinator.text(By.id("bulletin-id"));
                assertThat(coordinator.text(By.cssSelector("#recipients tr[data-agency='arbitration-330300']"))).contains("未签收");
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-bulletin");
                throw failure;
            }
        }

        try (ConsoleBrowser arbitration = new ConsoleBrowser(baseUri())) {
            try {
                arbitration.signIn("ws-arbitration");
                arbitration.open("/console/notices");
                By row = By.cssSelector("#bulletins-table tr[data-bulletin='" + bulletinId + "']");
                assertThat(arbitration.text(row)).contains(title).contains("待签收");
                arbitration.driver.findElement(row).findElement(By.linkText(title)).click();
                assertThat(arbitration.text(By.id("bulletin-body"))).contains("当日受理");
                arbitration.type(By.id("ack-note"), "已传达至各工作站。");
                arbitration.screenshot("39-arbitration-bulletin");
                arbitration.driver.findElement(By.id("bulletin-acknowledge")).click();
                assertThat(arbitration.text(By.cssSelector(".message.ok"))).contains("已签收");
                assertThat(arbitration.text(By.id("bulletin-acked"))).contains("已于");
                assertThat(arbitration.driver.findElements(By.id("bulletin-acknowledge"))).isEmpty();
                arbitration.screenshot("40-arbitration-bulletin-acknowledged");
                PersonalData.assertNoneUnmasked("the bulletin page", arbitration.page());
            } catch (RuntimeException | AssertionError failure) {
                arbitration.keepFailure("arbitration-bulletin");
                throw failure;
            }
        }

        try (ConsoleBrowser coordinator = new ConsoleBrowser(baseUri())) {
            try {
                coordinator.signIn("coordinator-justice");
                coordinator.open("/console/bulletins/" + bulletinId);
                assertThat(coordinator.text(By.cssSelector("#recipients tr[data-agency='arbitration-330300']"))).contains("已传达至各工作站");
                coordinator.screenshot("41-coordinator-bulletin-acknowledgements");
            } catch (RuntimeException | AssertionError failure) {
                coordinator.keepFailure("coordinator-bulletin-acks");
                throw failure;
            }
        }
    }

    /** A {@code datetime-local} field's value, set the way the browser's picker would (typing is locale-dependent). */
    private static void setValue(ConsoleBrowser browser, String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", field, value);
    }
}
