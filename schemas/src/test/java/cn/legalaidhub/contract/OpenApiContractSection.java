package cn.legalaidhub.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OpenAPI document's copies of the contract schemas: each {@code schemas/json/<name>.schema.json}
 * becomes component {@code <Name>} and each of its {@code $defs} component {@code <Name><Def>}, with
 * {@code #/$defs/...} references rewritten to {@code #/components/schemas/...} so that OpenAPI tools
 * render them. The copies live between two marker lines of the YAML; {@code OpenApiDocumentTest} checks
 * they equal the schema files and rewrites them when run with {@code -Dopenapi.regenerate=true}.
 */
final class OpenApiContractSection {

    static final String BEGIN = "    # ---- BEGIN GENERATED contract schemas";
    static final String END = "    # ---- END GENERATED contract schemas ----";

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private OpenApiContractSection() {
    }

    /** Component name of a schema, e.g. {@code status-event} → {@code StatusEvent}. */
    static String componentName(String schemaName) {
        return Arrays.stream(schemaName.split("-")).map(OpenApiContractSection::capitalize).collect(Collectors.joining());
    }

    /** The components the contract schemas become, in schema order, each followed by its definitions. */
    static ObjectNode components() {
        ObjectNode components = JsonNodeFactory.instance.objectNode();
        for (String name : ContractSchemas.NAMES) {
            ObjectNode schema = (ObjectNode) ContractSchemas.schemaDocument(name);
            String component = componentName(name);
            ObjectNode defs = (ObjectNode) schema.remove("$defs");
            schema.remove("$schema");
            String id = schema.remove("$id").asText();
            ObjectNode top = JsonNodeFactory.instance.objectNode();
            top.put("$comment", "Copy of " + ContractSchemas.resourcePath(name)
                    + " ($id " + id + "); edit that file, not this copy.");
            top.setAll(schema);
            components.set(component, rewrite(top, component));
            if (defs != null) {
                defs.fields().forEachRemaining(d -> components.set(component + capitalize(d.getKey()), rewrite(d.getValue(), component)));
            }
        }
        return components;
    }

    /** The YAML lines between the markers (indented under {@code components.schemas}). */
    static String render() {
        try {
            String yaml = YAML.writeValueAsString(components());
            return yaml.lines().map(line -> "    " + line).collect(Collectors.joining("\n", "", "\n"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document with the generated section replaced by a fresh rendering. */
    static String splice(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("The OpenAPI document lacks the generated-section markers");
        }
        int afterBeginLine = document.indexOf('\n', begin) + 1;
        return document.substring(0, afterBeginLine) + render() + document.substring(end);
    }

    private static JsonNode rewrite(JsonNode node, String component) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().asText().startsWith("#/$defs/")) {
                    String def = field.getValue().asText().substring("#/$defs/".length());
                    field.setValue(new TextNode("#/components/schemas/" + component + capitalize(def)));
                } else {
                    rewrite(field.getValue(), component);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewrite(child, component));
        }
        return node;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
