package cn.legalaidhub.console.quality;

import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.ChineseText;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.StaffRole;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records a return visit (回访), hearing attendance (听庭) or peer review (同行评估) of a case from its page, through the
 * hub's quality doors as the user's agency. The form's values go to the hub as typed (a number as a number), so the
 * hub names every problem; the page shows them in Chinese beside the form, which keeps what was typed.
 */
@Controller
class QualityController {

    private static final Map<String, String> DOORS = Map.of("return-visits", HubExchange.QUALITY_RETURN_VISIT,
            "hearings", HubExchange.QUALITY_HEARING, "peer-reviews", HubExchange.QUALITY_PEER_REVIEW);
    private static final Map<String, String> DONE = Map.of("return-visits", "回访记录已保存。", "hearings", "听庭记录已保存。",
            "peer-reviews", "同行评估记录已保存。");

    private final ConsoleDoors hub;

    QualityController(ConsoleDoors hub) {
        this.hub = hub;
    }

    @PostMapping("/console/referrals/{id}/quality/{kind}")
    String record(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        String door = DOORS.get(kind);
        boolean permitted = door != null && me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER, StaffRole.COORDINATOR);
        HubAnswer answer = permitted ? hub.call(door, me, body(kind, form).toString(), Map.of(HubExchange.REFERRAL_ID, id)) : null;
        redirect.addFlashAttribute("qualityKind", kind);
        redirect.addFlashAttribute("qualityOk", answer != null && answer.ok());
        if (answer == null) {
            redirect.addFlashAttribute("qualityMessage", "您的角色不能填报办案质量记录。");
        } else if (answer.ok()) {
            redirect.addFlashAttribute("qualityMessage", DONE.get(kind));
        } else {
            redirect.addFlashAttribute("qualityMessage", String.join("；", answer.problems().stream().map(p -> ChineseText.of(p.message())).toList()));
            redirect.addFlashAttribute("qualityDraft", form.toSingleValueMap());
        }
        return "redirect:/console/referrals/" + id + "#quality";
    }

    ObjectNode body(String kind, MultiValueMap<String, String> form) {
        ObjectNode body = hub.mapper().createObjectNode();
        switch (kind) {
            case "return-visits" -> {
                String s = value(form, "satisfaction");
                if (s.matches("\\d+")) {
                    body.put("satisfaction", Integer.parseInt(s));
                } else if (!s.isEmpty()) {
                    body.put("satisfaction", s);
                }
                put(body, "method", value(form, "method"));
                put(body, "visitedOn", value(form, "visitedOn"));
            }
            case "hearings" -> {
                String attended = value(form, "attended");
                if (attended.equals("true") || attended.equals("false")) {
                    body.put("attended", Boolean.parseBoolean(attended));
                }
                put(body, "hearingDate", value(form, "hearingDate"));
            }
            default -> {
                String score = value(form, "score");
                try {
                    body.put("score", new BigDecimal(score));
                } catch (NumberFormatException notANumber) {
                    put(body, "score", score);
                }
                put(body, "reviewer", value(form, "reviewer"));
                put(body, "grade", value(form, "grade"));
                put(body, "reviewedOn", value(form, "reviewedOn"));
            }
        }
        put(body, "note", value(form, "note"));
        return body;
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v.trim();
    }

    private static void put(ObjectNode body, String field, String value) {
        if (!value.isEmpty()) {
            body.put(field, value);
        }
    }
}
