package cn.legalaidhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document (schemas/openapi/legal-aid-hub.openapi.yaml): well-formed, every reference
 * resolves, its copies of the contract schemas equal the schema files, every operation answers 401 as a
 * problem, and every example in it validates against its schema.
 */
class OpenApiDocumentTest {

    static final String RESOURCE = "schemas/openapi/legal-aid-hub.openapi.yaml";
    private static final Path SOURCE = Path.of("openapi", "legal-aid-hub.openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static JsonNode openApi;

    @BeforeAll
    static void load() throws IOException {
        if (Boolean.getBoolean("openapi.regenerate") && Files.exists(SOURCE)) {
            String text = Files.readString(SOURCE, StandardCharsets.UTF_8);
            Files.writeString(SOURCE, OpenApiContractSection.splice(text), StandardCharsets.UTF_8);
            openApi = new YAMLMapper().readTree(Files.readString(SOURCE, StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            openApi = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void isAnOpenApi31DocumentWithEnglishAndChineseInfo() {
        assertThat(openApi.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(openApi.path("info").path("title").asText()).matches(".*[A-Za-z].*\\p{IsHan}.*");
        assertThat(openApi.path("components").path("securitySchemes").path("agencyKey").path("scheme").asText()).isEqualTo("bearer");
        assertThat(openApi.path("security").get(0).has("agencyKey")).isTrue();
    }

    @Test
    void contractSchemaCopiesEqualTheSchemaFiles() {
        JsonNode schemas = openApi.path("components").path("schemas");
        ObjectNode expected = OpenApiContractSection.components();
        List<String> stale = new ArrayList<>();
        expected.fields().forEachRemaining(c -> {
            if (!ContractExamplesTest.JsonTrees.same(c.getValue(), schemas.path(c.getKey()))) {
                stale.add(c.getKey());
            }
        });
        assertThat(stale).as("OpenAPI components out of date with schemas/json; run "
                + "./mvnw -q -pl schemas test -Dtest=OpenApiDocumentTest -Dopenapi.regenerate=true").isEmpty();
    }

    @Test
    void coversTheHubsEndpoints() {
        assertThat(operations()).extracting(op -> op.method() + " " + op.path()).containsExactlyInAnyOrder(
                "post /api/v1/referrals",
                "get /api/v1/referrals",
                "get /api/v1/mandatory-reports/{id}",
                "post /api/v1/mandatory-reports/{id}/acknowledge",
                "post /api/v1/mandatory-reports/{id}/reply",
                "get /api/v1/referrals/{id}",
                "post /api/v1/referrals/{id}/events",
                "get /api/v1/inbox",
                "get /api/v1/cases",
                "get /api/v1/statistics",
                "get /api/v1/agencies/me",
                "post /api/v1/admin/feed/rebuild",
                "get /api/v1/admin/dead-letters",
                "post /api/v1/admin/dead-letters/{agency}/replay",
                "post /partner/inspection/complaints",
                "post /partner/inspection/referrals/{zjbh}/feedback",
                "get /partner/union/webhook-deliveries",
                "post /partner/hotline/work-orders",
                "post /partner/womensfed/referrals",
                "post /partner/mediation/cases/{id}/outcome",
                "post /partner/mediation/cases/{id}/progress",
                "post /partner/commerce/batches",
                "get /partner/commerce/batches",
                "get /partner/commerce/batches/{id}",
                "get /partner/commerce/batches/{id}/result",
                "get /partner/commerce/template.xlsx",
                "get /partner/commerce/template.csv",
                "get /api/v1/meetings",
                "post /api/v1/meetings",
                "get /api/v1/meetings/agenda-suggestions",
                "get /api/v1/meetings/{id}",
                "post /api/v1/meetings/{id}/reschedule",
                "post /api/v1/meetings/{id}/cancel",
                "post /api/v1/meetings/{id}/acknowledge",
                "post /api/v1/meetings/{id}/reply",
                "post /api/v1/meetings/{id}/minutes",
                "get /api/v1/meetings/{id}/action-items",
                "post /api/v1/meetings/{id}/action-items/{itemId}/close",
                "get /api/v1/bulletins",
                "post /api/v1/bulletins",
                "get /api/v1/bulletins/subscriptions",
                "put /api/v1/bulletins/subscriptions",
                "get /api/v1/bulletins/{id}",
                "post /api/v1/bulletins/{id}/acknowledge",
                "get /api/v1/bulletins/{id}/attachments/{position}",
                "get /api/v1/roster",
                "get /api/v1/early-warnings",
                "get /api/v1/early-warnings/statistics",
                "get /api/v1/early-warnings/{id}",
                "post /api/v1/early-warnings/{id}/acknowledge",
                "post /api/v1/early-warnings/{id}/actions",
                "get /api/v1/campaigns",
                "post /api/v1/campaigns",
                "get /api/v1/campaigns/{id}",
                "post /api/v1/campaigns/{id}/reports",
                "get /api/v1/campaigns/{id}/rollup",
                "get /api/v1/campaigns/{id}/rollup/export",
                "get /api/v1/reports",
                "post /api/v1/reports",
                "get /api/v1/reports/{id}",
                "get /api/v1/reports/{id}/xlsx",
                "get /api/v1/reports/{id}/pdf",
                "get /api/v1/typical-cases",
                "post /api/v1/typical-cases",
                "get /api/v1/typical-cases/export",
                "get /api/v1/typical-cases/{id}",
                "put /api/v1/typical-cases/{id}",
                "post /api/v1/typical-cases/{id}/review",
                "get /api/v1/referrals/{id}/quality",
                "post /api/v1/referrals/{id}/quality/return-visits",
                "post /api/v1/referrals/{id}/quality/hearings",
                "post /api/v1/referrals/{id}/quality/peer-reviews");
    }

    @Test
    void everyOperationAnswers401AndErrorsAsProblems() {
        for (Operation op : operations()) {
            JsonNode responses = op.node().path("responses");
            assertThat(responses.has("401")).as("%s %s has 401", op.method(), op.path()).isTrue();
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    JsonNode response = resolve(r.getValue());
                    assertThat(response.path("content").has("application/problem+json"))
                            .as("%s %s %s is a problem", op.method(), op.path(), r.getKey()).isTrue();
                }
            });
            assertThat(op.node().path("operationId").asText()).isNotBlank();
        }
    }

    @Test
    void hasNoEmptyValues() {
        List<String> empty = new ArrayList<>();
        collectNulls(openApi, "", empty);
        assertThat(empty).as("null values (often a YAML flow mapping split by a comma)").isEmpty();
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(openApi, refs);
        assertThat(refs).isNotEmpty();
        assertThat(refs).allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(openApi.at(ref.substring(1)).isMissingNode()).as("%s resolves", ref).isFalse();
        });
    }

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        collectExamples(openApi == null ? loadQuietly() : openApi, "", all);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleValidatesAgainstItsSchema(String where, JsonNode schema, JsonNode example) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        // The OpenAPI components become $defs (a keyword networknt knows), with the references moved along.
        document.set("$defs", toDefs(openApi.path("components").path("schemas").deepCopy()));
        document.set("allOf", JsonNodeFactory.instance.arrayNode().add(toDefs(schema.deepCopy())));
        Set<ValidationMessage> problems = ContractSchemas.compile(document).validate(example);
        assertThat(problems).as("example at %s", where).isEmpty();
    }

    // --------------------------------------------------------------------------------------------------

    record Operation(String path, String method, JsonNode node) {
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                operations.add(new Operation(p.getKey(), m.getKey(), m.getValue()));
            }
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? openApi.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static JsonNode toDefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref") && f.getValue().asText().startsWith("#/components/schemas/")) {
                    f.setValue(JsonNodeFactory.instance.textNode(
                            "#/$defs/" + f.getValue().asText().substring("#/components/schemas/".length())));
                } else {
                    toDefs(f.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(OpenApiDocumentTest::toDefs);
        }
        return node;
    }

    private static void collectNulls(JsonNode node, String at, List<String> found) {
        if (node.isNull()) {
            found.add(at);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> collectNulls(f.getValue(), at + "/" + f.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNulls(node.get(i), at + "/" + i, found);
            }
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    /** Media types with a schema and an example or examples, in paths and in components.responses. */
    private static void collectExamples(JsonNode node, String at, List<Arguments> all) {
        if (node.isObject()) {
            if (node.has("schema") && (node.has("example") || node.has("examples"))) {
                if (node.has("example")) {
                    all.add(Arguments.of(at + "/example", node.get("schema"), node.get("example")));
                }
                for (Map.Entry<String, JsonNode> e : iterable(node.path("examples"))) {
                    all.add(Arguments.of(at + "/examples/" + e.getKey(), node.get("schema"), e.getValue().path("value")));
                }
            }
            node.fields().forEachRemaining(f -> collectExamples(f.getValue(), at + "/" + f.getKey(), all));
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static JsonNode loadQuietly() {
        try {
            load();
            return openApi;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
