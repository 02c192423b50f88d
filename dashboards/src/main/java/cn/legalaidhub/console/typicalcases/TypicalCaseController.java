package cn.legalaidhub.console.typicalcases;

import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.Attachment;
import cn.legalaidhub.console.web.ChineseText;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.StaffRole;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * 典型案例: case handlers of an agency party to a concluded case write it up (基本案情, 援助过程, 办理结果, 评析) from the
 * referral's page and see the masked text as the hub stored it; everyone lists the write-ups the hub lets their agency
 * read; the justice bureau's coordinator publishes one or returns it with a note, the submitter revises a returned one;
 * the list is exported as the hub's workbook. The hub masks the parties, decides who may do what
 * ({@code allowedActions}) and names every problem of a form.
 */
@Controller
class TypicalCaseController {

    static final List<String> FIELDS = List.of("title", "facts", "actions", "result", "commentary");
    private static final Set<String> STATUSES = Set.of("SUBMITTED", "RETURNED", "PUBLISHED");
    private static final Map<String, String> STATUS_LABELS = Map.of("SUBMITTED", "待审核", "RETURNED", "退回修改", "PUBLISHED", "已发布");

    private final ConsoleDoors hub;

    TypicalCaseController(ConsoleDoors hub) {
        this.hub = hub;
    }

    @GetMapping("/console/typical-cases")
    String list(@AuthenticationPrincipal ConsoleUser me, @RequestParam(defaultValue = "") String status, Model model) {
        String chosen = STATUSES.contains(status) ? status : "";
        HubAnswer list = hub.call(HubExchange.TYPICAL_CASE_LIST, me, Map.of("status", chosen, "size", 200));
        model.addAttribute("list", list);
        model.addAttribute("listProblem", list.ok() ? null : ChineseText.of(list.detail()));
        model.addAttribute("status", chosen);
        return "console/typical-cases";
    }

    @GetMapping("/console/typical-cases/export")
    void export(@AuthenticationPrincipal ConsoleUser me, @RequestParam(defaultValue = "") String status, HttpServletResponse response)
            throws IOException {
        String chosen = STATUSES.contains(status) ? status : "";
        String name = "典型案例" + (chosen.isEmpty() ? "" : "（" + STATUS_LABELS.get(chosen) + "）") + ".xlsx";
        Attachment.send(hub.download(HubExchange.TYPICAL_CASE_EXPORT, me, Map.of("status", chosen)), "typical-cases.xlsx", name, response);
    }

    @GetMapping("/console/referrals/{id}/typical-case")
    String writeUp(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model, HttpServletResponse response) {
        if (!me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER)) {
            return forbidden(model, response);
        }
        model.addAttribute("referralId", id);
        model.addAttribute("values", Map.of());
        return "console/typical-case-new";
    }

    @PostMapping("/console/typical-cases")
    String submit(@AuthenticationPrincipal ConsoleUser me, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER)) {
            return forbidden(model, response);
        }
        String referralId = text(form.getFirst("referralId"));
        ObjectNode body = body(form).put("referralId", referralId);
        HubAnswer answer = hub.call(HubExchange.TYPICAL_CASE_SUBMIT, me, body.toString(), Map.of());
        if (answer.ok()) {
            redirect.addFlashAttribute("actionMessage", "典型案例已报送，等待司法行政机关审核。以下为平台脱敏后的内容，请核对。");
            return "redirect:/console/typical-cases/" + answer.body().path("typicalCaseId").asText();
        }
        response.setStatus(answer.status());
        model.addAttribute("referralId", referralId);
        model.addAttribute("values", form.toSingleValueMap());
        model.addAttribute("problems", problems(answer));
        return "console/typical-case-new";
    }

    @GetMapping("/console/typical-cases/{id}")
    String read(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model, HttpServletResponse response) {
        HubAnswer c = hub.call(HubExchange.TYPICAL_CASE_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!c.ok()) {
            response.setStatus(c.status());
            model.addAttribute("problem", ChineseText.of(c.detail()));
            model.addAttribute("notFoundText", "没有您可以查看的这篇典型案例。");
            return "console/not-found";
        }
        List<String> allowed = new java.util.ArrayList<>();
        c.body().path("allowedActions").forEach(a -> allowed.add(a.asText()));
        model.addAttribute("c", c.data());
        model.addAttribute("canReview", me.is(StaffRole.COORDINATOR) && allowed.contains("PUBLISH"));
        model.addAttribute("canRevise", me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER) && allowed.contains("REVISE"));
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", c.data());
        }
        return "console/typical-case";
    }

    @PostMapping("/console/typical-cases/{id}/review")
    String review(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!me.is(StaffRole.COORDINATOR)) {
            return forbidden(model, response);
        }
        ObjectNode body = hub.mapper().createObjectNode().put("decision", decision);
        if (!note.isBlank()) {
            body.put("note", note.trim());
        }
        HubAnswer answer = hub.call(HubExchange.TYPICAL_CASE_REVIEW, me, body.toString(), Map.of(HubExchange.REFERRAL_ID, id));
        return back(id, answer, "PUBLISH".equals(decision) ? "典型案例已发布，案件各方已收到通知。" : "已退回修改，并附审核意见。", redirect);
    }

    @PostMapping("/console/typical-cases/{id}")
    String revise(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER)) {
            return forbidden(model, response);
        }
        HubAnswer answer = hub.call(HubExchange.TYPICAL_CASE_REVISE, me, body(form).toString(), Map.of(HubExchange.REFERRAL_ID, id));
        if (!answer.ok()) {
            redirect.addFlashAttribute("values", form.toSingleValueMap());
        }
        return back(id, answer, "修改已提交，等待重新审核。以下为平台脱敏后的内容。", redirect);
    }

    private ObjectNode body(MultiValueMap<String, String> form) {
        ObjectNode body = hub.mapper().createObjectNode();
        FIELDS.forEach(f -> body.put(f, text(form.getFirst(f))));
        return body;
    }

    private static String back(String id, HubAnswer answer, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("actionOk", answer.ok());
        redirect.addFlashAttribute("actionMessage", answer.ok() ? done : String.join("；", problems(answer)));
        return "redirect:/console/typical-cases/" + id;
    }

    private static List<String> problems(HubAnswer answer) {
        return answer.problems().stream().map(p -> ChineseText.of(p.message())).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("notFoundText", "您的角色不能办理此事项。");
        return "console/not-found";
    }
}
