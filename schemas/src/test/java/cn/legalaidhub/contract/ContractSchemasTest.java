package cn.legalaidhub.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ContractSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> NAMES = ContractSchemas.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void schemaLoadsWithItsIdTitleAndDescription(String name) {
        JsonNode schema = ContractSchemas.schemaDocument(name);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("https://legalaidhub.cn/schemas/" + name + ".schema.json")
                .isEqualTo(ContractSchemas.schemaId(name));
        assertThat(schema.path("title").asText()).matches(".*[A-Za-z].*\\p{IsHan}.*");
        assertThat(schema.path("description").asText()).isNotBlank();
        assertThat(ContractSchemas.schema(name)).isSameAs(ContractSchemas.schema(name));
        assertThat(ContractSchemas.recordType(name)).isNotNull();
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void everyObjectIsClosedAndEveryStringBounded(String name) {
        List<String> faults = new ArrayList<>();
        walk(ContractSchemas.schemaDocument(name), "", faults);
        assertThat(faults).as("schema %s", name).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void everyPropertyHasATitleInEnglishAndChinese(String name) {
        List<String> untitled = new ArrayList<>();
        JsonNode root = ContractSchemas.schemaDocument(name);
        titles(root, root, "", untitled);
        assertThat(untitled).as("properties without an English + Chinese title in %s", name).isEmpty();
    }

    @Test
    void unknownSchemaNameIsRefused() {
        assertThatThrownBy(() -> ContractSchemas.validate("referal", MAPPER.createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referal");
    }

    @Test
    void reportsEveryProblemAtOnceWithPointersAtMissingProperties() {
        List<SchemaProblem> problems = ContractSchemas.validate(ContractSchemas.REFERRAL, MAPPER.createObjectNode());

        assertThat(problems).extracting(SchemaProblem::pointer).containsExactlyInAnyOrder(
                "/sourceRef", "/receiverKind", "/region", "/applicant", "/matter", "/consent");
        assertThat(problems).extracting(SchemaProblem::code).containsOnly("required");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/applicant")).singleElement()
                .extracting(SchemaProblem::message).asString()
                .contains("Applicant 申请人", "(/applicant)", "required");
    }

    @Test
    void messagesNameTheFieldByItsTitle() throws Exception {
        JsonNode referral = ContractExamples.validDocument(ContractSchemas.REFERRAL, "wenzhou-construction-wages");
        ((ObjectNode) referral.path("applicant")).put("idNumber", "5113221978031215761234567890123456789");
        ((ObjectNode) referral.path("documents").get(0)).remove("provided");

        List<SchemaProblem> problems = ContractSchemas.validate(ContractSchemas.REFERRAL, referral);

        assertThat(problems).containsExactlyInAnyOrder(
                new SchemaProblem("/applicant/idNumber", "maxLength",
                        "ID number 证件号码 (/applicant/idNumber): must be at most 32 characters long. 内容超出长度限制。"),
                new SchemaProblem("/documents/0/provided", "required",
                        "Provided 是否已提供 (/documents/0/provided): is required but missing. 缺少必填项。"));
    }

    @Test
    void rootProblemsHaveTheEmptyPointer() {
        List<SchemaProblem> problems = ContractSchemas.validate(ContractSchemas.STATUS_EVENT, MAPPER.getNodeFactory().textNode("ACCEPTED"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEmpty();
            assertThat(p.code()).isEqualTo("type");
        });
        assertThat(ContractSchemas.validate(ContractSchemas.STATUS_EVENT, null)).extracting(SchemaProblem::pointer).containsOnly("");
    }

    @Test
    void propertyNamesAreEscapedInPointers() throws Exception {
        JsonNode event = MAPPER.readTree("{\"type\":\"ACCEPTED\",\"a/b~c\":1}");
        assertThat(ContractSchemas.validate(ContractSchemas.STATUS_EVENT, event))
                .extracting(SchemaProblem::pointer).containsExactly("/a~1b~0c");
    }

    @Test
    void formatsAreAsserted() throws Exception {
        JsonNode receipt = MAPPER.readTree("""
                {"messageId":"6F1C2A7E-3B9D-4E58-A0C4","agency":"legalaid-330300","kind":"DELIVERED",
                 "at":"2026-02-30T09:00:00+08:00"}""");
        assertThat(ContractSchemas.validate(ContractSchemas.RECEIPT, receipt))
                .extracting(SchemaProblem::pointer, SchemaProblem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/messageId", "format"),
                        org.assertj.core.groups.Tuple.tuple("/at", "format"));
    }

    @Test
    void contractIdsResolveFromTheClasspathAndNothingIsFetchedRemotely() throws Exception {
        JsonNode local = MAPPER.readTree("{\"$ref\":\"https://legalaidhub.cn/schemas/status-event.schema.json\"}");
        assertThat(ContractSchemas.compile(local).validate(MAPPER.readTree("{\"type\":\"DECLINED\"}")))
                .extracting(m -> m.getType()).containsExactly("required");

        JsonNode remote = MAPPER.readTree("{\"$ref\":\"https://json.schemastore.org/package.json\"}");
        assertThatThrownBy(() -> ContractSchemas.compile(remote).validate(MAPPER.createObjectNode()))
                .hasMessageContaining("not allowed");
    }

    @Test
    void declinedCancelledAndClosedRulesApplyOnlyToTheirType() throws Exception {
        JsonNode accepted = MAPPER.readTree("{\"type\":\"ACCEPTED\",\"confirm\":false}");
        assertThat(ContractSchemas.isValid(ContractSchemas.STATUS_EVENT, accepted)).isTrue();
        JsonNode cancelled = MAPPER.readTree("{\"type\":\"CANCELLED\"}");
        assertThat(ContractSchemas.validate(ContractSchemas.STATUS_EVENT, cancelled))
                .extracting(SchemaProblem::pointer).containsExactly("/confirm");
    }

    @Test
    void resourcePathsAreOnTheClasspath() {
        for (String name : NAMES) {
            assertThat(getClass().getClassLoader().getResource(ContractSchemas.resourcePath(name))).isNotNull();
        }
    }

    // --- structural checks of the schema documents -------------------------------------------------

    private static final Set<String> UNBOUNDED_FORMATS_OK = Set.of("date", "date-time", "uuid");

    private static void walk(JsonNode schema, String at, List<String> faults) {
        if (!schema.isObject()) {
            return;
        }
        JsonNode type = schema.get("type");
        Set<String> types = type == null ? Set.of()
                : type.isArray() ? stream(type).map(JsonNode::asText).collect(Collectors.toSet()) : Set.of(type.asText());
        if (types.contains("object") && schema.has("properties") && !schema.path("additionalProperties").isBoolean()) {
            faults.add(at + ": object without additionalProperties: false");
        }
        if (types.contains("string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")
                && !UNBOUNDED_FORMATS_OK.contains(schema.path("format").asText())
                && !(schema.has("pattern") && !schema.get("pattern").asText().matches(".*[*+].*"))) {
            faults.add(at + ": string without maxLength");
        }
        if (schema.has("enum") && !at.endsWith("/receiverKind") && !at.contains("agencyKinds")) {
            stream(schema.get("enum")).filter(v -> !v.asText().matches("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"))
                    .forEach(v -> faults.add(at + ": enum code " + v + " is not UPPER_SNAKE_CASE"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                if (Set.of("properties", "$defs").contains(field.getKey())) {
                    value.fields().forEachRemaining(p -> walk(p.getValue(), at + "/" + field.getKey() + "/" + p.getKey(), faults));
                } else {
                    walk(value, at + "/" + field.getKey(), faults);
                }
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), at + "/" + field.getKey() + "/" + i, faults);
                }
            }
        }
    }

    private static void titles(JsonNode root, JsonNode schema, String at, List<String> untitled) {
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode property = p.getValue();
            JsonNode referenced = property.has("$ref") ? root.at(property.get("$ref").asText().substring(1)) : property;
            String title = property.path("title").asText(referenced.path("title").asText(""));
            if (!title.matches(".*[A-Za-z].*\\p{IsHan}.*")) {
                untitled.add(at + "/" + p.getKey());
            }
            titles(root, property, at + "/" + p.getKey(), untitled);
            titles(root, property.path("items"), at + "/" + p.getKey() + "/items", untitled);
        });
        schema.path("$defs").fields().forEachRemaining(d -> {
            titles(root, d.getValue(), "#/$defs/" + d.getKey(), untitled);
            titles(root, d.getValue().path("items"), "#/$defs/" + d.getKey() + "/items", untitled);
        });
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values.stream();
    }
}
