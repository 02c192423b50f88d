package cn.legalaidhub.adapters.inspection;

import static cn.legalaidhub.adapters.support.Golden.assertSameJson;
import static cn.legalaidhub.adapters.support.Golden.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.Golden;
import cn.legalaidhub.contract.ContractSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Inspection's documents ↔ canonical, both directions, against the golden files. */
class InspectionMappingGoldenTest {

    private final InspectionMapping mapping = new InspectionMapping(Golden.MAPPER);

    @Test
    void aComplaintBecomesAValidCanonicalReferral() {
        InspectionMapping.Mapped mapped = mapping.complaint(read("inspection", "complaint-group-wage-arrears.inspection.json"));

        assertThat(mapped.problems()).isEmpty();
        assertSameJson(mapped.document(), read("inspection", "complaint-group-wage-arrears.canonical.json"));
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, mapped.document())).isEmpty();
    }

    @Test
    void everyProblemOfAComplaintIsNamedInInspectionsFields() {
        InspectionMapping.Mapped mapped = mapping.complaint(read("inspection", "complaint-bad-codes-and-identifiers.inspection.json"));

        List<String> actual = mapped.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        List<String> expected = new ArrayList<>();
        read("inspection", "complaint-bad-codes-and-identifiers.problems.json")
                .forEach(p -> expected.add(p.path("field").asText() + ":" + p.path("code").asText()));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(mapped.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral-to-inspection", "status-closed", "status-declined", "early-warning"})
    void canonicalMessagesReachInspectionInItsFields(String name) {
        JsonNode envelope = read("inspection", name + ".envelope.json");
        assertThat(ContractSchemas.validate(ContractSchemas.ENVELOPE, envelope)).isEmpty();

        InspectionMapping.Outbound call = mapping.toInspection(envelope);

        assertSameJson(call.document(), read("inspection", name + ".inspection.json"));
        assertThat(call.path()).isEqualTo(switch (name) {
            case "referral-to-inspection" -> "/referrals";
            case "early-warning" -> "/warnings";
            default -> "/status-feedback";
        });
    }

    @Test
    void aComplaintTravelsToInspectionAndBackInTheSameFields() {
        JsonNode complaint = read("inspection", "complaint-group-wage-arrears.inspection.json");
        var envelope = Golden.MAPPER.createObjectNode().put("type", "REFERRAL").put("referralId", "R1").put("sender", "inspection-330300");
        envelope.set("payload", mapping.complaint(complaint).document());

        JsonNode back = mapping.toInspection(envelope).document();

        for (String field : List.of("tsrxm", "xb", "csrq", "sfzh", "lxdh", "hjdz", "rylb", "dwmc", "tyshxydm", "dwdz", "xmmc", "zbdw",
                "tslb", "xzqh", "rs", "sxrq", "tyfs")) {
            assertThat(back.path(field)).as(field).isEqualTo(complaint.path(field));
        }
        assertThat(back.path("qxje").decimalValue()).isEqualByComparingTo(complaint.path("qxje").decimalValue());
        assertThat(back.path("lybh").asText()).isEqualTo(complaint.path("tsbh").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"feedback-filed", "feedback-closed"})
    void inspectionsFeedbackBecomesCanonicalEvents(String name) {
        List<FieldProblem> problems = new ArrayList<>();
        var events = mapping.feedback(read("inspection", name + ".inspection.json"), problems);

        assertThat(problems).isEmpty();
        assertSameJson(Golden.MAPPER.valueToTree(events), read("inspection", name + ".events.json"));
        events.forEach(e -> assertThat(ContractSchemas.validate(ContractSchemas.STATUS_EVENT, e)).as(e.toString()).isEmpty());
    }
}
