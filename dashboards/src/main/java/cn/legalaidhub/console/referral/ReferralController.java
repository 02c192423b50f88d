package cn.legalaidhub.console.referral;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.quality.QualityPanel;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral's page: every field (masked by the hub for roles that may not see personal data), the
 * timeline, deadlines, rules fired, and the actions the user may take now. An agency that is not a party
 * (a coordinator, or a workstation a case was assigned to) sees the summary it is allowed instead.
 */
@Controller
class ReferralController {

    private final ConsoleDoors hub;
    private final Agencies agencies;
    private final ReferralActions actions;
    private final QualityPanel quality;

    ReferralController(ConsoleDoors hub, Agencies agencies, ReferralActions actions, QualityPanel quality) {
        this.hub = hub;
        this.agencies = agencies;
        this.actions = actions;
        this.quality = quality;
    }

    @GetMapping("/console/referrals/{id}")
    String referral(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model) {
        HubAnswer view = hub.call(HubExchange.REFERRAL_VIEW, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (view.ok()) {
            addView(model, me, view.body());
            model.addAttribute("quality", quality.of(me, view.body()));
            return "console/referral";
        }
        JsonNode summary = summary(me, id);
        if (summary == null) {
            model.addAttribute("problem", view.detail());
            return "console/not-found";
        }
        model.addAttribute("summary", hub.mapper().convertValue(summary, Map.class));
        return "console/referral-summary";
    }

    /** The action forms alone, for the inbox's in-place handling (htmx). */
    @GetMapping("/console/referrals/{id}/actions")
    String actionsFragment(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model) {
        HubAnswer view = hub.call(HubExchange.REFERRAL_VIEW, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!view.ok()) {
            model.addAttribute("eventMessage", view.detail());
            model.addAttribute("allowed", List.of());
            model.addAttribute("v", Map.of("referralId", id));
            model.addAttribute("draft", Map.of());
            return "console/referral :: actions";
        }
        addView(model, me, view.body());
        return "console/referral :: actions";
    }

    @PostMapping("/console/referrals/{id}/events")
    String event(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam String type,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        HubAnswer view = hub.call(HubExchange.REFERRAL_VIEW, me, Map.of(HubExchange.REFERRAL_ID, id));
        boolean permitted = view.ok() && actions.allowed(view.body(), me).contains(type);
        HubAnswer answer = permitted
                ? hub.call(HubExchange.REFERRAL_EVENT, me, actions.event(type, form).toString(), Map.of(HubExchange.REFERRAL_ID, id))
                : null;
        String message = answer == null ? "您的角色当前不能办理此事项。"
                : answer.ok() ? "已办理：" + answer.body().path("statusLabel").asText() : null;
        if (htmx != null) {
            HubAnswer fresh = hub.call(HubExchange.REFERRAL_VIEW, me, Map.of(HubExchange.REFERRAL_ID, id));
            addView(model, me, fresh.body());
            model.addAttribute("eventMessage", message);
            model.addAttribute("eventOk", answer != null && answer.ok());
            if (answer != null && !answer.ok()) {
                model.addAttribute("eventProblems", answer.problems());
                model.addAttribute("eventType", type);
                model.addAttribute("draft", form.toSingleValueMap());
            }
            return "console/referral :: actions";
        }
        if (answer != null && !answer.ok()) {
            redirect.addFlashAttribute("eventProblems", answer.problems());
            redirect.addFlashAttribute("eventType", type);
            redirect.addFlashAttribute("draft", form.toSingleValueMap());
        } else {
            redirect.addFlashAttribute("actionMessage", message);
            redirect.addFlashAttribute("actionOk", answer != null);
        }
        return "redirect:/console/referrals/" + id;
    }

    private void addView(Model model, ConsoleUser me, JsonNode view) {
        model.addAttribute("v", hub.mapper().convertValue(view, Map.class));
        model.addAttribute("r", hub.mapper().convertValue(view.path("referral"), Map.class));
        HubAnswer clock = hub.call(HubExchange.WORKLIST, me, Map.of("q", view.path("referralId").asText(), "status", "all"));
        JsonNode item = clock.ok() ? clock.body().path("items").path(0) : null;
        model.addAttribute("item", item == null || item.isMissingNode() ? Map.of() : hub.mapper().convertValue(item, Map.class));
        model.addAttribute("allowed", actions.allowed(view, me));
        model.addAttribute("assignees", agencies.nearby(me.agencyId()));
        model.addAttribute("senderName", agencies.name(view.path("sender").asText()));
        model.addAttribute("receiverName", agencies.name(view.path("receiver").asText(null)));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", Map.of());
        }
    }

    /** What a non-party may see: a case assigned to its agency from the work list, or for a coordinator the masked case feed. */
    private JsonNode summary(ConsoleUser me, String id) {
        HubAnswer assigned = hub.call(HubExchange.WORKLIST, me, Map.of("q", id, "status", "all"));
        if (assigned.ok() && assigned.body().path("items").size() > 0) {
            return assigned.body().path("items").get(0);
        }
        HubAnswer feed = hub.call(HubExchange.CASE_SEARCH, me, Map.of("q", id, "size", 1));
        if (feed.ok() && feed.body().path("items").size() > 0 && id.equals(feed.body().path("items").get(0).path("referralId").asText())) {
            return feed.body().path("items").get(0);
        }
        return null;
    }
}
