package cn.legalaidhub.console.inbox;

import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.contract.HubExchange;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 待办: the agency's referrals, most urgent first, with filters, sorting and paging; reading it marks
 * nothing delivered ({@value HubExchange#WORKLIST}). Filters re-render only the list (htmx) and stay in the URL.
 */
@Controller
class InboxController {

    static final int PAGE_SIZE = 20;

    private final ConsoleDoors hub;

    InboxController(ConsoleDoors hub) {
        this.hub = hub;
    }

    @GetMapping("/console/inbox")
    String inbox(@AuthenticationPrincipal ConsoleUser me, @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        Map<String, Object> filters = new LinkedHashMap<>();
        for (String name : new String[] {"direction", "status", "category", "greenChannel", "urgent", "overdue", "q", "sort", "page"}) {
            filters.put(name, params.getOrDefault(name, ""));
        }
        Map<String, Object> headers = new LinkedHashMap<>(filters);
        headers.put("size", PAGE_SIZE);
        HubAnswer answer = hub.call(HubExchange.WORKLIST, me, headers);
        model.addAttribute("filters", filters);
        model.addAttribute("answer", answer);
        model.addAttribute("list", answer.data());
        long total = answer.body().path("total").asLong();
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return htmx != null && "inbox-results".equals(target) ? "console/inbox :: results" : "console/inbox";
    }
}
