package cn.legalaidhub.rules;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The configured rules, checked at start-up: every rule the hub knows must be present with a
 * source, and every time limit and number must parse. One bad entry stops the hub with a message
 * naming it.
 */
@Component
public class RuleBook {

    private static final List<String> LIMIT_PARAMS = List.of("within", "green-within", "urgent-within", "remind-before",
            "escalate-after", "ack-within", "reply-within", "yellow-within", "orange-within", "red-within");

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final WorkingCalendar calendar;

    public RuleBook(LifecycleProperties properties) {
        List<String> problems = new ArrayList<>();
        properties.getRules().forEach((id, entry) -> {
            String at = "hub.lifecycle.rules." + id;
            if (!RuleIds.ALL.contains(id)) {
                problems.add(at + ": unknown rule; known are " + RuleIds.ALL);
            }
            if (entry.getSource() == null || entry.getSource().isBlank()) {
                problems.add(at + ".source is missing: every rule names the document and section, or law and article, it rests on");
            }
            for (String param : LIMIT_PARAMS) {
                String value = entry.getParams().get(param);
                if (value != null && !value.isBlank()) {
                    try {
                        TimeLimit.parse(value);
                    } catch (IllegalArgumentException e) {
                        problems.add(at + ".params." + param + ": " + e.getMessage());
                    }
                }
            }
            rules.put(id, new Rule(id, entry.getTitle() == null ? id : entry.getTitle(), entry.getSource(), entry.isEnabled(),
                    Map.copyOf(entry.getParams())));
        });
        RuleIds.ALL.stream().filter(id -> !rules.containsKey(id))
                .forEach(id -> problems.add("hub.lifecycle.rules." + id + " is not configured (set enabled: false to switch it off)"));
        ZoneId zone = null;
        try {
            zone = ZoneId.of(properties.getZone());
        } catch (RuntimeException e) {
            problems.add("hub.lifecycle.zone '" + properties.getZone() + "' is not a time zone");
        }
        var holidays = new HashSet<>(properties.getCalendar().getHolidays());
        properties.getCalendar().getWorkingWeekends().stream().filter(holidays::contains)
                .forEach(d -> problems.add("hub.lifecycle.calendar: " + d + " is both a holiday and a working weekend day"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid legal-aid rules:\n  " + String.join("\n  ", problems));
        }
        calendar = new WorkingCalendar(zone, holidays, new HashSet<>(properties.getCalendar().getWorkingWeekends()));
    }

    public Rule rule(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("No rule " + id);
        }
        return rule;
    }

    public boolean enabled(String id) {
        return rule(id).enabled();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public Map<String, Rule> all() {
        return rules;
    }
}
