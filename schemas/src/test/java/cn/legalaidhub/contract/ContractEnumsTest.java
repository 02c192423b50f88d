package cn.legalaidhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java enums and the schemas' enums are the same lists of codes, and every code has a Chinese label. */
class ContractEnumsTest {

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(ContractSchemas.REFERRAL, "/properties/receiverKind", AgencyKind.class),
                Arguments.of(ContractSchemas.BULLETIN, "/properties/topic/properties/agencyKinds/items", AgencyKind.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/applicant/properties/sex", Sex.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/applicant/properties/idType", IdType.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/applicant/properties/health", Health.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/group", Group.class),
                Arguments.of(ContractSchemas.INTAKE_RECORD, "/properties/applicantGroup", Group.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/agent/properties/relation", AgentRelation.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/matter/properties/category", Category.class),
                Arguments.of(ContractSchemas.INTAKE_RECORD, "/properties/category", Category.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/matter/properties/legalStatus", LegalStatus.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/matter/properties/role", PartyRole.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/matter/properties/aidForm", AidForm.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/urgency/properties/reasons/items", UrgencyReason.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/documentItem/properties/item", DocumentKind.class),
                Arguments.of(ContractSchemas.REFERRAL, "/$defs/consent/properties/legalBasis", LegalBasis.class),
                Arguments.of(ContractSchemas.ENVELOPE, "/properties/type", MessageType.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/type", EventType.class),
                Arguments.of(ContractSchemas.PROBLEM, "/properties/allowed/items", EventType.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/reasonCode", DeclineReason.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/assignee/properties/kind", AssigneeKind.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/stage", ProceedingStage.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/outcome/properties/result", OutcomeResult.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/status", ReferralStatus.class),
                Arguments.of(ContractSchemas.RECEIPT, "/properties/kind", ReceiptKind.class),
                Arguments.of(ContractSchemas.MEETING_NOTICE, "/properties/status", MeetingStatus.class),
                Arguments.of(ContractSchemas.MEETING_NOTICE, "/properties/actionItems/items/properties/state", ActionItemState.class),
                Arguments.of(ContractSchemas.BULLETIN, "/properties/topic/properties/category", BulletinCategory.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/missingDocuments/items/properties/item", DocumentKind.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/items/items", DocumentKind.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/missingDocuments/items/properties/provider", DocumentProvider.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/decision", ObjectionDecision.class),
                Arguments.of(ContractSchemas.STATUS_EVENT, "/properties/terminationReason", TerminationReason.class),
                Arguments.of(ContractSchemas.NOTICE, "/properties/kind", NoticeKind.class));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("enums")
    <E extends Enum<E> & LabelledCode> void javaEnumMatchesSchemaEnum(String schema, String at, Class<E> type) {
        JsonNode values = ContractSchemas.schemaDocument(schema).at(at).path("enum");
        List<String> codes = new ArrayList<>();
        values.forEach(v -> codes.add(v.asText()));

        assertThat(codes).as("%s%s", schema, at).isNotEmpty();
        assertThat(Arrays.stream(type.getEnumConstants()).map(LabelledCode::code).toList()).containsExactlyElementsOf(codes);
        assertThat(type.getEnumConstants()).allSatisfy(c -> assertThat(c.label()).matches(".*\\p{IsHan}.*"));
    }

    @Test
    void everyEnumOfTheSchemasHasItsJavaEnum() {
        long mapped = enums().count();
        List<String> found = new ArrayList<>();
        for (String name : ContractSchemas.NAMES) {
            collect(ContractSchemas.schemaDocument(name), name, "", found);
        }
        assertThat(found).as("enums in the schemas").hasSizeLessThanOrEqualTo((int) mapped)
                .allSatisfy(where -> assertThat(enums().map(a -> a.get()[0] + "#" + a.get()[1])).contains(where));
    }

    @Test
    void codesAndLabelsParse() {
        assertThat(LabelledCode.parse(Group.class, "农民工")).contains(Group.MIGRANT_WORKER);
        assertThat(LabelledCode.parse(Group.class, " migrant_worker ")).contains(Group.MIGRANT_WORKER);
        assertThat(LabelledCode.parse(AgencyKind.class, "womensfed")).contains(AgencyKind.WOMENSFED);
        assertThat(LabelledCode.parse(Category.class, "讨薪")).isEmpty();
        assertThat(AgencyKind.fromSlug("union")).contains(AgencyKind.UNION);
        assertThat(MessageType.STATUS_EVENT.schemaName()).isEqualTo(ContractSchemas.STATUS_EVENT);
    }

    @Test
    void intakeTemplateColumnsMatchTheSchema() {
        JsonNode properties = ContractSchemas.schemaDocument(ContractSchemas.INTAKE_RECORD).path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);

        assertThat(IntakeRecord.TEMPLATE_COLUMNS.keySet()).containsExactlyElementsOf(names);
        IntakeRecord.TEMPLATE_COLUMNS.forEach((property, header) ->
                assertThat(properties.path(property).path("description").asText()).startsWith("「" + header + "」"));
        assertThat(Arrays.stream(IntakeRecord.class.getRecordComponents()).map(c -> c.getName()).toList())
                .containsExactlyElementsOf(names);
    }

    @Test
    void intakeDocumentsSplitIntoKinds() {
        IntakeRecord row = ContractExamples.get(ContractSchemas.INTAKE_RECORD, ContractExamples.Kind.VALID,
                "wenzhou-shoe-factory-wages").as(IntakeRecord.class);
        assertThat(row.documentKinds()).containsExactly(DocumentKind.ID_PROOF, DocumentKind.ATTENDANCE, DocumentKind.SETTLEMENT_SHEET);
        assertThat(row.applicantGroup().label()).isEqualTo("农民工");
    }

    private static void collect(JsonNode node, String schema, String at, List<String> found) {
        if (node.isObject()) {
            if (node.has("enum") && node.get("enum").size() > 1) {
                found.add(schema + "#" + at);
            }
            node.fields().forEachRemaining(f -> collect(f.getValue(), schema, at + "/" + f.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), schema, at + "/" + i, found);
            }
        }
    }
}
