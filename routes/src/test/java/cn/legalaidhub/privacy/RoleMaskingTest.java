package cn.legalaidhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RoleMaskingTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private ObjectNode referral(String group, String category) throws Exception {
        return (ObjectNode) mapper.readTree("""
                {"applicant": {"name": "李小明", "idNumber": "511623197903150017", "phone": "13905771234", "group": "%s",
                               "address": "温州市鹿城区"},
                 "agent": {"name": "李建国", "relation": "PARENT", "idNumber": "511623195001010013", "phone": "13905770000"},
                 "matter": {"category": "%s", "facts": "案情"}}""".formatted(group, category));
    }

    @Test
    void caseHandlersSeeTheReferralInFull() throws Exception {
        ObjectNode r = referral("MINOR", "MINOR_PROTECTION");
        RoleMasking.mask(r, "REVIEWER");
        assertThat(r.at("/applicant/idNumber").asText()).isEqualTo("511623197903150017");
        assertThat(r.at("/applicant/name").asText()).isEqualTo("李小明");
        RoleMasking.mask(r, "WORKSTATION_STAFF");
        assertThat(r.at("/applicant/phone").asText()).isEqualTo("13905771234");
    }

    @Test
    void otherRolesAndUnknownRolesSeeIdAndPhoneMasked() throws Exception {
        for (String role : new String[] {"COORDINATOR", "SUPERVISOR", "ADMINISTRATOR", null, "ROOT"}) {
            ObjectNode r = referral("MIGRANT_WORKER", "UNPAID_WAGES");
            RoleMasking.mask(r, role);
            assertThat(r.at("/applicant/idNumber").asText()).isEqualTo("511623********0017");
            assertThat(r.at("/applicant/phone").asText()).isEqualTo("139****1234");
            assertThat(r.at("/agent/idNumber").asText()).isEqualTo("511623********0013");
            assertThat(r.at("/applicant/address").asText()).isEqualTo("***");
            assertThat(r.at("/applicant/name").asText()).isEqualTo("李小明");
            assertThat(r.at("/matter/facts").asText()).isEqualTo("案情");
        }
    }

    @Test
    void minorsAndVictimsAreShownBySurnameOnlyAndTheirFactsLeftOut() throws Exception {
        ObjectNode minor = referral("MINOR", "MAINTENANCE");
        RoleMasking.mask(minor, "COORDINATOR");
        assertThat(minor.at("/applicant/name").asText()).isEqualTo("李某");
        assertThat(minor.at("/agent/name").asText()).isEqualTo("李某");
        assertThat(minor.at("/matter/facts").asText()).isNotEqualTo("案情").contains("不予显示");

        ObjectNode victim = referral("WOMAN", "DOMESTIC_VIOLENCE");
        RoleMasking.mask(victim, "SUPERVISOR");
        assertThat(victim.at("/applicant/name").asText()).isEqualTo("李某");
        assertThat(RoleMasking.applicantName("王芳", true, "COORDINATOR")).isEqualTo("王某");
        assertThat(RoleMasking.applicantName("王芳", true, "REVIEWER")).isEqualTo("王芳");
    }
}
