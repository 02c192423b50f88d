package cn.legalaidhub.console.referral;

import cn.legalaidhub.console.users.ConsoleUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Which status events the signed-in user may report on a referral, and the event document built from an
 * action form. The events come from the hub's read view ({@code allowedEvents}: what the agency may report
 * now, by the lifecycle's rules); the role then narrows them: case handlers act; a coordinator may assign, note progress, file and decide objections
 * and waive documents; a supervisor may waive documents and decide objections; an administrator only reads.
 */
@Component
class ReferralActions {

    private static final Set<String> COORDINATOR_EVENTS = Set.of("ASSIGNED", "PROGRESS", "OBJECTION_FILED", "OBJECTION_DECIDED",
            "DOCUMENTS_WAIVED");
    private static final Set<String> SUPERVISOR_EVENTS = Set.of("DOCUMENTS_WAIVED", "OBJECTION_DECIDED");
    /** Simple text fields of a status event, taken from the form as they are. */
    private static final List<String> TEXT_FIELDS = List.of("note", "reasonCode", "reasonText", "stage", "decision",
            "terminationReason", "toRegion", "waivedBy");

    private final ObjectMapper mapper;

    ReferralActions(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    List<String> allowed(JsonNode view, ConsoleUser me) {
        List<String> events = new ArrayList<>();
        view.path("allowedEvents").forEach(e -> events.add(e.asText()));
        return switch (me.role()) {
            case WORKSTATION_STAFF, REVIEWER -> events;
            case COORDINATOR -> events.stream().filter(COORDINATOR_EVENTS::contains).toList();
            case SUPERVISOR -> events.stream().filter(SUPERVISOR_EVENTS::contains).toList();
            case ADMINISTRATOR -> List.of();
        };
    }

    /** The status event a form describes; fields left empty are left out, so the hub names what is missing. */
    ObjectNode event(String type, MultiValueMap<String, String> form) {
        ObjectNode event = mapper.createObjectNode().put("type", type);
        for (String field : TEXT_FIELDS) {
            text(event, field, form.getFirst(field));
        }
        List<String> items = form.getOrDefault("items", List.of()).stream().filter(i -> i != null && !i.isBlank()).toList();
        if (!items.isEmpty()) {
            items.forEach(event.putArray("items")::add);
        }
        switch (type) {
            case "ASSIGNED" -> {
                ObjectNode assignee = event.putObject("assignee");
                text(assignee, "kind", form.getFirst("assigneeKind"));
                text(assignee, "name", form.getFirst("assigneeName"));
                text(assignee, "agencyId", form.getFirst("assigneeAgencyId"));
                text(assignee, "phone", form.getFirst("assigneePhone"));
            }
            case "CLOSED" -> {
                ObjectNode outcome = event.putObject("outcome");
                text(outcome, "result", form.getFirst("result"));
                String amount = form.getFirst("amountRecovered");
                if (amount != null && !amount.isBlank()) {
                    try {
                        outcome.put("amountRecovered", new BigDecimal(amount.trim().replace(",", "")));
                    } catch (NumberFormatException notANumber) {
                        outcome.put("amountRecovered", amount.trim());
                    }
                }
                text(outcome, "summary", form.getFirst("summary"));
            }
            case "CANCELLED" -> event.put("confirm", "true".equals(form.getFirst("confirm")));
            case "ACCEPTED_PENDING_DOCUMENTS" -> {
                ArrayNode missing = event.putArray("missingDocuments");
                for (String item : form.getOrDefault("missing", List.of())) {
                    ObjectNode entry = missing.addObject().put("item", item);
                    text(entry, "provider", form.getFirst("provider"));
                    text(entry, "dueDate", form.getFirst("dueDate"));
                }
            }
            default -> { }
        }
        return event;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.trim());
        }
    }
}
