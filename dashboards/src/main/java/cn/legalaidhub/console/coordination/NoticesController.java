package cn.legalaidhub.console.coordination;

import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 会议与通报: the joint meetings and bulletins the agency convened, published or received, with what still waits
 * for it (acknowledgement, reply), and the open action items it owns from meetings' minutes.
 */
@Controller
class NoticesController {

    private final ConsoleDoors hub;

    NoticesController(ConsoleDoors hub) {
        this.hub = hub;
    }

    @GetMapping("/console/notices")
    String notices(@AuthenticationPrincipal ConsoleUser me, Model model) {
        HubAnswer meetings = hub.call(HubExchange.MEETING_LIST, me, Map.of("size", 100));
        HubAnswer bulletins = hub.call(HubExchange.BULLETIN_LIST, me, Map.of("size", 100));
        model.addAttribute("meetings", meetings);
        model.addAttribute("bulletins", bulletins);
        model.addAttribute("actionItems", ownedActionItems(me, meetings));
        model.addAttribute("coordinator", me.is(cn.legalaidhub.contract.StaffRole.COORDINATOR));
        return "console/notices";
    }

    /** Open action items this agency owns, from every meeting that has any (the list gives counts only). */
    private List<Map<String, Object>> ownedActionItems(ConsoleUser me, HubAnswer meetings) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (!meetings.ok()) {
            return items;
        }
        for (JsonNode m : meetings.body().path("items")) {
            if (m.path("counts").path("actionItemsOpen").asInt() == 0) {
                continue;
            }
            HubAnswer meeting = hub.call(HubExchange.MEETING_READ, me, Map.of(HubExchange.REFERRAL_ID, m.path("meetingId").asText()));
            for (JsonNode a : meeting.body().path("actionItems")) {
                if (me.agencyId().equals(a.path("ownerAgency").asText()) && "OPEN".equals(a.path("state").asText())) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("meetingId", m.path("meetingId").asText());
                    item.put("meetingTitle", m.path("title").asText());
                    item.put("itemId", a.path("itemId").asText());
                    item.put("title", a.path("title").asText());
                    item.put("dueDate", a.path("dueDate").asText());
                    item.put("overdue", a.path("overdue").asBoolean());
                    items.add(item);
                }
            }
        }
        return items;
    }
}
