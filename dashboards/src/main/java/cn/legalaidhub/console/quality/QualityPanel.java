package cn.legalaidhub.console.quality;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.ChineseText;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.StaffRole;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a referral's page shows of case quality (办案质量) and typical cases: the quality records the hub keeps for the
 * case, whether the user may record one (case handlers of the agency handling it — receiver or assigned workstation — or
 * a coordinator; the hub decides in the end), and for a concluded case its typical-case write-up or the way to write one.
 */
@Component
public class QualityPanel {

    static final Set<String> CONCLUDED = Set.of("CLOSED", "ARCHIVED", "TERMINATED");

    private final ConsoleDoors hub;
    private final Agencies agencies;

    QualityPanel(ConsoleDoors hub, Agencies agencies) {
        this.hub = hub;
        this.agencies = agencies;
    }

    /** For the template: {@code records}, {@code problem}, {@code canRecord}, {@code canWriteUp}, {@code typicalCase}. */
    public Map<String, Object> of(ConsoleUser me, JsonNode view) {
        String id = view.path("referralId").asText();
        Map<String, Object> panel = new LinkedHashMap<>();
        HubAnswer records = hub.call(HubExchange.QUALITY_LIST, me, Map.of(HubExchange.REFERRAL_ID, id));
        panel.put("records", records.ok() && records.data() instanceof Map<?, ?> m ? m.get("records") : List.of());
        panel.put("problem", records.ok() ? null : ChineseText.of(records.detail()));
        panel.put("canRecord", handles(me, view));
        boolean concluded = CONCLUDED.contains(view.path("status").asText());
        boolean writer = concluded && me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER);
        panel.put("concluded", concluded);
        panel.put("canWriteUp", writer);
        if (writer) {
            HubAnswer cases = hub.call(HubExchange.TYPICAL_CASE_LIST, me, Map.of("size", 200));
            for (JsonNode c : cases.ok() ? cases.body().path("items") : hub.mapper().createArrayNode()) {
                if (id.equals(c.path("referralId").asText())) {
                    panel.put("typicalCase", hub.mapper().convertValue(c, Map.class));
                }
            }
        }
        return panel;
    }

    private boolean handles(ConsoleUser me, JsonNode view) {
        if (me.is(StaffRole.COORDINATOR)) {
            return agencies.byId(me.agencyId()).map(Agencies.Entry::coordinator).orElse(false);
        }
        if (!me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER)) {
            return false;
        }
        if (me.agencyId().equals(view.path("receiver").asText())) {
            return true;
        }
        for (JsonNode p : view.path("parties")) {
            if (me.agencyId().equals(p.path("agency").asText()) && "ASSIGNEE".equals(p.path("role").asText())) {
                return true;
            }
        }
        return false;
    }
}
