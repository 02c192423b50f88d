package cn.legalaidhub.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole cases through the API, from submission to archive: the green channel, acceptance with
 * missing documents (容缺受理), refusal and objection, mediation first and its fall-back, duplicates,
 * a collective case, cross-region transfer, re-routing and the mandatory report on a minor.
 */
class LifecycleIT extends HubIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void aGreenChannelCaseRunsFromSubmissionToArchive() throws Exception {
        String id = submit(arbitration(), referral());
        JsonNode submitted = view(arbitration(), id);
        assertThat(submitted.path("greenChannel").asBoolean()).isTrue();
        assertThat(rules(submitted)).contains("GREEN_CHANNEL_MIGRANT_WORKER");
        assertThat(submitted.path("rules").get(0).path("source").asText()).contains("法律援助法第42条");
        assertThat(clock(submitted, "ACCEPT").path("state").asText()).isEqualTo("RUNNING");

        event(legalAid(), id, "{\"type\":\"ACCEPTED\",\"note\":\"绿色通道，当日受理\"}");
        JsonNode accepted = view(legalAid(), id);
        assertThat(clock(accepted, "ACCEPT").path("state").asText()).isEqualTo("STOPPED");
        assertThat(clock(accepted, "REVIEW").path("rule").asText()).isEqualTo("REVIEW_IN_TIME");
        assertThat(accepted.path("allowedEvents")).extracting(JsonNode::asText).contains("GRANTED", "REFUSED", "TRANSFERRED")
                .doesNotContain("ASSIGNED", "CLOSED");

        event(legalAid(), id, "{\"type\":\"GRANTED\"}");
        assertThat(clock(view(legalAid(), id), "ASSIGN").path("state").asText()).isEqualTo("RUNNING");
        event(legalAid(), id, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"温州市总工会法律援助工作站\",\"kind\":\"WORKSTATION\","
                + "\"agencyId\":\"union-330300\"}}");

        List<JsonNode> toUnion = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            toUnion.addAll(inbox(union(), "STATUS_EVENT", id));
            return !toUnion.isEmpty();
        });
        assertThat(toUnion.get(0).path("payload").path("type").asText()).isEqualTo("ASSIGNED");
        assertThat(view(union(), id).path("masked").asBoolean()).as("the assigned workstation handles the case").isFalse();

        event(union(), id, "{\"type\":\"ASSIGNMENT_ACCEPTED\"}");
        event(union(), id, "{\"type\":\"PROGRESS\",\"stage\":\"ARBITRATION\",\"note\":\"已代为申请仲裁，定于12月3日开庭\"}");
        event(union(), id, "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"SETTLED\",\"amountRecovered\":36800.00,"
                + "\"summary\":\"仲裁调解结案\",\"documents\":[\"温劳人仲案〔2026〕第0211号调解书\"]}}");
        JsonNode closed = view(legalAid(), id);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(clock(closed, "ARCHIVE").path("state").asText()).isEqualTo("RUNNING");
        assertThat(closed.path("allowedEvents")).extracting(JsonNode::asText).containsExactly("ARCHIVED");

        event(legalAid(), id, "{\"type\":\"ARCHIVED\"}");
        JsonNode archived = view(arbitration(), id);
        assertThat(archived.path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.path("clocks")).allSatisfy(c -> assertThat(c.path("state").asText()).isEqualTo("STOPPED"));
        assertThat(archived.path("timeline")).extracting(t -> t.path("type").asText())
                .containsSubsequence("SUBMITTED", "ACCEPTED", "GRANTED", "ASSIGNED", "ASSIGNMENT_ACCEPTED", "PROGRESS", "CLOSED", "ARCHIVED");
        assertThat(jdbc.queryForObject("select amount_recovered from referral where id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("36800.00");
    }

    @Test
    void acceptingWithMissingDocumentsPausesTheReviewAndBlocksRefusalUntilTheyArriveOrAreWaived() throws Exception {
        String id = submit(arbitration(), referral());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        event(legalAid(), id, "{\"type\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":["
                + "{\"item\":\"LABOR_CONTRACT\",\"description\":\"劳动合同或工资条\",\"provider\":\"APPLICANT\",\"dueDate\":\"" + today.plusDays(10) + "\"},"
                + "{\"item\":\"ARBITRATION_PAPERS\",\"provider\":\"REFERRER\",\"dueDate\":\"" + today.plusDays(5) + "\"}]}");

        JsonNode pending = view(legalAid(), id);
        assertThat(pending.path("status").asText()).isEqualTo("ACCEPTED_PENDING_DOCUMENTS");
        assertThat(clock(pending, "REVIEW").path("state").asText()).as("补正期间不计入审查期限").isEqualTo("PAUSED");
        assertThat(pending.path("missingDocuments")).extracting(d -> d.path("state").asText()).containsOnly("PENDING");
        assertThat(pending.path("allowedEvents")).extracting(JsonNode::asText).doesNotContain("REFUSED", "DOCUMENTS_WAIVED");

        List<JsonNode> told = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            told.addAll(inbox(arbitration(), "NOTICE", id));
            return !told.isEmpty();
        });
        assertThat(told.get(0).path("payload").path("kind").asText()).isEqualTo("MISSING_DOCUMENTS");
        assertThat(told.get(0).path("payload").path("text").asText()).as("every item told at once")
                .contains("劳动合同", "仲裁文书", "1.", "2.");

        HubApiClient.Response refused = legalAid().post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"REFUSED\",\"reasonText\":\"不符合条件\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(json(refused).path("detail").asText()).contains("missing documents");
        assertThat(legalAid().post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"DOCUMENTS_WAIVED\",\"waivedBy\":\"王某\",\"reasonText\":\"自行决定\"}").status())
                .as("a receiving agency without a supervisor's role may not waive").isEqualTo(409);

        event(legalAid(), id, "{\"type\":\"DOCUMENTS_RECEIVED\",\"items\":[\"LABOR_CONTRACT\"]}");
        assertThat(view(legalAid(), id).path("status").asText()).isEqualTo("ACCEPTED_PENDING_DOCUMENTS");
        event(bureau(), id, "{\"type\":\"DOCUMENTS_WAIVED\",\"waivedBy\":\"李主任\",\"reasonText\":\"仲裁院已推送受理信息\"}");

        JsonNode complete = view(legalAid(), id);
        assertThat(complete.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(clock(complete, "REVIEW").path("state").asText()).isEqualTo("RUNNING");
        assertThat(complete.path("missingDocuments")).extracting(d -> d.path("state").asText()).containsExactly("RECEIVED", "WAIVED");

        event(legalAid(), id, "{\"type\":\"REFUSED\",\"reasonText\":\"申请事项不属于法律援助范围\"}");
        List<JsonNode> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            inbox(arbitration(), "STATUS_EVENT", id).stream().filter(e -> "REFUSED".equals(e.path("payload").path("type").asText()))
                    .forEach(events::add);
            return !events.isEmpty();
        });
        assertThat(events.get(0).path("payload").path("objectionPath").asText()).contains("温州市司法局", "五个工作日");

        event(legalAid(), id, "{\"type\":\"OBJECTION_FILED\",\"note\":\"申请人向司法局提出异议\"}");
        assertThat(clock(view(legalAid(), id), "OBJECTION").path("responsibleAgency").asText()).isEqualTo("justice-330300");
        event(bureau(), id, "{\"type\":\"OBJECTION_DECIDED\",\"decision\":\"OVERTURNED\",\"note\":\"责令给予法律援助\"}");
        JsonNode overturned = view(legalAid(), id);
        assertThat(overturned.path("status").asText()).isEqualTo("GRANTED");
        assertThat(clock(overturned, "ASSIGN").path("state").asText()).isEqualTo("RUNNING");

        event(legalAid(), id, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"吴律师\",\"kind\":\"LAWYER\"}}");
        event(legalAid(), id, "{\"type\":\"PROGRESS\",\"stage\":\"FIRST_INSTANCE\",\"note\":\"已向鹿城区法院起诉\"}");
        event(legalAid(), id, "{\"type\":\"CLOSED\",\"outcome\":{\"result\":\"WON\",\"amountRecovered\":21000}}");
        event(legalAid(), id, "{\"type\":\"ARCHIVED\"}");
        assertThat(view(arbitration(), id).path("timeline")).extracting(t -> t.path("type").asText()).containsSubsequence(
                "ACCEPTED_PENDING_DOCUMENTS", "DOCUMENTS_RECEIVED", "DOCUMENTS_WAIVED", "REFUSED", "OBJECTION_FILED",
                "OBJECTION_DECIDED", "ASSIGNED", "PROGRESS", "CLOSED", "ARCHIVED");
    }

    @Test
    void aSimpleCaseGoesToMediationFirstAndFallsBackToLegalAidWhenMediationFails() throws Exception {
        ObjectNode simple = simpleCase();
        String id = submit(arbitration(), simple);
        JsonNode atCommittee = view(arbitration(), id);
        assertThat(atCommittee.path("receiver").asText()).isEqualTo("mediation-330300");
        assertThat(rules(atCommittee)).contains("MEDIATION_FIRST");
        assertThat(clock(atCommittee, "MEDIATION").path("state").asText()).isEqualTo("RUNNING");

        HubApiClient committee = as("mediation-330300");
        event(committee, id, "{\"type\":\"ACCEPTED\"}");
        event(committee, id, "{\"type\":\"PROGRESS\",\"stage\":\"MEDIATION\",\"note\":\"约双方到场调解\"}");
        event(committee, id, "{\"type\":\"MEDIATION_FAILED\",\"note\":\"用人单位拒不到场，调解不成\"}");

        JsonNode back = view(arbitration(), id);
        assertThat(back.path("receiver").asText()).isEqualTo("legalaid-330300");
        assertThat(back.path("status").asText()).isIn("SUBMITTED", "DELIVERED");
        assertThat(back.path("parties")).anySatisfy(p -> assertThat(p.path("agency").asText()).isEqualTo("mediation-330300"));
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.referralsReceived().contains(id));
        assertThat(view(committee, id).path("masked").asBoolean()).as("the former receiver reads the case masked").isTrue();
    }

    @Test
    void anUrgentCaseSkipsMediation() throws Exception {
        ObjectNode urgent = simpleCase();
        urgent.putObject("urgency").put("limitationDate", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(3).toString());
        JsonNode view = view(arbitration(), submit(arbitration(), urgent));
        assertThat(view.path("receiver").asText()).isEqualTo("legalaid-330300");
        assertThat(view.path("urgent").asBoolean()).isTrue();
        assertThat(view.path("urgency").path("daysLeft").asInt()).isEqualTo(3);
        assertThat(rules(view)).contains("URGENT_ART44").doesNotContain("MEDIATION_FIRST");
    }

    @Test
    void aDuplicateApplicationIsLinkedAndNeverAssignedTwice() throws Exception {
        ObjectNode first = referral();
        ObjectNode again = first.deepCopy().put("sourceRef", "IT-" + UUID.randomUUID());
        String one = submit(arbitration(), first);
        String two = submit(union(), again);
        await().atMost(Duration.ofSeconds(20)).until(() -> view(arbitration(), one).path("duplicates").toString().contains(two));
        assertThat(rules(view(union(), two))).contains("DUPLICATE_LINKED");

        for (String id : List.of(one, two)) {
            event(legalAid(), id, "{\"type\":\"ACCEPTED\"}");
            event(legalAid(), id, "{\"type\":\"GRANTED\"}");
        }
        event(legalAid(), one, "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"周律师\",\"kind\":\"LAWYER\"}}");
        HubApiClient.Response twice = legalAid().post("/api/v1/referrals/" + two + "/events",
                "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"吴律师\",\"kind\":\"LAWYER\"}}");

        assertThat(twice.status()).isEqualTo(409);
        assertThat(json(twice).path("detail").asText()).contains(one, "DUPLICATE");
    }

    @Test
    void tenWorkersAgainstOneEmployerThroughThreeChannelsBecomeOneCollectiveCase() throws Exception {
        String creditCode = SampleReferrals.creditCode("91330302MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(submit(arbitration(), against(referral(), creditCode, 10_000 + i)));
        }
        ids.add(submit(union(), against(referral(), creditCode, 20_000)));
        assertThat(view(arbitration(), ids.get(0)).has("collectiveCase")).as("four people are not yet a collective case").isFalse();
        ObjectNode group = against(referral(), creditCode, 90_000);
        group.put("peopleCount", 6);
        ids.add(submit(as("legalaid-140100"), group));

        await().atMost(Duration.ofSeconds(20)).until(() -> view(arbitration(), ids.get(0)).has("collectiveCase"));
        JsonNode collective = view(arbitration(), ids.get(0)).path("collectiveCase");
        assertThat(collective.path("peopleCount").asInt()).isEqualTo(10);
        assertThat(collective.path("memberCount").asInt()).isEqualTo(5);
        assertThat(collective.path("totalAmount").decimalValue()).isEqualByComparingTo("140003");
        assertThat(collective.path("members")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(collective.path("representativeReferral").asText()).isEqualTo(ids.get(0));
        for (String id : ids) {
            assertThat(jdbc.queryForObject("select count(*) from referral where id = ?", Integer.class, id))
                    .as("each applicant's record stays").isEqualTo(1);
        }
    }

    @Test
    void aCaseTransferredToAnotherRegionKeepsBothCentresInformed() throws Exception {
        String id = submit(arbitration(), referral());
        event(legalAid(), id, "{\"type\":\"ACCEPTED\"}");
        event(legalAid(), id, "{\"type\":\"TRANSFERRED\",\"toRegion\":\"140100\",\"note\":\"申请人经常居住地在太原\"}");

        HubApiClient taiyuan = as("legalaid-140100");
        List<JsonNode> arrived = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            arrived.addAll(inbox(taiyuan, "REFERRAL", id));
            return !arrived.isEmpty();
        });
        assertThat(arrived.get(0).path("triage").path("movedFrom").path("agency").asText()).isEqualTo("legalaid-330300");
        event(taiyuan, id, "{\"type\":\"ACCEPTED\"}");

        JsonNode seenByWenzhou = view(legalAid(), id);
        assertThat(seenByWenzhou.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(seenByWenzhou.path("receiver").asText()).isEqualTo("legalaid-140100");
        assertThat(seenByWenzhou.path("masked").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> LEGAL_AID.statusEventsReceived().contains(id));
    }

    @Test
    void aCaseDeclinedForTheWrongRegionIsReRouted() throws Exception {
        String id = submit(arbitration(), referral());
        event(legalAid(), id, "{\"type\":\"DECLINED\",\"reasonCode\":\"WRONG_REGION\",\"reasonText\":\"应由太原市受理\","
                + "\"reroute\":{\"region\":\"140100\"}}");
        JsonNode view = view(arbitration(), id);
        assertThat(view.path("receiver").asText()).isEqualTo("legalaid-140100");
        assertThat(view.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.path("timeline")).extracting(t -> t.path("type").asText()).contains("DECLINED", "REROUTED");

        HubApiClient.Response backToSelf = as("legalaid-140100").post("/api/v1/referrals/" + id + "/events",
                "{\"type\":\"DECLINED\",\"reasonCode\":\"WRONG_REGION\",\"reroute\":{\"region\":\"140100\"}}");
        assertThat(backToSelf.status()).isEqualTo(400);
    }

    @Test
    void harmToAMinorMakesARestrictedMandatoryReportToPoliceAndProcuratorate() throws Exception {
        ObjectNode minor = referral();
        LocalDate birth = LocalDate.now().minusYears(12);
        ((ObjectNode) minor.get("applicant")).put("group", "MINOR").put("birthDate", birth.toString())
                .put("idNumber", SampleReferrals.residentId("330302", birth, 123)).put("sex", "FEMALE").put("name", "刘小雨")
                .put("occupation", "学生");
        ((ObjectNode) minor.get("applicant")).remove("employer");
        minor.putObject("agent").put("name", "刘建华").put("relation", "PARENT").put("phone", "13812345678");
        ((ObjectNode) minor.get("matter")).put("category", "DOMESTIC_VIOLENCE").put("minorHarmSuspected", true)
                .put("facts", "申请人长期遭受继父殴打，身上有多处伤痕。");
        minor.remove("opposingParty");
        String id = submit(as("legalaid-330300"), minor.put("receiverKind", "legalaid"));

        HubApiClient police = as("police-330300");
        List<JsonNode> reports = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            reports.addAll(inbox(police, "NOTICE", id));
            return !reports.isEmpty();
        });
        JsonNode notice = reports.get(0).path("payload");
        assertThat(notice.path("kind").asText()).isEqualTo("MANDATORY_REPORT");
        assertThat(notice.path("clock").path("kind").asText()).isEqualTo("REPORT_ACK");
        String reportId = notice.path("subject").path("id").asText();

        assertThat(police.get("/api/v1/mandatory-reports/" + reportId).status()).isEqualTo(200);
        assertThat(union().get("/api/v1/mandatory-reports/" + reportId).status()).as("restricted to the named parties").isEqualTo(404);
        assertThat(police.post("/api/v1/mandatory-reports/" + reportId + "/acknowledge", "{}").status()).isEqualTo(200);
        JsonNode replied = json(police.post("/api/v1/mandatory-reports/" + reportId + "/reply", "{\"text\":\"已立案调查，对继父采取强制措施\"}"));
        assertThat(replied.path("recipients")).anySatisfy(r -> {
            assertThat(r.path("agency").asText()).isEqualTo("police-330300");
            assertThat(r.path("reply").asText()).contains("立案");
        });
        assertThat(rules(view(legalAid(), id))).contains("MANDATORY_REPORT_MINOR", "PRIORITY_WOMEN_MINORS");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ObjectNode simpleCase() {
        ObjectNode r = referral();
        r.put("amountClaimed", 8600);
        ((ObjectNode) r.get("matter")).put("factsClear", true);
        return r;
    }

    private static ObjectNode against(ObjectNode referral, String creditCode, int amount) {
        ((ObjectNode) referral.get("opposingParty")).put("creditCode", creditCode).put("name", "温州鹿城某建设工程有限公司");
        referral.put("amountClaimed", amount);
        return referral;
    }

    private String submit(HubApiClient who, ObjectNode referral) throws Exception {
        HubApiClient.Response response = who.post("/api/v1/referrals", referral.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return json(response).path("referralId").asText();
    }

    private JsonNode event(HubApiClient who, String id, String event) throws Exception {
        HubApiClient.Response response = who.post("/api/v1/referrals/" + id + "/events", event);
        assertThat(response.status()).as(event + " → " + response.body()).isEqualTo(202);
        return json(response);
    }

    private JsonNode view(HubApiClient who, String id) throws Exception {
        HubApiClient.Response response = who.get("/api/v1/referrals/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** This agency's inbox messages of a type about one referral (fetching marks them received). */
    private List<JsonNode> inbox(HubApiClient who, String type, String referralId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : json(who.get("/api/v1/inbox?size=200&type=" + type)).path("items")) {
            if (referralId.equals(item.path("referralId").asText())) {
                found.add(item);
            }
        }
        return found;
    }

    private static JsonNode clock(JsonNode view, String kind) {
        for (JsonNode c : view.path("clocks")) {
            if (kind.equals(c.path("kind").asText())) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " clock in " + view.path("clocks"));
    }

    private static List<String> rules(JsonNode view) {
        List<String> rules = new ArrayList<>();
        view.path("rules").forEach(r -> rules.add(r.path("rule").asText()));
        return rules;
    }

    private HubApiClient arbitration() {
        return as("arbitration-330300");
    }

    private HubApiClient legalAid() {
        return as("legalaid-330300");
    }

    private HubApiClient union() {
        return as("union-330300");
    }

    private HubApiClient bureau() {
        return as("justice-330300");
    }
}
