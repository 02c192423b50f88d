package cn.legalaidhub.console.coordination;

import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.ChineseText;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.BulletinCategory;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.StaffRole;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An information bulletin (工作信息通报) in the console: recipients read and acknowledge it (with a note); the publisher
 * sees who has acknowledged. Coordinators publish one with a form (category, region, kinds of agencies, text,
 * whether acknowledgement is required).
 */
@Controller
class BulletinController {

    private final ConsoleDoors hub;

    BulletinController(ConsoleDoors hub) {
        this.hub = hub;
    }

    @GetMapping("/console/bulletins/{id}")
    String bulletin(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model, HttpServletResponse response) {
        HubAnswer bulletin = hub.call(HubExchange.BULLETIN_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!bulletin.ok()) {
            response.setStatus(bulletin.status());
            model.addAttribute("problem", bulletin.detail());
            model.addAttribute("notFoundText", "没有您可以查看的这份通报。");
            return "console/not-found";
        }
        model.addAttribute("bulletin", bulletin.data());
        return "console/bulletin";
    }

    @PostMapping("/console/bulletins/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        ObjectNode body = hub.mapper().createObjectNode();
        if (!note.isBlank()) {
            body.put("note", note.trim());
        }
        HubAnswer answer = hub.call(HubExchange.BULLETIN_ACKNOWLEDGE, me, body.toString(), Map.of(HubExchange.REFERRAL_ID, id));
        redirect.addFlashAttribute("actionOk", answer.ok());
        redirect.addFlashAttribute("actionMessage", answer.ok() ? "已签收通报。" : ChineseText.of(answer.detail()));
        return "redirect:/console/bulletins/" + id;
    }

    @GetMapping("/console/bulletins/new")
    String newBulletin(@AuthenticationPrincipal ConsoleUser me, Model model, HttpServletResponse response) {
        if (!me.is(StaffRole.COORDINATOR)) {
            return forbidden(model, response);
        }
        return form(Map.of("requiresAck", "true"), List.of(), model);
    }

    @PostMapping("/console/bulletins")
    String publish(@AuthenticationPrincipal ConsoleUser me, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!me.is(StaffRole.COORDINATOR)) {
            return forbidden(model, response);
        }
        ObjectNode body = hub.mapper().createObjectNode();
        ObjectNode topic = body.putObject("topic");
        topic.put("category", value(form, "category"));
        if (!value(form, "region").isEmpty()) {
            topic.put("region", value(form, "region"));
        }
        List<String> kinds = form.getOrDefault("agencyKind", List.of());
        if (!kinds.isEmpty()) {
            ArrayNode k = topic.putArray("agencyKinds");
            kinds.forEach(k::add);
        }
        body.put("title", value(form, "title"));
        body.put("body", value(form, "body"));
        body.put("requiresAck", "true".equals(value(form, "requiresAck")));
        HubAnswer answer = hub.call(HubExchange.BULLETIN_PUBLISH, me, body.toString(), Map.of());
        if (answer.ok()) {
            redirect.addFlashAttribute("actionMessage", "通报已发布，共送达 " + answer.body().path("recipients").size() + " 个单位。");
            return "redirect:/console/bulletins/" + answer.body().path("bulletinId").asText();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("answer", answer);
        return form(form.toSingleValueMap(), kinds, model);
    }

    private static String form(Map<String, String> values, List<String> kinds, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("kinds", kinds);
        model.addAttribute("categories", List.of(BulletinCategory.values()));
        model.addAttribute("agencyKinds", List.of(AgencyKind.values()));
        return "console/bulletin-new";
    }

    private static String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("notFoundText", "仅协调员可发布通报。");
        return "console/not-found";
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.trim();
    }
}
