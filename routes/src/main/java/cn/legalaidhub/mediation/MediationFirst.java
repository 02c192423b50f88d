package cn.legalaidhub.mediation;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.routing.ReceiverSelector;
import cn.legalaidhub.routing.ReferralTriage;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Mediation first (援调对接): a simple case — facts clear and little dispute in the referrer's
 * judgement, a small amount, a single claimant, of a configured category — goes to the region's
 * mediation committee first, with a deadline; an urgent case (art. 44) never does.
 */
@Component
public class MediationFirst {

    private final RuleBook rules;
    private final ReceiverSelector receivers;

    MediationFirst(RuleBook rules, ReceiverSelector receivers) {
        this.rules = rules;
        this.receivers = receivers;
    }

    /** The committee the case goes to first, if it qualifies and one serves the region. */
    public Optional<Agency> committeeFor(JsonNode referral, ReferralTriage.Triage triage) {
        Rule rule = rules.rule(RuleIds.MEDIATION_FIRST);
        JsonNode matter = referral.path("matter");
        String category = matter.path("category").asText();
        if (!rule.enabled() || triage.urgent() || !rule.list("for-kinds").contains(referral.path("receiverKind").asText())
                || !rule.list("categories").contains(category) || !matter.path("factsClear").asBoolean(false)) {
            return Optional.empty();
        }
        JsonNode amount = referral.path("amountClaimed");
        if (!amount.isNumber() || amount.decimalValue().compareTo(rule.decimal("max-amount")) > 0
                || referral.path("peopleCount").asInt(1) > rule.integer("max-people")) {
            return Optional.empty();
        }
        return receivers.select(referral.path("region").asText(), category, rule.text("mediation-kind"));
    }

    /** Where a case goes when mediation fails or runs out of time: the configured kind, or the kind first asked for. */
    public Optional<Agency> fallbackFor(String region, String category, String fallbackKind) {
        String kind = fallbackKind != null ? fallbackKind : rules.rule(RuleIds.MEDIATION_IN_TIME).text("fallback-kind");
        return receivers.select(region, category, kind);
    }
}
