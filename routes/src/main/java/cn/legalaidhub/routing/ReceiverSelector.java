package cn.legalaidhub.routing;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Chooses the receiving agency of a referral from the routing rules. */
@Component
public class ReceiverSelector {

    private final List<RoutingProperties.Rule> rules;
    private final AgencyRegistry registry;

    ReceiverSelector(RoutingProperties properties, AgencyRegistry registry) {
        this.registry = registry;
        this.rules = List.copyOf(properties.getRules());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RoutingProperties.Rule rule = rules.get(i);
            Optional<Agency> receiver = registry.byId(rule.getReceiver());
            if (!rule.getRegionPrefix().matches("^\\d{0,6}$")) {
                problems.add("hub.routing.rules[" + i + "]: region-prefix '" + rule.getRegionPrefix() + "' must be 0-6 digits");
            }
            if (receiver.isEmpty()) {
                problems.add("hub.routing.rules[" + i + "]: receiver '" + rule.getReceiver() + "' is not in hub.agencies");
            } else if (!receiver.get().kind().slug().equals(rule.getReceiverKind())) {
                problems.add("hub.routing.rules[" + i + "]: receiver '" + rule.getReceiver() + "' is of kind '"
                        + receiver.get().kind().slug() + "', not '" + rule.getReceiverKind() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid routing rules:\n  " + String.join("\n  ", problems));
        }
    }

    public Optional<Agency> select(String region, String category, String receiverKind) {
        return rules.stream()
                .filter(r -> r.getReceiverKind().equals(receiverKind))
                .filter(r -> region.startsWith(r.getRegionPrefix()))
                .filter(r -> r.getCategories().isEmpty() || r.getCategories().contains(category))
                .max(Comparator.<RoutingProperties.Rule>comparingInt(r -> r.getRegionPrefix().length())
                        .thenComparing(r -> !r.getCategories().isEmpty()))
                .flatMap(r -> registry.byId(r.getReceiver()));
    }
}
