package cn.legalaidhub.console.warnings;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 预警 (early warnings of group incidents) in the console. A department the hub warns (inspection, police, union,
 * construction…) lists the warnings addressed to it with what it owes and by when, opens one, acknowledges it
 * (签收) and reports the action taken (报告处置情况) in place. A coordinating bureau's staff see every warning of
 * their region, filtered by grade and status, with who has acknowledged. The hub decides who sees what and which
 * actions are allowed ({@code allowedActions}); member referrals come masked.
 */
@Controller
class WarningController {

    static final int PAGE_SIZE = 20;

    private final ConsoleDoors hub;
    private final Agencies agencies;

    WarningController(ConsoleDoors hub, Agencies agencies) {
        this.hub = hub;
        this.agencies = agencies;
    }

    @GetMapping("/console/warnings")
    String list(@AuthenticationPrincipal ConsoleUser me, @RequestParam(defaultValue = "") String grade,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("grade", grade);
        query.put("status", status);
        query.put("page", Math.max(0, page));
        query.put("size", PAGE_SIZE);
        HubAnswer answer = hub.call(HubExchange.EARLY_WARNING_LIST, me, query);
        model.addAttribute("answer", answer);
        model.addAttribute("items", answer.ok() ? withMine(me, answer.data()).get("items") : List.of());
        model.addAttribute("grade", grade);
        model.addAttribute("status", status);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", answer.ok() ? (answer.body().path("total").asLong() + PAGE_SIZE - 1) / PAGE_SIZE : 0);
        model.addAttribute("supervising", agencies.byId(me.agencyId()).map(Agencies.Entry::coordinator).orElse(false));
        return "console/warnings";
    }

    @GetMapping("/console/warnings/{id}")
    String warning(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model, HttpServletResponse response) {
        HubAnswer warning = hub.call(HubExchange.EARLY_WARNING_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!warning.ok()) {
            response.setStatus(warning.status());
            model.addAttribute("problem", warning.detail());
            return "console/not-found";
        }
        model.addAttribute("warning", mine(me, warning.data()));
        return "console/warning";
    }

    @PostMapping("/console/warnings/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "") String note,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        ObjectNode body = hub.mapper().createObjectNode();
        if (!note.isBlank()) {
            body.put("note", note.trim());
        }
        HubAnswer answer = hub.call(HubExchange.EARLY_WARNING_ACKNOWLEDGE, me, body.toString(), Map.of(HubExchange.REFERRAL_ID, id));
        return answered(me, answer, "已签收预警，请及时报告处置情况。", id, htmx, model, redirect);
    }

    @PostMapping("/console/warnings/{id}/actions")
    String reportAction(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "") String action,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        ObjectNode body = hub.mapper().createObjectNode();
        body.put("action", action.trim());
        HubAnswer answer = hub.call(HubExchange.EARLY_WARNING_ACTION, me, body.toString(), Map.of(HubExchange.REFERRAL_ID, id));
        return answered(me, answer, "已报告处置情况。", id, htmx, model, redirect);
    }

    /** In place for htmx (the warning's "本单位" section re-rendered with the answer), else back to the page. */
    private String answered(ConsoleUser me, HubAnswer answer, String done, String id, String htmx, Model model, RedirectAttributes redirect) {
        String message = answer.ok() ? done : answer.detail();
        if (htmx != null) {
            HubAnswer current = answer.ok() ? answer : hub.call(HubExchange.EARLY_WARNING_READ, me,
                    Map.of(HubExchange.REFERRAL_ID, id));
            model.addAttribute("warning", mine(me, current.data()));
            model.addAttribute("actionOk", answer.ok());
            model.addAttribute("actionMessage", message);
            return "console/warning :: mine";
        }
        redirect.addFlashAttribute("actionOk", answer.ok());
        redirect.addFlashAttribute("actionMessage", message);
        return "redirect:/console/warnings/" + id;
    }

    /** Each warning of a list with {@code mine}: this agency's entry among its recipients, if it was warned. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withMine(ConsoleUser me, Object list) {
        Map<String, Object> answer = (Map<String, Object>) list;
        for (Object item : (List<Object>) answer.getOrDefault("items", List.of())) {
            mine(me, item);
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mine(ConsoleUser me, Object data) {
        Map<String, Object> warning = (Map<String, Object>) data;
        Object mine = null;
        for (Object r : (List<Object>) warning.getOrDefault("recipients", List.of())) {
            if (me.agencyId().equals(((Map<String, Object>) r).get("agencyId"))) {
                mine = r;
            }
        }
        warning.put("mine", mine);
        return warning;
    }
}
