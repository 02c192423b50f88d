package cn.legalaidhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.ContractExamples.Example;
import cn.legalaidhub.contract.ContractExamples.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of the contract: valid ones validate and round-trip, invalid ones fail exactly as expected. */
class ContractExamplesTest {

    private static final ObjectMapper MAPPER = ContractJson.newMapper();

    static Stream<Example> validExamples() {
        return ContractSchemas.NAMES.stream().flatMap(name -> ContractExamples.valid(name).stream());
    }

    static Stream<Example> invalidExamples() {
        return ContractSchemas.NAMES.stream().flatMap(name -> ContractExamples.invalid(name).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void validExampleHasNoProblem(Example example) {
        assertThat(ContractSchemas.validate(example.schemaName(), example.document())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void validExampleRoundTripsThroughItsRecordWithoutLoss(Example example) throws Exception {
        Class<?> type = ContractSchemas.recordType(example.schemaName());
        JsonNode original = example.document();

        Object record = MAPPER.treeToValue(original, type);
        JsonNode written = MAPPER.valueToTree(record);

        assertThat(JsonTrees.same(JsonTrees.withoutNulls(written), JsonTrees.withoutNulls(original)))
                .as("%s read into %s and written back:%n%s%nbut the example is:%n%s", example, type.getSimpleName(),
                        written.toPrettyString(), original.toPrettyString())
                .isTrue();
        assertThat(MAPPER.treeToValue(written, type)).isEqualTo(record);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void invalidExampleReportsExactlyTheExpectedPointersInOnePass(Example example) {
        List<SchemaProblem> problems = ContractSchemas.validate(example.schemaName(), example.document());

        Set<String> pointers = problems.stream().map(SchemaProblem::pointer).collect(Collectors.toSet());
        assertThat(pointers).as("pointers reported for %s: %s", example, problems)
                .containsExactlyInAnyOrderElementsOf(example.expectedPointers());
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.code()).isNotBlank();
            assertThat(p.message()).isNotBlank();
            if (!p.pointer().isEmpty()) {
                assertThat(p.message()).contains("(" + p.pointer() + ")");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.legalaidhub.contract.ContractExamplesTest#identifierExamples")
    void invalidIdentifierExamplesPassTheSchema(Example example) {
        assertThat(ContractSchemas.validate(ContractSchemas.REFERRAL, example.document())).isEmpty();
        assertThat(example.expectedPointers()).isNotEmpty();
    }

    static Stream<Example> identifierExamples() {
        return ContractExamples.invalidIdentifiers().stream();
    }

    @Test
    void everySchemaHasEnoughExamples() {
        Map<String, Integer> minimum = Map.of(ContractSchemas.REFERRAL, 3, ContractSchemas.STATUS_EVENT, 3);
        for (String name : ContractSchemas.NAMES) {
            int min = minimum.getOrDefault(name, 1);
            assertThat(ContractExamples.valid(name)).as("valid examples of %s", name).hasSizeGreaterThanOrEqualTo(min);
            assertThat(ContractExamples.invalid(name)).as("invalid examples of %s", name).hasSizeGreaterThanOrEqualTo(min);
        }
        assertThat(ContractExamples.invalidIdentifiers()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void examplesCanBeLookedUpByName() {
        Example wenzhou = ContractExamples.get(ContractSchemas.REFERRAL, Kind.VALID, "wenzhou-construction-wages");
        Referral referral = wenzhou.as(Referral.class);

        assertThat(referral.applicant().group()).isEqualTo(Group.MIGRANT_WORKER);
        assertThat(referral.applicant().group().label()).isEqualTo("农民工");
        assertThat(referral.receiverKind()).isEqualTo(AgencyKind.LEGALAID);
        assertThat(referral.amountClaimed()).isEqualByComparingTo("48600.00");
        assertThat(wenzhou.text()).contains("\"sourceRef\"");
        assertThat(ContractExamples.all()).contains(wenzhou);
        assertThat(ContractExamples.list(ContractSchemas.RECEIPT, Kind.INVALID_IDENTIFIERS)).isEmpty();
    }

    @Test
    void envelopePayloadBindsToTheRecordItsTypeNames() {
        for (Example example : ContractExamples.valid(ContractSchemas.ENVELOPE)) {
            Envelope envelope = example.as(Envelope.class);
            Object payload = envelope.payloadAs(envelope.type().payloadType(), MAPPER);
            assertThat(payload).isInstanceOf(envelope.type().payloadType());
            assertThat(ContractSchemas.validate(envelope.type().schemaName(), envelope.payload())).isEmpty();
        }
    }

    /** Comparison of JSON trees as documents: numbers by value, absent and null fields alike. */
    static final class JsonTrees {

        static boolean same(JsonNode a, JsonNode b) {
            return a.equals((x, y) -> {
                if (x.isNumber() && y.isNumber()) {
                    return x.decimalValue().compareTo(y.decimalValue());
                }
                return x.equals(y) ? 0 : 1;
            }, b);
        }

        static JsonNode withoutNulls(JsonNode node) {
            JsonNode copy = node.deepCopy();
            strip(copy);
            return copy;
        }

        private static void strip(JsonNode node) {
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (field.getValue().isNull()) {
                        fields.remove();
                    } else {
                        strip(field.getValue());
                    }
                }
            } else if (node.isArray()) {
                node.forEach(JsonTrees::strip);
            }
        }
    }
}
