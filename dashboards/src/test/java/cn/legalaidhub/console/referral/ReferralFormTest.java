package cn.legalaidhub.console.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.console.hub.HubAnswer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class ReferralFormTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void inputsNamedByTheirPlaceBecomeTheCanonicalReferral() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", "token");
        form.add("sourceRef", " WS-1 ");
        form.add("applicant.name", "张秀英");
        form.add("applicant.phone", "");
        form.add("matter.category", "UNPAID_WAGES");
        form.add("amountClaimed", "36,800.50");
        form.add("peopleCount", "12");
        form.add("urgency.reasons", "LIMITATION_WITHIN_7_DAYS");
        form.add("urgency.reasons", "DETAINED");
        form.add("consent.obtainedAt", "2026-11-24T10:30");
        form.add("doc.ID_PROOF", "PROVIDED");
        form.add("doc.LABOR_CONTRACT", "MISSING");
        form.add("doc.IOU", "");

        ObjectNode referral = ReferralForm.toReferral(form, mapper);

        assertThat(referral.path("sourceRef").asText()).isEqualTo("WS-1");
        assertThat(referral.at("/applicant/name").asText()).isEqualTo("张秀英");
        assertThat(referral.at("/applicant").has("phone")).isFalse();
        assertThat(referral.has("_csrf")).isFalse();
        assertThat(referral.path("amountClaimed").decimalValue()).isEqualByComparingTo("36800.50");
        assertThat(referral.path("peopleCount").isInt()).isTrue();
        assertThat(referral.at("/urgency/reasons")).hasSize(2);
        assertThat(referral.at("/consent/obtainedAt").asText()).isEqualTo("2026-11-24T10:30:00+08:00");
        assertThat(referral.path("documents").toString())
                .isEqualTo("[{\"item\":\"ID_PROOF\",\"provided\":true},{\"item\":\"LABOR_CONTRACT\",\"provided\":false}]");
    }

    @Test
    void whatIsNotANumberIsPassedOnForTheHubToName() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("amountClaimed", "三万");
        assertThat(ReferralForm.toReferral(form, mapper).path("amountClaimed").asText()).isEqualTo("三万");
    }

    @Test
    void theHubsProblemsLandNextToTheirInputs() {
        var problems = ReferralForm.problemsByField(List.of(
                new HubAnswer.FieldProblem("/applicant/idNumber", "idNumber", "ID check digit 校验位错误"),
                new HubAnswer.FieldProblem("/applicant/idNumber", "format", "18 characters"),
                new HubAnswer.FieldProblem("/documents/1/item", "enum", "unknown document")));
        assertThat(problems).containsEntry("applicant.idNumber", "ID check digit 校验位错误；18 characters")
                .containsEntry("documents", "unknown document");
    }
}
