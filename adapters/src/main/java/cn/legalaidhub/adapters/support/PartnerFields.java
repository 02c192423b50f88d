package cn.legalaidhub.adapters.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a partner's flat JSON document field by field, collecting every problem (missing, wrong
 * type, unknown code) in the partner's own field names instead of stopping at the first.
 */
public final class PartnerFields {

    private final JsonNode document;
    private final List<FieldProblem> problems = new ArrayList<>();

    public PartnerFields(JsonNode document) {
        this.document = document;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public void problem(String field, String code, String message) {
        problems.add(FieldProblem.of(field, code, message));
    }

    public boolean reported(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public Optional<String> text(String field, String label) {
        JsonNode node = document.path(field);
        if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problem(field, "type", field + "（" + label + "）须为字符串。 must be a string.");
            return Optional.empty();
        }
        return Optional.of(node.asText().trim());
    }

    public Optional<String> requiredText(String field, String label) {
        Optional<String> value = text(field, label);
        if (value.isEmpty() && !reported(field)) {
            problem(field, "required", "缺少必填项 " + field + "（" + label + "）。 is required but missing.");
        }
        return value;
    }

    public Optional<BigDecimal> number(String field, String label) {
        JsonNode node = document.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(new BigDecimal(node.asText().trim()));
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problem(field, "type", field + "（" + label + "）须为数字。 must be a number.");
        return Optional.empty();
    }

    public Optional<Integer> integer(String field, String label) {
        return number(field, label).flatMap(n -> {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                problem(field, "type", field + "（" + label + "）须为整数。 must be a whole number.");
                return Optional.empty();
            }
        });
    }

    /** A code of the partner's code table, translated; an unknown code is a problem naming the known ones. */
    public <T> Optional<T> code(String field, String label, Map<String, T> table, boolean required) {
        Optional<String> value = required ? requiredText(field, label) : text(field, label);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        T mapped = table.get(value.get());
        if (mapped == null) {
            problem(field, "code", field + "（" + label + "）代码 '" + value.get() + "' 不在代码表中，可用: " + String.join(", ", table.keySet())
                    + ". Unknown code.");
            return Optional.empty();
        }
        return Optional.of(mapped);
    }
}
