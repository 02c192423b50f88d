package cn.legalaidhub.console.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.contract.StaffRole;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class ReferralActionsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ReferralActions actions = new ReferralActions(mapper);

    private static ConsoleUser user(String agency, StaffRole role) {
        return new ConsoleUser("u", agency, role, "用户", "", true, 0, null, null);
    }

    private JsonNode view(String json) throws Exception {
        return mapper.readTree(json);
    }

    @Test
    void theHubsAllowedEventsNarrowedByRole() throws Exception {
        JsonNode v = view("{\"status\":\"ACCEPTED\",\"sender\":\"a\",\"receiver\":\"b\","
                + "\"allowedEvents\":[\"ACCEPTED_PENDING_DOCUMENTS\",\"ASSIGNED\",\"PROGRESS\"]}");
        assertThat(actions.allowed(v, user("b", StaffRole.REVIEWER))).containsExactly("ACCEPTED_PENDING_DOCUMENTS", "ASSIGNED", "PROGRESS");
        assertThat(actions.allowed(v, user("b", StaffRole.COORDINATOR))).containsExactly("ASSIGNED", "PROGRESS");
        assertThat(actions.allowed(v, user("b", StaffRole.SUPERVISOR))).isEmpty();
    }

    @Test
    void withoutTheHubsListNothingIsOffered() throws Exception {
        assertThat(actions.allowed(view("{\"status\":\"DELIVERED\",\"receiver\":\"b\"}"), user("b", StaffRole.REVIEWER))).isEmpty();
    }

    @Test
    void supervisorsMayWaiveDocumentsAndDecideObjections() throws Exception {
        JsonNode v = view("{\"allowedEvents\":[\"DOCUMENTS_RECEIVED\",\"DOCUMENTS_WAIVED\",\"GRANTED\"]}");
        assertThat(actions.allowed(v, user("b", StaffRole.SUPERVISOR))).containsExactly("DOCUMENTS_WAIVED");
        assertThat(actions.allowed(v, user("b", StaffRole.ADMINISTRATOR))).isEmpty();
    }

    @Test
    void actionFormsBecomeStatusEvents() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("assigneeKind", "WORKSTATION");
        form.add("assigneeName", "温州市总工会法律援助工作站");
        form.add("assigneeAgencyId", "union-330300");
        form.add("assigneePhone", "");
        assertThat(actions.event("ASSIGNED", form).toString()).isEqualTo("{\"type\":\"ASSIGNED\",\"assignee\":{\"kind\":\"WORKSTATION\","
                + "\"name\":\"温州市总工会法律援助工作站\",\"agencyId\":\"union-330300\"}}");

        LinkedMultiValueMap<String, String> closing = new LinkedMultiValueMap<>();
        closing.add("result", "SETTLED");
        closing.add("amountRecovered", "12,000.50");
        assertThat(actions.event("CLOSED", closing).at("/outcome/amountRecovered").decimalValue()).isEqualByComparingTo("12000.50");

        LinkedMultiValueMap<String, String> pending = new LinkedMultiValueMap<>();
        pending.add("missing", "LABOR_CONTRACT");
        pending.add("missing", "ATTENDANCE");
        pending.add("provider", "申请人");
        pending.add("dueDate", "2026-12-01");
        assertThat(actions.event("ACCEPTED_PENDING_DOCUMENTS", pending).path("missingDocuments")).hasSize(2);
        assertThat(actions.event("DECLINED", new LinkedMultiValueMap<>()).has("reasonCode")).isFalse();

        LinkedMultiValueMap<String, String> received = new LinkedMultiValueMap<>();
        received.add("items", "LABOR_CONTRACT");
        received.add("note", "");
        assertThat(actions.event("DOCUMENTS_RECEIVED", received).toString())
                .isEqualTo("{\"type\":\"DOCUMENTS_RECEIVED\",\"items\":[\"LABOR_CONTRACT\"]}");
        LinkedMultiValueMap<String, String> terminated = new LinkedMultiValueMap<>();
        terminated.add("terminationReason", "SELF_RETAINED_LAWYER");
        assertThat(actions.event("TERMINATED", terminated).path("terminationReason").asText()).isEqualTo("SELF_RETAINED_LAWYER");
    }
}
