package cn.legalaidhub.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.support.HubIntegrationTest;
import cn.legalaidhub.support.InboxReader;
import cn.legalaidhub.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 三方专人联系 in the running hub (晋司发〔2023〕25号 三（一）): a case between two of legal aid, arbitration
 * and the union is copied once to the third side's on-duty liaison (its backup when the primary is off
 * duty), without making it a party; an overdue case's escalation names the roster liaison; the roster
 * is readable by the agencies of its region.
 */
class ThreePartyRosterIT extends HubIntegrationTest {

    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private String late;

    /** Back to the real time; the overdue case is withdrawn so it stays overdue for no later test. */
    @AfterEach
    void backToNow() throws Exception {
        clock.reset();
        if (late != null) {
            as("arbitration-330300").post("/api/v1/referrals/" + late + "/events", "{\"type\":\"CANCELLED\",\"confirm\":true}");
        }
    }

    @Test
    void aCaseBetweenArbitrationAndLegalAidIsCopiedOnceToTheUnionsOnDutyLiaison() throws Exception {
        ObjectNode referral = referral();
        String applicant = referral.path("applicant").path("name").asText();
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral.toString())).path("referralId").asText();

        JsonNode copy = new InboxReader(as("union-330300")).await("NOTICE", n -> id.equals(n.path("referralId").asText())
                && "COPY".equals(n.path("kind").asText()));

        assertThat(copy.path("responsibleAgency").asText()).isEqualTo("union-330300");
        assertThat(copy.path("liaisons")).singleElement().satisfies(l -> {
            assertThat(l.path("name").asText()).isEqualTo("李建国");
            assertThat(l.path("role").asText()).contains("三方专人联系值班联络人（工会");
            assertThat(l.path("phone").asText()).isEqualTo("13905770003");
        });
        assertThat(copy.path("rule").path("source").asText()).contains("三方专人联系");
        assertThat(copy.toString()).as("a copy carries no personal data").doesNotContain(applicant)
                .doesNotContain(referral.path("applicant").path("idNumber").asText());
        assertThat(as("union-330300").get("/api/v1/referrals/" + id).status()).as("the copy makes no party").isEqualTo(404);
        JsonNode view = json(as("arbitration-330300").get("/api/v1/referrals/" + id));
        assertThat(view.path("rules")).anySatisfy(r -> {
            assertThat(r.path("rule").asText()).isEqualTo("THREE_PARTY_COPY");
            assertThat(r.path("detail").asText()).contains("union-330300", "李建国");
        });

        assertThat(as("legalaid-330300").post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\"}").status()).isEqualTo(202);
        assertThat(copies(id, "union-330300")).as("once per case").isEqualTo(1);
    }

    @Test
    void aCaseBetweenTheUnionAndLegalAidIsCopiedToArbitrationsBackupWhenItsPrimaryIsOffDuty() throws Exception {
        String id = json(as("union-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();

        JsonNode copy = new InboxReader(as("arbitration-330300")).await("NOTICE", n -> id.equals(n.path("referralId").asText())
                && "COPY".equals(n.path("kind").asText()));

        assertThat(copy.path("liaisons")).singleElement().satisfies(l -> {
            assertThat(l.path("name").asText()).isEqualTo("赵备岗");
            assertThat(l.path("role").asText()).contains("备岗");
        });
        assertThat(copy.path("text").asText()).contains("赵备岗", "备岗");
        assertThat(copies(id, "arbitration-330300")).isEqualTo(1);
    }

    @Test
    void anOverdueCaseIsEscalatedToTheJusticeBureauNamingTheOnDutyRosterLiaison() throws Exception {
        String id = json(as("arbitration-330300").post("/api/v1/referrals", referral().toString())).path("referralId").asText();
        late = id;

        clock.advance(Duration.ofDays(6));

        JsonNode escalation = new InboxReader(as("justice-330300")).await("NOTICE", n -> id.equals(n.path("referralId").asText())
                && "ESCALATION".equals(n.path("kind").asText()));
        assertThat(escalation.path("responsibleAgency").asText()).isEqualTo("legalaid-330300");
        assertThat(escalation.path("liaisons")).anySatisfy(l -> {
            assertThat(l.path("name").asText()).isEqualTo("王晓梅");
            assertThat(l.path("role").asText()).contains("三方专人联系值班联络人（法律援助");
        });
    }

    @Test
    void theRosterIsReadByTheAgenciesOfItsRegion() throws Exception {
        HubApiClient.Response response = as("union-330381").get("/api/v1/roster?region=330302");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode roster = json(response);
        assertThat(roster.path("region").asText()).isEqualTo("330300");
        assertThat(roster.path("sides")).extracting(s -> s.path("side").asText()).containsExactly("legalaid", "arbitration", "union");
        JsonNode arbitration = roster.path("sides").get(1);
        assertThat(arbitration.path("onDuty").path("backup").asBoolean()).isTrue();
        assertThat(arbitration.path("onDuty").path("names").get(0).asText()).isEqualTo("赵备岗");
        assertThat(arbitration.path("liaisons").get(0).path("duty").get(0).asText()).isEqualTo("2020-01-06 08:30-17:30");
        JsonNode then = json(as("justice-330300").get("/api/v1/roster?at=2020-01-06T10:00:00%2B08:00"));
        assertThat(then.path("sides").get(1).path("onDuty").path("names").get(0).asText()).as("on the dated shift").isEqualTo("陈立新");
        assertThat(as("justice-140100").get("/api/v1/roster?region=330300").status()).isEqualTo(404);
        assertThat(as("legalaid-140100").get("/api/v1/roster").status()).as("no roster in Taiyuan").isEqualTo(404);
    }

    private int copies(String referralId, String agency) {
        return jdbc.queryForObject("select count(*) from outbound_message m join outbound_message_body b on b.message_id = m.id "
                + "where m.referral_id = ? and m.receiver = ? and m.type = 'NOTICE' and b.body like '%\"COPY\"%'", Integer.class,
                referralId, agency);
    }
}
