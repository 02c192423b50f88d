package cn.legalaidhub.console.referral;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.Formats;
import cn.legalaidhub.contract.HubExchange;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 新建转介 for workstations. The browser checks identifiers as they are typed (assets/referral-form.js);
 * the hub's intake door checks everything again and names every problem at once; the form comes back
 * with all that was typed, and the browser also keeps a draft, so nothing is lost.
 */
@Controller
class NewReferralController {

    private final ConsoleDoors hub;
    private final Agencies agencies;

    NewReferralController(ConsoleDoors hub, Agencies agencies) {
        this.hub = hub;
        this.agencies = agencies;
    }

    @GetMapping("/console/referrals/new")
    String form(@AuthenticationPrincipal ConsoleUser me, Model model) {
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("sourceRef", "WS-" + LocalDateTime.now(Formats.CHINA).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + ThreadLocalRandom.current().nextInt(100, 1000));
        draft.put("receiverKind", "legalaid");
        draft.put("region", agencies.byId(me.agencyId()).map(Agencies.Entry::region).orElse(""));
        draft.put("applicant.idType", "RESIDENT_ID");
        draft.put("peopleCount", "1");
        draft.put("consent.legalBasis", "APPLICANT_CONSENT");
        draft.put("consent.obtainedAt", LocalDateTime.now(Formats.CHINA).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        draft.put("consent.recordedBy", me.displayName());
        model.addAttribute("draft", draft);
        model.addAttribute("reasons", List.of());
        model.addAttribute("problems", List.of());
        model.addAttribute("fieldProblems", Map.of());
        return "console/referral-new";
    }

    @PostMapping("/console/referrals/new")
    String submit(@AuthenticationPrincipal ConsoleUser me, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        String referral = ReferralForm.toReferral(form, hub.mapper()).toString();
        HubAnswer answer = hub.call(HubExchange.REFERRAL_INTAKE, me, referral, Map.of());
        if (answer.ok()) {
            String id = answer.body().path("referralId").asText();
            redirect.addFlashAttribute("actionMessage", (answer.body().path("duplicate").asBoolean() ? "该来文编号已提交过，" : "")
                    + "转介已提交，转介编号 " + id);
            redirect.addFlashAttribute("actionOk", true);
            redirect.addFlashAttribute("clearDraft", true);
            return "redirect:/console/referrals/" + id;
        }
        model.addAttribute("draft", form.toSingleValueMap());
        model.addAttribute("reasons", form.getOrDefault("urgency.reasons", List.of()));
        model.addAttribute("problems", answer.problems());
        model.addAttribute("fieldProblems", ReferralForm.problemsByField(answer.problems()));
        return "console/referral-new";
    }
}
