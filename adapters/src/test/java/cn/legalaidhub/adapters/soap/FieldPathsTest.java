package cn.legalaidhub.adapters.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    private final FieldPaths paths = FieldPaths.of("referral",
            "/applicant/idNumber", "referral/applicant/certNo",
            "/documents/*/item", "referral/materials/material[*]/materialCode",
            "/documents/*", "referral/materials/material[*]");

    @Test
    void namesCanonicalPointersInThePartnersFieldsWithXPathPositions() {
        assertThat(paths.partnerField("/applicant/idNumber")).isEqualTo("referral/applicant/certNo");
        assertThat(paths.partnerField("/documents/2/item")).isEqualTo("referral/materials/material[3]/materialCode");
        assertThat(paths.partnerField("/documents/0/note")).isEqualTo("referral/materials/material[1]/note");
        assertThat(paths.partnerField("")).isEqualTo("referral");
        assertThat(paths.partnerField("/unknown/field")).isEqualTo("referral/unknown/field");
    }

    @Test
    void aMappingProblemReplacesTheHubsProblemAtTheSamePointerAndNothingIsLost() throws Exception {
        JsonNode refusal = new ObjectMapper().readTree("""
                {"status":400,"errors":[
                  {"pointer":"/applicant/idNumber","code":"idNumber","message":"wrong check digit"},
                  {"pointer":"/documents/0/item","code":"enum","message":"not in enum"}]}""");
        MappingProblems mapping = new MappingProblems();
        mapping.add("referral/materials/material[1]/materialCode", "/documents/0/item", "code", "C42 is not a known code");
        mapping.add("referral/referTo", "/receiverKind", "code", "X is not a known code");

        assertThat(paths.translate(refusal, mapping)).containsExactly(
                new PartnerProblem("referral/applicant/certNo", "/applicant/idNumber", "idNumber", "wrong check digit"),
                new PartnerProblem("referral/materials/material[1]/materialCode", "/documents/0/item", "code", "C42 is not a known code"),
                new PartnerProblem("referral/referTo", "/receiverKind", "code", "X is not a known code"));
    }

    @Test
    void unknownCodesAreReportedAndPassedOnSoTheHubRefusesThemToo() {
        CodeTable table = CodeTable.of("01", "MIGRANT_WORKER", "农民工", "99", "OTHER", "其他");
        MappingProblems problems = new MappingProblems();

        assertThat(table.canonical("01", "f", "/p", problems)).isEqualTo("MIGRANT_WORKER");
        assertThat(table.canonical("0X", "f", "/p", problems)).isEqualTo("0X");
        assertThat(table.partner("OTHER")).isEqualTo("99");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("f");
            assertThat(p.pointer()).isEqualTo("/p");
            assertThat(p.message()).contains("0X").contains("01 农民工, 99 其他");
        });
    }
}
