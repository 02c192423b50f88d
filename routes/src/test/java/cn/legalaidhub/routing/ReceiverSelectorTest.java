package cn.legalaidhub.routing;

import static cn.legalaidhub.agency.TestAgencies.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiverSelectorTest {

    private final AgencyRegistry registry = registryOf();

    private static AgencyRegistry registryOf() {
        return cn.legalaidhub.agency.TestAgencies.registry(
                entry("legalaid-330000", "legalaid", "330000", "inbox", null, "a"),
                entry("legalaid-330300", "legalaid", "330300", "inbox", null, "b"),
                entry("legalaid-330302", "legalaid", "330302", "inbox", null, "c"),
                entry("union-330300", "union", "330300", "inbox", null, "d"));
    }

    private static RoutingProperties.Rule rule(String prefix, String kind, String receiver, String... categories) {
        RoutingProperties.Rule rule = new RoutingProperties.Rule();
        rule.setRegionPrefix(prefix);
        rule.setReceiverKind(kind);
        rule.setReceiver(receiver);
        rule.setCategories(List.of(categories));
        return rule;
    }

    private ReceiverSelector selector(RoutingProperties.Rule... rules) {
        RoutingProperties properties = new RoutingProperties();
        properties.setRules(List.of(rules));
        return new ReceiverSelector(properties, registry);
    }

    @Test
    void longestRegionPrefixWins() {
        ReceiverSelector selector = selector(
                rule("33", "legalaid", "legalaid-330000"),
                rule("3303", "legalaid", "legalaid-330300"),
                rule("330302", "legalaid", "legalaid-330302"));
        assertThat(selector.select("330302", "UNPAID_WAGES", "legalaid")).map(Agency::id).contains("legalaid-330302");
        assertThat(selector.select("330381", "UNPAID_WAGES", "legalaid")).map(Agency::id).contains("legalaid-330300");
        assertThat(selector.select("331000", "UNPAID_WAGES", "legalaid")).map(Agency::id).contains("legalaid-330000");
    }

    @Test
    void aRuleNamingTheCategoryBeatsAnyCategory() {
        ReceiverSelector selector = selector(
                rule("3303", "legalaid", "legalaid-330300"),
                rule("3303", "legalaid", "legalaid-330302", "WORK_INJURY"));
        assertThat(selector.select("330300", "WORK_INJURY", "legalaid")).map(Agency::id).contains("legalaid-330302");
        assertThat(selector.select("330300", "UNPAID_WAGES", "legalaid")).map(Agency::id).contains("legalaid-330300");
    }

    @Test
    void nothingMatchesOutsideTheRulesOrForAnotherKind() {
        ReceiverSelector selector = selector(rule("3303", "legalaid", "legalaid-330300"));
        assertThat(selector.select("140100", "UNPAID_WAGES", "legalaid")).isEmpty();
        assertThat(selector.select("330300", "UNPAID_WAGES", "union")).isEmpty();
    }

    @Test
    void refusesRulesThatPointNowhereOrAtTheWrongKind() {
        assertThatThrownBy(() -> selector(rule("3303", "legalaid", "nobody"), rule("3303", "legalaid", "union-330300")))
                .hasMessageContaining("hub.routing.rules[0]: receiver 'nobody' is not in hub.agencies")
                .hasMessageContaining("hub.routing.rules[1]: receiver 'union-330300' is of kind 'union', not 'legalaid'");
    }
}
