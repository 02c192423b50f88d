package cn.legalaidhub.adapters.mediation;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.PartnerFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where a mediation committee's reports become canonical events (援调对接). The committee
 * accepts and names its mediator first; agreement → MEDIATION_AGREED with result SETTLED (调解结案, the case
 * closes), no agreement → MEDIATION_FAILED, on which the hub falls the case back to legal aid or arbitration
 * with its file (宜调则调、能诉快诉). Steps already taken are skipped by the caller.
 */
final class MediationOutcomes {

    static final String NO_AGREEMENT = "调解不成";

    private final ObjectMapper mapper;

    MediationOutcomes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code {agreement, mediator, agreementNo, amount, summary, date}} → the events leading to the outcome. */
    List<ObjectNode> outcome(JsonNode report, List<FieldProblem> problems) {
        PartnerFields in = new PartnerFields(report);
        JsonNode agreement = report.path("agreement");
        if (!agreement.isBoolean()) {
            in.problem("agreement", "required", "agreement（是否达成调解协议）须为 true 或 false。 must be true or false.");
        }
        String mediator = in.requiredText("mediator", "调解员").orElse(null);
        Optional<String> number = in.text("agreementNo", "调解协议书编号");
        Optional<java.math.BigDecimal> amount = in.number("amount", "协议金额");
        Optional<String> summary = in.text("summary", "调解情况");
        Optional<String> date = in.text("date", "调解日期");
        problems.addAll(in.problems());
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<ObjectNode> events = new ArrayList<>();
        events.add(event("ACCEPTED", date).put("note", "人民调解委员会受理调解"));
        ObjectNode assigned = event("ASSIGNED", date);
        assigned.putObject("assignee").put("name", mediator).put("kind", "WORKSTATION");
        events.add(assigned);
        if (agreement.asBoolean()) {
            ObjectNode agreed = event("MEDIATION_AGREED", date).put("stage", "MEDIATION");
            ObjectNode outcome = agreed.putObject("outcome");
            outcome.put("result", "SETTLED");
            amount.ifPresent(v -> outcome.put("amountRecovered", v));
            outcome.put("summary", "达成调解协议" + summary.map(s -> "：" + s).orElse(""));
            number.ifPresent(n -> outcome.putArray("documents").add("人民调解协议书 " + n));
            events.add(agreed);
        } else {
            events.add(event("MEDIATION_FAILED", date).put("stage", "MEDIATION")
                    .put("note", NO_AGREEMENT + summary.map(s -> "：" + s).orElse("") + "。转回法律援助或仲裁办理。"));
        }
        return events;
    }

    /** A progress note of the mediation (调解进展), accepting the case first unless already accepted. */
    List<ObjectNode> progress(JsonNode report, List<FieldProblem> problems) {
        PartnerFields in = new PartnerFields(report);
        String note = in.requiredText("note", "进展说明").orElse(null);
        Optional<String> date = in.text("date", "日期");
        problems.addAll(in.problems());
        if (!problems.isEmpty()) {
            return List.of();
        }
        return List.of(event("ACCEPTED", date).put("note", "人民调解委员会受理调解"),
                event("PROGRESS", date).put("stage", "MEDIATION").put("note", note));
    }

    private ObjectNode event(String type, Optional<String> date) {
        ObjectNode event = mapper.createObjectNode().put("type", type);
        date.ifPresent(d -> event.put("occurredAt", d.length() == 10 ? d + "T00:00:00+08:00" : d));
        return event;
    }
}
