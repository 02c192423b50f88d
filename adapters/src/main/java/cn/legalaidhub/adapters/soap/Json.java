package cn.legalaidhub.adapters.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Small null-tolerant helpers for building and reading canonical JSON documents in the mappings. */
public final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Puts the value unless it is null. */
    public static ObjectNode put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
        return node;
    }

    public static ObjectNode put(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
        return node;
    }

    public static ObjectNode put(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
        return node;
    }

    public static ObjectNode put(ObjectNode node, String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
        return node;
    }

    /** Sets the child unless it is null or empty. */
    public static ObjectNode set(ObjectNode node, String name, JsonNode child) {
        if (child != null && !child.isEmpty()) {
            node.set(name, child);
        }
        return node;
    }

    /** The text at the field, or null when absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    public static Integer integer(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    public static Boolean bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }
}
