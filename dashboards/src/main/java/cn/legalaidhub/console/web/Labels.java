package cn.legalaidhub.console.web;

import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.AidForm;
import cn.legalaidhub.contract.AssigneeKind;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.DeclineReason;
import cn.legalaidhub.contract.DocumentKind;
import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.Health;
import cn.legalaidhub.contract.IdType;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.LegalBasis;
import cn.legalaidhub.contract.LegalStatus;
import cn.legalaidhub.contract.OutcomeResult;
import cn.legalaidhub.contract.PartyRole;
import cn.legalaidhub.contract.ProceedingStage;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.contract.Sex;
import cn.legalaidhub.contract.StaffRole;
import cn.legalaidhub.contract.TerminationReason;
import cn.legalaidhub.contract.UrgencyReason;
import cn.legalaidhub.contract.DocumentProvider;
import cn.legalaidhub.contract.ObjectionDecision;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The contract's codes with their Chinese labels, for templates ({@code ${@labels.category(code)}}). The
 * labels come from the contract's enums, so the console shows the same words as every other channel.
 */
@Component("labels")
public class Labels {

    public record Option(String code, String label) {
    }

    private static final Map<String, Class<? extends Enum<?>>> TYPES = Map.ofEntries(
            Map.entry("category", Category.class), Map.entry("group", Group.class), Map.entry("status", ReferralStatus.class),
            Map.entry("event", EventType.class), Map.entry("declineReason", DeclineReason.class),
            Map.entry("outcome", OutcomeResult.class), Map.entry("stage", ProceedingStage.class),
            Map.entry("assigneeKind", AssigneeKind.class), Map.entry("documentKind", DocumentKind.class),
            Map.entry("urgencyReason", UrgencyReason.class), Map.entry("legalStatus", LegalStatus.class),
            Map.entry("partyRole", PartyRole.class), Map.entry("aidForm", AidForm.class), Map.entry("health", Health.class),
            Map.entry("sex", Sex.class), Map.entry("idType", IdType.class), Map.entry("legalBasis", LegalBasis.class),
            Map.entry("agencyKind", AgencyKind.class), Map.entry("role", StaffRole.class),
            Map.entry("terminationReason", TerminationReason.class), Map.entry("provider", DocumentProvider.class),
            Map.entry("decision", ObjectionDecision.class));

    /** Labels of timeline entries that are not events of the contract (the hub's own SUBMITTED). */
    private static final Map<String, String> TIMELINE_ONLY = Map.of(
            "SUBMITTED", "提交转介",
            "RETURN_VISIT", "回访", "HEARING", "听庭", "PEER_REVIEW", "同行评估", "TYPICAL_CASE_PUBLISHED", "典型案例发布");

    public String label(String type, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return options(type).stream().filter(o -> o.code().equals(code)).map(Option::label).findFirst()
                .orElse(TIMELINE_ONLY.getOrDefault(code, code));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Option> options(String type) {
        Class<? extends Enum<?>> enumType = TYPES.get(type);
        if (enumType == null) {
            throw new IllegalArgumentException("No labels of type " + type);
        }
        return Arrays.stream(enumType.getEnumConstants()).map(c -> (LabelledCode) c)
                .map(c -> new Option(c.code(), c.label())).toList();
    }

    public String category(String code) {
        return label("category", code);
    }

    public String group(String code) {
        return label("group", code);
    }

    public String status(String code) {
        return label("status", code);
    }

    public String event(String code) {
        return label("event", code);
    }

    /** An agency kind by its slug, e.g. union → 总工会. */
    public String agencyKind(String slug) {
        return AgencyKind.fromSlug(slug).map(LabelledCode::label).orElse(slug == null ? "" : slug);
    }
}
