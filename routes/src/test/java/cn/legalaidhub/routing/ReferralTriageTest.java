package cn.legalaidhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.rules.TestRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReferralTriageTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ReferralTriage triage = new ReferralTriage(TestRules.shipped(),
            Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));

    private JsonNode referral(String group, String category, String urgencyJson) throws Exception {
        return mapper.readTree("{\"applicant\":{\"group\":\"" + group + "\"},\"matter\":{\"category\":\"" + category + "\"}"
                + (urgencyJson == null ? "" : ",\"urgency\":" + urgencyJson) + "}");
    }

    @Test
    void migrantWorkerWageClaimTakesTheGreenChannel() throws Exception {
        var t = triage.triage(referral("MIGRANT_WORKER", "UNPAID_WAGES", null));
        assertThat(t.greenChannel()).isTrue();
        assertThat(t.priority()).isEqualTo(7);
        assertThat(t.rulesFired()).containsExactly("GREEN_CHANNEL_MIGRANT_WORKER");
    }

    @Test
    void migrantWorkerDivorceIsNotGreenChannel() throws Exception {
        var t = triage.triage(referral("MIGRANT_WORKER", "MARRIAGE_FAMILY", null));
        assertThat(t.greenChannel()).isFalse();
        assertThat(t.priority()).isEqualTo(4);
        assertThat(t.rulesFired()).isEmpty();
    }

    @Test
    void womenAndMinorsGetPriority() throws Exception {
        var t = triage.triage(referral("MINOR", "DOMESTIC_VIOLENCE", null));
        assertThat(t.priority()).isEqualTo(6);
        assertThat(t.rulesFired()).containsExactly("PRIORITY_WOMEN_MINORS");
    }

    @Test
    void limitationSixDaysAheadIsUrgentButSevenIsNot() throws Exception {
        var six = triage.triage(referral("OTHER", "OTHER", "{\"limitationDate\":\"2026-11-29\"}"));
        var seven = triage.triage(referral("OTHER", "OTHER", "{\"limitationDate\":\"2026-11-30\"}"));
        assertThat(six.urgent()).isTrue();
        assertThat(six.priority()).isEqualTo(9);
        assertThat(six.rulesFired()).containsExactly("URGENT_ART44");
        assertThat(seven.urgent()).isFalse();
    }

    @Test
    void preservationNeedIsUrgentWhateverTheDate() throws Exception {
        var t = triage.triage(referral("MIGRANT_WORKER", "UNPAID_WAGES", "{\"reasons\":[\"PRESERVATION_OF_PROPERTY\"]}"));
        assertThat(t.urgent()).isTrue();
        assertThat(t.greenChannel()).isTrue();
        assertThat(t.priority()).isEqualTo(9);
        assertThat(t.rulesFired()).containsExactly("GREEN_CHANNEL_MIGRANT_WORKER", "URGENT_ART44");
    }

    @Test
    void limitationCountsDaysInChinaNotUtc() throws Exception {
        var lateEvening = new ReferralTriage(TestRules.shipped(),
                Clock.fixed(Instant.parse("2026-11-23T17:00:00Z"), ZoneOffset.UTC)); // 01:00 on the 24th in Beijing
        var t = lateEvening.triage(referral("OTHER", "OTHER", "{\"limitationDate\":\"2026-11-30\"}"));
        assertThat(t.daysLeft()).isEqualTo(6);
        assertThat(t.urgent()).isTrue();
    }

    @Test
    void aSwitchedOffRuleDoesNotFire() throws Exception {
        var noGreen = new ReferralTriage(TestRules.shipped(p -> p.getRules().get("GREEN_CHANNEL_MIGRANT_WORKER").setEnabled(false)),
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
        var t = noGreen.triage(referral("MIGRANT_WORKER", "UNPAID_WAGES", null));
        assertThat(t.greenChannel()).isFalse();
        assertThat(t.rulesFired()).isEmpty();
    }

    @Test
    void preservationIsFlaggedForTheCourtLiaison() throws Exception {
        var t = triage.triage(referral("OTHER", "OTHER", "{\"reasons\":[\"PRESERVATION_OF_EVIDENCE\"]}"));
        assertThat(t.preservation()).isTrue();
        assertThat(triage.triage(referral("OTHER", "OTHER", "{\"reasons\":[\"DETAINED\"]}")).preservation()).isFalse();
    }
}
