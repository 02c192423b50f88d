package cn.legalaidhub.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sets the green channel, art. 44 urgency and the priority (0–9) of a referral, and records which
 * rule fired. Each rule names its source.
 */
@Component
public class ReferralTriage {

    /** A rule that can fire, with where it comes from. */
    public enum Rule {
        GREEN_CHANNEL_MIGRANT_WORKER("法律援助法第42条; 晋司发〔2023〕25号; 温司办〔2018〕81号; 赣市司办字〔2018〕106号"),
        PRIORITY_WOMEN_MINORS("晋司通〔2022〕57号"),
        PRIORITY_VULNERABLE_GROUP("晋司发〔2023〕25号 (四优先)"),
        URGENT_ART44("法律援助法第44条");

        private final String source;

        Rule(String source) {
            this.source = source;
        }

        public String source() {
            return source;
        }
    }

    public record Triage(int priority, boolean greenChannel, boolean urgent, List<String> rulesFired) {
    }

    private static final Set<String> GREEN_CATEGORIES = Set.of("UNPAID_WAGES", "WORK_INJURY");
    private static final Set<String> WOMEN_MINORS = Set.of("WOMAN", "MINOR");
    private static final Set<String> VULNERABLE = Set.of("ELDERLY", "DISABLED", "MILITARY_FAMILY", "LOW_INCOME");
    private static final Set<String> URGENT_REASONS = Set.of("LIMITATION_WITHIN_7_DAYS", "PRESERVATION_OF_PROPERTY",
            "PRESERVATION_OF_EVIDENCE", "EARLY_EXECUTION", "DETAINED");
    private static final int URGENT_DAYS = 7;

    private final Clock clock;

    public ReferralTriage(Clock clock) {
        this.clock = clock;
    }

    public Triage triage(JsonNode referral) {
        Set<String> groups = groups(referral.path("applicant"));
        String category = referral.path("matter").path("category").asText();
        List<String> fired = new ArrayList<>();
        int priority = 4;
        boolean green = false;
        if (groups.contains("MIGRANT_WORKER") && GREEN_CATEGORIES.contains(category)) {
            green = true;
            priority = 7;
            fired.add(Rule.GREEN_CHANNEL_MIGRANT_WORKER.name());
        }
        if (groups.stream().anyMatch(WOMEN_MINORS::contains)) {
            priority = Math.max(priority, 6);
            fired.add(Rule.PRIORITY_WOMEN_MINORS.name());
        } else if (groups.stream().anyMatch(VULNERABLE::contains)) {
            priority = Math.max(priority, 6);
            fired.add(Rule.PRIORITY_VULNERABLE_GROUP.name());
        }
        boolean urgent = isUrgent(referral.path("urgency"));
        if (urgent) {
            priority = 9;
            fired.add(Rule.URGENT_ART44.name());
        }
        return new Triage(priority, green, urgent, fired);
    }

    private boolean isUrgent(JsonNode urgency) {
        for (JsonNode reason : urgency.path("reasons")) {
            if (URGENT_REASONS.contains(reason.asText())) {
                return true;
            }
        }
        String limitation = urgency.path("limitationDate").asText("");
        if (limitation.isEmpty()) {
            return false;
        }
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), LocalDate.parse(limitation));
        return daysLeft < URGENT_DAYS;
    }

    private static Set<String> groups(JsonNode applicant) {
        Set<String> groups = new java.util.HashSet<>();
        groups.add(applicant.path("group").asText());
        applicant.path("otherGroups").forEach(g -> groups.add(g.asText()));
        return groups;
    }
}
