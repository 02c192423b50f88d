package cn.legalaidhub.meetings;

import static cn.legalaidhub.support.RestPartnerSimulators.INSPECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.MessageType;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.InboxReader;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A joint meeting through three transports — the arbitration institute reads its inbox, the legal-aid
 * center takes HTTP pushes, labor inspection is reached by its REST adapter — convened by the justice
 * bureau, rescheduled, acknowledged and answered, chased for a missing reply, minuted, and its action
 * items closed, one of them only after reminders, an overdue notice and an escalation naming the
 * on-duty roster liaison. The hub's clock is moved forward instead of waiting.
 */
class JointMeetingIT extends HubIntegrationTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> referrals = new ArrayList<>();

    /** Back to the real time; the test's referrals are withdrawn so none stays overdue for the tests after it. */
    @AfterEach
    void backToNow() throws Exception {
        clock.reset();
        for (String id : referrals) {
            as("arbitration-330300").post("/api/v1/referrals/" + id + "/events", "{\"type\":\"CANCELLED\",\"confirm\":true}");
        }
    }

    @Test
    void aMeetingOfThreeTransportsIsConvenedAcknowledgedMinutedAndItsActionItemsClosed() throws Exception {
        HubApiClient bureau = as("justice-330300");
        HubApiClient arbitration = as("arbitration-330300");
        HubApiClient legalAid = as("legalaid-330300");
        HubApiClient inspection = as("inspection-330300");
        InboxReader arbitrationInbox = new InboxReader(arbitration);
        InboxReader bureauInbox = new InboxReader(bureau);
        String caseToDiscuss = refer();

        // convene: every participant's own system gets the notice
        ObjectNode meeting = meeting("春节前农民工讨薪法律援助专项行动联席会议", Duration.ofDays(3), Duration.ofDays(2));
        ((ArrayNode) meeting.path("agenda")).addObject().put("title", "会商群体性欠薪案件").put("presenter", "温州市劳动保障监察支队")
                .putArray("referralIds").add(caseToDiscuss);
        HubApiClient.Response convened = bureau.post("/api/v1/meetings", meeting.toString());
        assertThat(convened.status()).as(convened.body()).isEqualTo(201);
        String id = json(convened).path("meetingId").asText();
        assertThat(json(convened).path("participants")).hasSize(4);

        JsonNode notice = arbitrationInbox.await("MEETING_NOTICE", p -> id.equals(p.path("meetingId").asText()));
        assertThat(notice.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(notice.path("agenda").get(1).path("referralIds").get(0).asText()).isEqualTo(caseToDiscuss);
        assertThat(ContractSchemas.validate(ContractSchemas.MEETING_NOTICE, notice)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> pushed(id, "SCHEDULED") != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> atInspection("MEETING_NOTICE", id, p -> "SCHEDULED".equals(p.path("status").asText())) != null);

        // a new time and place reach every participant
        String newStart = time(Duration.ofDays(4));
        HubApiClient.Response moved = bureau.post("/api/v1/meetings/" + id + "/reschedule",
                "{\"startsAt\":\"" + newStart + "\",\"place\":\"温州市司法局五楼会议室\",\"note\":\"因会议室调整改期\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode rescheduled = arbitrationInbox.await("MEETING_NOTICE", p -> id.equals(p.path("meetingId").asText())
                && "RESCHEDULED".equals(p.path("status").asText()));
        assertThat(rescheduled.path("place").asText()).isEqualTo("温州市司法局五楼会议室");
        assertThat(Instant.parse(OffsetDateTime.parse(rescheduled.path("startsAt").asText()).toInstant().toString()))
                .isEqualTo(OffsetDateTime.parse(newStart).toInstant());
        await().atMost(Duration.ofSeconds(30)).until(() -> pushed(id, "RESCHEDULED") != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> atInspection("MEETING_NOTICE", id, p -> "RESCHEDULED".equals(p.path("status").asText())) != null);

        // acknowledgements and replies, each through the API with the agency's own key
        assertThat(arbitration.post("/api/v1/meetings/" + id + "/acknowledge", "").status()).isEqualTo(200);
        assertThat(arbitration.post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"ATTEND\",\"person\":\"陈立新\"}").status())
                .isEqualTo(200);
        assertThat(legalAid.post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"DEPUTY\"}").status()).as("a deputy needs a name")
                .isEqualTo(400);
        assertThat(legalAid.post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"DEPUTY\",\"person\":\"张副主任\"}").status())
                .isEqualTo(200);
        assertThat(inspection.post("/api/v1/meetings/" + id + "/acknowledge", "").status()).isEqualTo(200);

        // inspection has not replied: reminded before the reply-by time, chased at it, then reported to the convener
        clock.advance(Duration.ofDays(2).plusHours(1));
        JsonNode reminder = await30(() -> atInspection("NOTICE", id, p -> "REMINDER".equals(p.path("kind").asText())
                && "MEETING_REPLY".equals(p.path("clock").path("kind").asText())));
        assertThat(reminder.path("responsibleAgency").asText()).isEqualTo("inspection-330300");
        assertThat(reminder.path("rule").path("source").asText()).contains("晋司发〔2023〕25号");
        clock.advance(Duration.ofDays(1));
        await30(() -> atInspection("NOTICE", id, p -> "OVERDUE".equals(p.path("kind").asText())
                && "MEETING_REPLY".equals(p.path("clock").path("kind").asText())));
        clock.advance(Duration.ofHours(3));
        JsonNode escalation = bureauInbox.await("NOTICE", p -> id.equals(p.path("subject").path("id").asText())
                && "ESCALATION".equals(p.path("kind").asText()) && "MEETING_REPLY".equals(p.path("clock").path("kind").asText()));
        assertThat(escalation.path("title").asText()).contains("督办", "温州市劳动保障监察支队");
        assertThat(escalation.path("liaisons")).anySatisfy(l -> {
            assertThat(l.path("name").asText()).isEqualTo("王晓梅");
            assertThat(l.path("role").asText()).contains("三方专人联系值班联络人");
        });
        assertThat(notices(id, "arbitration-330300")).as("those who replied are left alone").isZero();
        assertThat(notices(id, "legalaid-330300")).isZero();
        assertThat(inspection.post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"ABSENT\",\"reason\":\"同日开展欠薪专项执法检查\"}")
                .status()).isEqualTo(200);

        // after the meeting: minutes with action items, to every participant
        clock.advance(Duration.ofHours(22));
        assertThat(inspection.post("/api/v1/meetings/" + id + "/minutes", "{\"text\":\"x\"}").status()).as("only the convener")
                .isEqualTo(403);
        LocalDate today = LocalDate.ofInstant(clock.instant(), BEIJING);
        ObjectNode minutes = JSON.createObjectNode().put("text", "会议通报了专项行动以来欠薪法律援助案件受理、指派情况，会商群体性欠薪案件，议定三项工作。");
        ArrayNode items = minutes.putArray("actionItems");
        items.addObject().put("title", "对会商案件开通绿色通道，当日受理、当日指派").put("ownerAgency", "legalaid-330300")
                .put("dueDate", today.plusDays(10).toString()).putArray("referralIds").add(caseToDiscuss);
        items.addObject().put("title", "对该批案件快立快审").put("ownerAgency", "arbitration-330300").put("dueDate", today.plusDays(1).toString());
        items.addObject().put("title", "约谈总包单位，督促先行垫付工资").put("ownerAgency", "inspection-330300")
                .put("dueDate", today.plusDays(10).toString());
        HubApiClient.Response minuted = bureau.post("/api/v1/meetings/" + id + "/minutes", minutes.toString());
        assertThat(minuted.status()).as(minuted.body()).isEqualTo(200);
        JsonNode minutedView = json(minuted);
        assertThat(minutedView.path("status").asText()).isEqualTo("MINUTED");
        assertThat(minutedView.path("counts").path("attend").asInt()).as("the convener and arbitration").isEqualTo(2);
        assertThat(minutedView.path("counts").path("deputy").asInt()).isEqualTo(1);
        assertThat(minutedView.path("counts").path("absent").asInt()).isEqualTo(1);
        List<String> itemIds = new ArrayList<>();
        minutedView.path("actionItems").forEach(i -> itemIds.add(i.path("itemId").asText()));
        JsonNode minutesNotice = arbitrationInbox.await("MEETING_NOTICE", p -> id.equals(p.path("meetingId").asText())
                && "MINUTED".equals(p.path("status").asText()));
        assertThat(minutesNotice.path("actionItems")).hasSize(3);
        assertThat(ContractSchemas.validate(ContractSchemas.MEETING_NOTICE, minutesNotice)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> pushed(id, "MINUTED") != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> atInspection("MEETING_NOTICE", id, p -> "MINUTED".equals(p.path("status").asText())) != null);

        // two owners close their items; the convener learns of each
        assertThat(legalAid.post("/api/v1/meetings/" + id + "/action-items/" + itemIds.get(0) + "/close",
                "{\"note\":\"已对会商案件开通绿色通道并指派律师\"}").status()).isEqualTo(200);
        assertThat(inspection.post("/api/v1/meetings/" + id + "/action-items/" + itemIds.get(0) + "/close", "{\"note\":\"x\"}").status())
                .as("not its item").isEqualTo(403);
        assertThat(inspection.post("/api/v1/meetings/" + id + "/action-items/" + itemIds.get(2) + "/close",
                "{\"note\":\"已约谈总包单位，承诺三日内垫付\"}").status()).isEqualTo(200);
        JsonNode update = bureauInbox.await("MEETING_NOTICE", p -> id.equals(p.path("meetingId").asText())
                && "DONE".equals(p.path("actionItems").get(2).path("state").asText()));
        assertThat(update.path("actionItems").get(2).path("closingNote").asText()).contains("约谈总包单位");

        // arbitration's item runs late: reminded, chased, escalated to the justice bureau naming the on-duty roster liaison
        clock.advance(Duration.ofDays(10));
        JsonNode chased = arbitrationInbox.await("NOTICE", p -> itemIds.get(1).equals(p.path("subject").path("id").asText())
                && "OVERDUE".equals(p.path("kind").asText()));
        assertThat(chased.path("clock").path("kind").asText()).isEqualTo("ACTION_ITEM");
        JsonNode itemEscalation = bureauInbox.await("NOTICE", p -> itemIds.get(1).equals(p.path("subject").path("id").asText())
                && "ESCALATION".equals(p.path("kind").asText()));
        assertThat(itemEscalation.path("liaisons")).anySatisfy(l -> {
            assertThat(l.path("name").asText()).as("arbitration's primary is off duty: its backup").isEqualTo("赵备岗");
            assertThat(l.path("role").asText()).contains("三方专人联系值班联络人", "劳动仲裁", "备岗");
        });
        JsonNode overdueView = json(bureau.get("/api/v1/meetings/" + id + "/action-items"));
        assertThat(overdueView.path("items").get(1).path("overdue").asBoolean()).isTrue();

        assertThat(arbitration.post("/api/v1/meetings/" + id + "/action-items/" + itemIds.get(1) + "/close",
                "{\"note\":\"该批案件已全部立案，定于下周集中开庭\"}").status()).isEqualTo(200);
        JsonNode done = json(arbitration.get("/api/v1/meetings/" + id));
        assertThat(done.path("counts").path("actionItemsDone").asInt()).isEqualTo(3);
        assertThat(done.path("actionItems")).allSatisfy(i -> {
            assertThat(i.path("state").asText()).isEqualTo("DONE");
            assertThat(i.path("overdue").asBoolean()).isFalse();
        });
        assertThat(done.path("participants")).anySatisfy(p -> {
            assertThat(p.path("agencyId").asText()).isEqualTo("legalaid-330300");
            assertThat(p.path("replyLabel").asText()).isEqualTo("委派代表参会");
            assertThat(p.path("replyPerson").asText()).isEqualTo("张副主任");
        });
        assertThat(json(arbitration.get("/api/v1/meetings")).path("items")).anySatisfy(m -> assertThat(m.path("meetingId").asText())
                .isEqualTo(id));
    }

    @Test
    void onlyACoordinatorConvenesAndBadInputIsRefusedNamingEveryProblem() throws Exception {
        ObjectNode meeting = meeting("联席会议", Duration.ofDays(3), null);
        assertThat(as("arbitration-330300").post("/api/v1/meetings", meeting.toString()).status()).isEqualTo(403);

        ObjectNode bad = meeting("联席会议", Duration.ofHours(-1), Duration.ofHours(2));
        bad.remove("place");
        bad.remove("videoLink");
        bad.put("meetingId", "MT-1");
        ((ArrayNode) bad.path("participants")).addObject().put("agencyId", "nobody-330300");
        ((ArrayNode) bad.path("participants")).addObject().put("agencyId", "arbitration-330300");
        bad.putArray("agenda").addObject().put("title", "会商").putArray("referralIds").add("R20990101-NOSUCHID");
        HubApiClient.Response refused = as("justice-330300").post("/api/v1/meetings", bad.toString());

        assertThat(refused.status()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        json(refused).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertThat(pointers).contains("/meetingId", "/startsAt", "/replyBy", "/place", "/participants/4/agencyId",
                "/participants/5/agencyId", "/agenda/0/referralIds/0");
    }

    @Test
    void aCancelledMeetingReachesEveryParticipantAndTakesNoMoreReplies() throws Exception {
        HubApiClient bureau = as("justice-330300");
        String id = json(bureau.post("/api/v1/meetings", meeting("工作例会", Duration.ofDays(5), null).toString())).path("meetingId").asText();
        assertThat(as("legalaid-330300").post("/api/v1/meetings/" + id + "/reschedule", "{\"place\":\"别处\"}").status())
                .as("only the convener").isEqualTo(403);
        assertThat(as("union-330381").get("/api/v1/meetings/" + id).status()).as("not a participant").isEqualTo(404);
        assertThat(bureau.post("/api/v1/meetings/" + id + "/minutes", "{\"text\":\"纪要\"}").status()).as("not held yet").isEqualTo(409);
        assertThat(bureau.post("/api/v1/meetings/" + id + "/cancel", "{}").status()).as("a reason is required").isEqualTo(400);

        assertThat(bureau.post("/api/v1/meetings/" + id + "/cancel", "{\"reason\":\"防汛应急，会议取消\"}").status()).isEqualTo(200);

        JsonNode cancelled = new InboxReader(as("arbitration-330300")).await("MEETING_NOTICE",
                p -> id.equals(p.path("meetingId").asText()) && "CANCELLED".equals(p.path("status").asText()));
        assertThat(cancelled.path("note").asText()).isEqualTo("防汛应急，会议取消");
        await().atMost(Duration.ofSeconds(30)).until(() -> pushed(id, "CANCELLED") != null);
        assertThat(as("arbitration-330300").post("/api/v1/meetings/" + id + "/reply", "{\"reply\":\"ATTEND\"}").status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from clock where subject_id = ? and state <> 'STOPPED'", Integer.class, id))
                .as("its clocks stop").isZero();
    }

    @Test
    void theLedgerSuggestsOverdueAndCollectiveCasesOfTheRegionForTheAgenda() throws Exception {
        ObjectNode group = referral();
        group.put("peopleCount", 12);
        String collective = refer(group);
        String late = refer();
        clock.advance(Duration.ofDays(8));
        await().atMost(Duration.ofSeconds(60)).until(() -> json(as("arbitration-330300").get("/api/v1/referrals/" + late))
                .path("overdue").asBoolean());
        await().atMost(Duration.ofSeconds(60)).until(() -> !jdbc.queryForList("select collective_id from referral where id = ? "
                + "and collective_id is not null", String.class, collective).isEmpty());
        String representative = jdbc.queryForObject("select c.representative_referral from collective_case c join referral r "
                + "on r.collective_id = c.id where r.id = ?", String.class, collective);

        JsonNode suggestions = json(as("justice-330300").get("/api/v1/meetings/agenda-suggestions?region=330300&limit=200"));

        assertThat(suggestions.path("items")).anySatisfy(s -> {
            assertThat(s.path("referralId").asText()).isEqualTo(late);
            assertThat(s.path("reason").asText()).isEqualTo("OVERDUE");
        });
        assertThat(suggestions.path("items")).anySatisfy(s -> {
            assertThat(s.path("referralId").asText()).isEqualTo(representative);
            assertThat(s.path("reasonLabel").asText()).isEqualTo("群体性案件");
        });
        assertThat(as("arbitration-330300").get("/api/v1/meetings/agenda-suggestions").status()).isEqualTo(403);
        assertThat(as("justice-330300").get("/api/v1/meetings/agenda-suggestions?region=140100").status()).isEqualTo(400);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String refer() throws Exception {
        return refer(referral());
    }

    private String refer(ObjectNode referral) throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral.toString())).path("referralId").asText();
        referrals.add(id);
        return id;
    }

    private ObjectNode meeting(String title, Duration startsIn, Duration replyIn) {
        ObjectNode m = JSON.createObjectNode();
        m.put("title", title);
        m.put("startsAt", time(startsIn));
        m.put("endsAt", time(startsIn.plusHours(2)));
        m.put("place", "温州市司法局三楼会议室");
        m.put("videoLink", "https://meeting.legalaidhub.cn/room/" + title.hashCode());
        if (replyIn != null) {
            m.put("replyBy", time(replyIn));
        }
        ArrayNode participants = m.putArray("participants");
        participants.addObject().put("agencyId", "justice-330300").put("person", "周文斌").put("role", "分管领导");
        participants.addObject().put("agencyId", "legalaid-330300").put("person", "王晓梅").put("role", "法律援助中心联络员");
        participants.addObject().put("agencyId", "arbitration-330300").put("person", "陈立新").put("role", "仲裁院联络员");
        participants.addObject().put("agencyId", "inspection-330300").put("role", "劳动保障监察支队");
        m.putArray("agenda").addObject().put("title", "通报专项行动以来欠薪法律援助案件受理、指派情况").put("presenter", "温州市法律援助中心");
        return m;
    }

    private String time(Duration fromNow) {
        return OffsetDateTime.ofInstant(clock.instant().plus(fromNow), BEIJING).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The meeting notice of this status the legal-aid center's system took by HTTP push. */
    private static JsonNode pushed(String meetingId, String status) {
        return LEGAL_AID.received(MessageType.MEETING_NOTICE).stream().map(e -> e.path("payload"))
                .filter(p -> meetingId.equals(p.path("meetingId").asText()) && status.equals(p.path("status").asText()))
                .findFirst().orElse(null);
    }

    /** A message the inspection system took at its /notices endpoint (its own fields: tzlx type, nr the document). */
    private static JsonNode atInspection(String type, String subject, Predicate<JsonNode> wanted) {
        for (JsonNode n : INSPECTION.server().received("/notices")) {
            if (!type.equals(n.path("tzlx").asText())) {
                continue;
            }
            try {
                JsonNode payload = JSON.readTree(n.path("nr").asText());
                boolean about = subject.equals(payload.path("meetingId").asText()) || subject.equals(payload.path("subject").path("id").asText());
                if (about && wanted.test(payload)) {
                    return payload;
                }
            } catch (Exception notJson) {
                // another kind of notice
            }
        }
        return null;
    }

    private static JsonNode await30(java.util.concurrent.Callable<JsonNode> found) {
        JsonNode[] result = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> (result[0] = found.call()) != null);
        return result[0];
    }

    /** The hub's notices about the meeting held for an agency in the ledger. */
    private int notices(String meetingId, String agency) {
        return jdbc.queryForObject("select count(*) from outbound_message m join outbound_message_body b on b.message_id = m.id "
                + "where m.receiver = ? and m.type = 'NOTICE' and b.body like ?", Integer.class, agency, "%" + meetingId + "%");
    }
}
