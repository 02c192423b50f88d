package cn.legalaidhub.bulletins;

import static cn.legalaidhub.support.RestPartnerSimulators.INSPECTION;
import static cn.legalaidhub.support.RestPartnerSimulators.UNION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.MessageType;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.InboxReader;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bulletin published to a topic reaches every subscriber through its own transport — inbox, HTTP
 * push, the inspection REST adapter, the union's signed webhook, the arbitration institute's SOAP
 * callback — with an attachment each recipient downloads and checks; acknowledgements are tracked,
 * and the one recipient that does not acknowledge is reminded, chased and escalated to the justice
 * bureau naming the union's on-duty liaison. Subscriptions opt agencies in and out.
 */
class BulletinIT extends HubIntegrationTest {

    private static final byte[] ROSTER_FILE = "姓名,身份证号后四位,欠薪月数,金额\n张三,1234,5,42000\n李四,5678,4,36000\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() throws Exception {
        clock.reset();
        put("mediation-330300", "{\"subscriptions\":[]}");
        put("union-330300", "{\"subscriptions\":[]}");
    }

    @Test
    void anEarlyWarningReachesEverySubscriberByItsOwnTransportAndAMissingAcknowledgementIsEscalated() throws Exception {
        assertThat(put("mediation-330300", "{\"subscriptions\":[{\"category\":\"EARLY_WARNING\",\"mode\":\"IN\",\"region\":\"330300\"}]}")
                .statusCode()).isEqualTo(200);
        assertThat(put("union-330300", "{\"subscriptions\":[{\"category\":\"EARLY_WARNING\",\"mode\":\"OUT\"}]}").statusCode())
                .isEqualTo(200);
        HubApiClient bureau = as("justice-330300");

        HubApiClient.Response published = bureau.post("/api/v1/bulletins", warning(true).toString());

        assertThat(published.status()).as(published.body()).isEqualTo(201);
        JsonNode view = json(published);
        String id = view.path("bulletinId").asText();
        List<String> recipients = new ArrayList<>();
        view.path("recipients").forEach(r -> recipients.add(r.path("agencyId").asText()));
        assertThat(recipients).as("the topic's kinds in 3303xx, the opted-in committee, and the union despite opting out: an "
                + "acknowledgement is required").containsExactlyInAnyOrder("arbitration-330300", "arbitration-330302",
                "legalaid-330300", "union-330300", "inspection-330300", "union-330381", "mediation-330300");

        JsonNode atArbitration = new InboxReader(as("arbitration-330300")).await("BULLETIN", b -> id.equals(b.path("bulletinId").asText()));
        assertThat(ContractSchemas.validate(ContractSchemas.BULLETIN, atArbitration)).isEmpty();
        new InboxReader(as("mediation-330300")).await("BULLETIN", b -> id.equals(b.path("bulletinId").asText()));
        new InboxReader(as("union-330300")).await("BULLETIN", b -> id.equals(b.path("bulletinId").asText()));
        await().atMost(Duration.ofSeconds(30)).until(() -> LEGAL_AID.received(MessageType.BULLETIN).stream()
                .anyMatch(e -> id.equals(e.path("payload").path("bulletinId").asText())));
        await().atMost(Duration.ofSeconds(30)).until(() -> INSPECTION.warnings().stream().anyMatch(w -> id.equals(w.path("yjbh").asText())
                && "1".equals(w.path("xyqr").asText())));
        await().atMost(Duration.ofSeconds(30)).until(() -> ARBITRATION_SOAP.callbacks().hubNotices().stream()
                .anyMatch(n -> "BULLETIN".equals(n.getNoticeKind()) && id.equals(n.getNoticeId())
                        && n.getContent().contains("/api/v1/bulletins/" + id + "/acknowledge")));
        await().atMost(Duration.ofSeconds(30)).until(() -> UNION.received().values().stream()
                .anyMatch(e -> "BULLETIN".equals(e.path("type").asText()) && id.equals(e.path("payload").path("bulletinId").asText())));

        JsonNode attachment = atArbitration.path("attachments").get(0);
        assertThat(attachment.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ROSTER_FILE)));
        HttpResponse<byte[]> download = download("inspection-330300", attachment.path("url").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(ROSTER_FILE);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(download("justice-140100", attachment.path("url").asText()).statusCode()).as("not a recipient").isEqualTo(404);

        for (String agency : List.of("arbitration-330300", "arbitration-330302", "legalaid-330300", "union-330300", "inspection-330300",
                "mediation-330300")) {
            assertThat(as(agency).post("/api/v1/bulletins/" + id + "/acknowledge", "{\"note\":\"已收悉，立即部署\"}").status())
                    .as(agency).isEqualTo(200);
        }

        clock.advance(Duration.ofHours(21));
        await().atMost(Duration.ofSeconds(60)).until(() -> webhookNotice(id, "REMINDER") != null);
        clock.advance(Duration.ofHours(4));
        await().atMost(Duration.ofSeconds(60)).until(() -> webhookNotice(id, "OVERDUE") != null);
        clock.advance(Duration.ofHours(13));
        JsonNode escalation = new InboxReader(bureau).await("NOTICE", n -> id.equals(n.path("subject").path("id").asText())
                && "ESCALATION".equals(n.path("kind").asText()));
        assertThat(escalation.path("title").asText()).contains("瑞安市总工会法律援助工作站");
        assertThat(escalation.path("liaisons")).anySatisfy(l -> {
            assertThat(l.path("name").asText()).isEqualTo("李建国");
            assertThat(l.path("role").asText()).contains("三方专人联系值班联络人（工会");
        });
        assertThat(jdbc.queryForObject("select count(*) from outbound_message m join outbound_message_body b on b.message_id = m.id "
                + "where m.type = 'NOTICE' and m.receiver <> 'union-330381' and m.receiver <> 'justice-330300' and b.body like ?",
                Integer.class, "%" + id + "%")).as("those who acknowledged are left alone").isZero();

        JsonNode tracked = json(bureau.get("/api/v1/bulletins/" + id));
        assertThat(tracked.path("acknowledged").asInt()).isEqualTo(6);
        assertThat(tracked.path("recipients")).anySatisfy(r -> {
            assertThat(r.path("agencyId").asText()).isEqualTo("union-330381");
            assertThat(r.path("overdue").asBoolean()).isTrue();
        });
        assertThat(as("union-330381").post("/api/v1/bulletins/" + id + "/acknowledge", "").status()).isEqualTo(200);
        assertThat(json(bureau.get("/api/v1/bulletins/" + id)).path("acknowledged").asInt()).isEqualTo(7);
    }

    @Test
    void subscriptionsDecideWhoReceivesABulletinThatNeedsNoAcknowledgement() throws Exception {
        assertThat(put("union-330300", "{\"subscriptions\":[{\"category\":\"WORK_INFO\",\"mode\":\"OUT\"}]}").statusCode()).isEqualTo(200);
        ObjectNode info = JSON.createObjectNode().put("title", "12月工作动态").put("body", "本月各工作站共受理农民工法律援助申请126件。");
        info.putObject("topic").put("category", "WORK_INFO").putArray("agencyKinds").add("union");

        JsonNode view = json(as("justice-330300").post("/api/v1/bulletins", info.toString()));

        assertThat(view.path("recipients")).extracting(r -> r.path("agencyId").asText()).containsExactly("union-330381");
        assertThat(json(as("union-330300").get("/api/v1/bulletins/subscriptions")).path("subscriptions").get(0).path("categoryLabel")
                .asText()).isEqualTo("工作动态");
        assertThat(as("union-330300").get("/api/v1/bulletins/" + view.path("bulletinId").asText()).status()).isEqualTo(404);
    }

    @Test
    void aBadBulletinIsRefusedNamingEveryProblem() throws Exception {
        ObjectNode bad = warning(true);
        bad.put("bulletinId", "B-1");
        ((ObjectNode) bad.path("topic")).put("region", "140100").put("category", "GOSSIP");
        ((ObjectNode) bad.path("attachments").get(0)).put("contentBase64", "not base64!!");

        HubApiClient.Response refused = as("justice-330300").post("/api/v1/bulletins", bad.toString());

        assertThat(refused.status()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        json(refused).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertThat(pointers).contains("/bulletinId", "/topic/region", "/topic/category", "/attachments/0/contentBase64");
        assertThat(put("union-330300", "{\"subscriptions\":[{\"category\":\"GOSSIP\",\"mode\":\"MAYBE\"}]}").statusCode()).isEqualTo(400);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static ObjectNode warning(boolean requiresAck) {
        ObjectNode b = JSON.createObjectNode();
        b.putObject("topic").put("category", "EARLY_WARNING").put("region", "330300").putArray("agencyKinds")
                .add("inspection").add("union").add("legalaid").add("arbitration");
        b.put("title", "关于瓯海区某安置房项目可能引发群体性讨薪事件的预警");
        b.put("body", "瓯海区娄桥安置房二期项目37名农民工到项目部聚集讨要工资，涉及金额约150万元。请劳动保障监察部门立即约谈总包单位，"
                + "工会、仲裁院法律援助工作站做好接待，法律援助中心开通绿色通道。");
        b.put("requiresAck", requiresAck);
        b.putArray("attachments").addObject().put("name", "农民工名册及欠薪统计表.csv").put("mediaType", "text/csv")
                .put("contentBase64", Base64.getEncoder().encodeToString(ROSTER_FILE));
        return b;
    }

    /** A notice about the bulletin the union's webhook receiver took, or null. */
    private static JsonNode webhookNotice(String bulletinId, String kind) {
        return UNION.received().values().stream().filter(e -> "NOTICE".equals(e.path("type").asText())).map(e -> e.path("payload"))
                .filter(p -> bulletinId.equals(p.path("subject").path("id").asText()) && kind.equals(p.path("kind").asText()))
                .findFirst().orElse(null);
    }

    private HttpResponse<String> put(String agency, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUri() + "/api/v1/bulletins/subscriptions"))
                .header("Authorization", "Bearer it-" + agency + "-key").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> download(String agency, String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer it-" + agency + "-key")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
