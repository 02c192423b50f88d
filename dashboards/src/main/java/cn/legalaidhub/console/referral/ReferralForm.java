package cn.legalaidhub.console.referral;

import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.contract.DocumentKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The new-referral form ↔ the canonical referral. Inputs are named by their place in the document
 * ({@code applicant.idNumber} ↔ {@code /applicant/idNumber}), so the hub's problems, which carry JSON
 * pointers, land next to the field they name.
 */
final class ReferralForm {

    static final String DOCUMENT_PREFIX = "doc.";
    private static final Set<String> NUMBERS = Set.of("amountClaimed", "peopleCount");
    private static final Set<String> LISTS = Set.of("urgency.reasons");

    private ReferralForm() {
    }

    static ObjectNode toReferral(MultiValueMap<String, String> form, ObjectMapper mapper) {
        ObjectNode referral = mapper.createObjectNode();
        form.forEach((name, values) -> {
            if (name.startsWith("_") || name.startsWith(DOCUMENT_PREFIX) || values.isEmpty()) {
                return;
            }
            if (LISTS.contains(name)) {
                List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
                if (!present.isEmpty()) {
                    ArrayNode array = parent(referral, name).putArray(leaf(name));
                    present.forEach(array::add);
                }
                return;
            }
            String value = values.get(0) == null ? "" : values.get(0).trim();
            if (value.isEmpty()) {
                return;
            }
            ObjectNode parent = parent(referral, name);
            if (NUMBERS.contains(name)) {
                try {
                    BigDecimal number = new BigDecimal(value.replace(",", ""));
                    if ("peopleCount".equals(name) && number.scale() <= 0) {
                        parent.put(leaf(name), number.intValueExact());
                    } else {
                        parent.put(leaf(name), number);
                    }
                } catch (ArithmeticException | NumberFormatException notANumber) {
                    parent.put(leaf(name), value);
                }
            } else if ("consent.obtainedAt".equals(name) && value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
                parent.put(leaf(name), value + ":00+08:00");
            } else {
                parent.put(leaf(name), value);
            }
        });
        ArrayNode documents = mapper.createArrayNode();
        for (DocumentKind kind : DocumentKind.values()) {
            String state = form.getFirst(DOCUMENT_PREFIX + kind.code());
            if ("PROVIDED".equals(state) || "MISSING".equals(state)) {
                documents.addObject().put("item", kind.code()).put("provided", "PROVIDED".equals(state));
            }
        }
        if (!documents.isEmpty()) {
            referral.set("documents", documents);
        }
        return referral;
    }

    /** The hub's problems by input name; a problem about a whole object is shown on the form's problem list only. */
    static Map<String, String> problemsByField(List<HubAnswer.FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (HubAnswer.FieldProblem p : problems) {
            String pointer = p.pointer() == null ? "" : p.pointer();
            String field = pointer.replaceFirst("^/", "").replace('/', '.');
            if (field.startsWith("documents")) {
                field = "documents";
            }
            byField.merge(field, p.message(), (a, b) -> a + "；" + b);
        }
        return byField;
    }

    /** A readable name of where a problem is, for the list at the top of the form. */
    static String fieldOf(String pointer) {
        return pointer == null ? "" : pointer.replaceFirst("^/", "").replace('/', '.');
    }

    private static ObjectNode parent(ObjectNode root, String dotted) {
        String[] parts = dotted.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) && node.get(parts[i]).isObject() ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        return node;
    }

    private static String leaf(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }
}
