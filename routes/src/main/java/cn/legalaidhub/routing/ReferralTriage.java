package cn.legalaidhub.routing;

import static cn.legalaidhub.rules.RuleIds.GREEN_CHANNEL_MIGRANT_WORKER;
import static cn.legalaidhub.rules.RuleIds.PRIORITY_VULNERABLE_GROUP;
import static cn.legalaidhub.rules.RuleIds.PRIORITY_WOMEN_MINORS;
import static cn.legalaidhub.rules.RuleIds.URGENT_ART44;

import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.rules.RuleBook;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sets the green channel, art. 44 urgency (aid first) and the priority (0–9) of a referral, and
 * records which rules fired. The rules, their groups, categories and priorities are configuration
 * ({@code hub.lifecycle.rules}), each with its source.
 */
@Component
public class ReferralTriage {

    /**
     * What triage decided. {@code urgent} means aid comes first (先行提供法律援助); {@code preservation}
     * that a preservation or early-execution measure is needed; {@code daysLeft} is the time left
     * before the limitation date, when one is given.
     */
    public record Triage(int priority, boolean greenChannel, boolean urgent, boolean preservation, LocalDate limitationDate,
            Long daysLeft, List<String> rulesFired) {
    }

    private static final int DEFAULT_PRIORITY = 4;

    private final RuleBook rules;
    private final Clock clock;

    public ReferralTriage(RuleBook rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public Triage triage(JsonNode referral) {
        Set<String> groups = groups(referral.path("applicant"));
        String category = referral.path("matter").path("category").asText();
        List<String> fired = new ArrayList<>();
        int priority = DEFAULT_PRIORITY;
        boolean green = false;
        Rule greenChannel = rules.rule(GREEN_CHANNEL_MIGRANT_WORKER);
        if (greenChannel.enabled() && groups.stream().anyMatch(greenChannel.list("groups")::contains)
                && greenChannel.list("categories").contains(category)) {
            green = true;
            priority = Math.max(priority, greenChannel.integer("priority"));
            fired.add(GREEN_CHANNEL_MIGRANT_WORKER);
        }
        for (String id : List.of(PRIORITY_WOMEN_MINORS, PRIORITY_VULNERABLE_GROUP)) {
            Rule rule = rules.rule(id);
            if (rule.enabled() && groups.stream().anyMatch(rule.list("groups")::contains)) {
                priority = Math.max(priority, rule.integer("priority"));
                fired.add(id);
                break;
            }
        }
        JsonNode urgency = referral.path("urgency");
        Rule urgentRule = rules.rule(URGENT_ART44);
        Set<String> reasons = new HashSet<>();
        urgency.path("reasons").forEach(r -> reasons.add(r.asText()));
        LocalDate limitation = urgency.hasNonNull("limitationDate") ? LocalDate.parse(urgency.path("limitationDate").asText()) : null;
        Long daysLeft = limitation == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(rules.calendar().zone())), limitation);
        boolean preservation = reasons.stream().anyMatch(rules.rule(cn.legalaidhub.rules.RuleIds.COURT_PRESERVATION_NOTICE)
                .list("reasons")::contains);
        boolean urgent = urgentRule.enabled() && (reasons.stream().anyMatch(urgentRule.list("reasons")::contains)
                || daysLeft != null && daysLeft < urgentRule.integer("days"));
        if (urgent) {
            priority = Math.max(priority, urgentRule.integer("priority"));
            fired.add(URGENT_ART44);
        }
        return new Triage(priority, green, urgent, preservation, limitation, daysLeft, fired);
    }

    private static Set<String> groups(JsonNode applicant) {
        Set<String> groups = new HashSet<>();
        groups.add(applicant.path("group").asText());
        applicant.path("otherGroups").forEach(g -> groups.add(g.asText()));
        return groups;
    }
}
