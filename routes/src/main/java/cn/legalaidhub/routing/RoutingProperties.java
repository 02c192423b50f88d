package cn.legalaidhub.routing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing rules as data ({@code hub.routing.rules}): region code prefix + matter categories +
 * requested agency kind → receiving agency. The most specific rule wins (longest region prefix,
 * then a rule naming the category over one that takes any category).
 */
@ConfigurationProperties("hub.routing")
public class RoutingProperties {

    private List<Rule> rules = new ArrayList<>();

    public List<Rule> getRules() {
        return rules;
    }

    public void setRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static class Rule {
        private String regionPrefix = "";
        private List<String> categories = new ArrayList<>();
        private String receiverKind;
        private String receiver;

        public String getRegionPrefix() { return regionPrefix; }
        public void setRegionPrefix(String regionPrefix) { this.regionPrefix = regionPrefix; }
        public List<String> getCategories() { return categories; }
        public void setCategories(List<String> categories) { this.categories = categories; }
        public String getReceiverKind() { return receiverKind; }
        public void setReceiverKind(String receiverKind) { this.receiverKind = receiverKind; }
        public String getReceiver() { return receiver; }
        public void setReceiver(String receiver) { this.receiver = receiver; }
    }
}
