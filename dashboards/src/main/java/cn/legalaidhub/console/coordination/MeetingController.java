package cn.legalaidhub.console.coordination;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.ChineseText;
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
 * A joint meeting (联席会议) in the console: participants read it, acknowledge it, reply attend / deputy / absent and close
 * the action items they own; the convener sees every participant's reply. Coordinators convene with a form. The hub
 * decides who may do what ({@code allowedActions}) and names every problem of a form.
 */
@Controller
class MeetingController {

    private final ConsoleDoors hub;
    private final Agencies agencies;

    MeetingController(ConsoleDoors hub, Agencies agencies) {
        this.hub = hub;
        this.agencies = agencies;
    }

    @GetMapping("/console/meetings/{id}")
    String meeting(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model, HttpServletResponse response) {
        HubAnswer meeting = hub.call(HubExchange.MEETING_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!meeting.ok()) {
            response.setStatus(meeting.status());
            model.addAttribute("problem", meeting.detail());
            model.addAttribute("notFoundText", "没有您可以查看的这次会议。");
            return "console/not-found";
        }
        model.addAttribute("meeting", meeting.data());
        model.addAttribute("allowed", meeting.data() instanceof Map<?, ?> m ? m.get("allowedActions") : List.of());
        model.addAttribute("myAgencyId", me.agencyId());
        return "console/meeting";
    }

    @PostMapping("/console/meetings/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, RedirectAttributes redirect) {
        HubAnswer answer = hub.call(HubExchange.MEETING_ACKNOWLEDGE, me, Map.of(HubExchange.REFERRAL_ID, id));
        return back(id, answer, "已签收会议通知。", redirect);
    }

    @PostMapping("/console/meetings/{id}/reply")
    String reply(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "") String reply,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        ObjectNode body = hub.mapper().createObjectNode();
        body.put("reply", reply);
        if (!person.isBlank()) {
            body.put("person", person.trim());
        }
        if (!reason.isBlank()) {
            body.put("reason", reason.trim());
        }
        HubAnswer answer = hub.call(HubExchange.MEETING_REPLY, me, body.toString(), Map.of(HubExchange.REFERRAL_ID, id));
        return back(id, answer, "已回复参会情况。", redirect);
    }

    @PostMapping("/console/meetings/{id}/action-items/{itemId}/close")
    String closeItem(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @PathVariable String itemId,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        ObjectNode body = hub.mapper().createObjectNode().put("note", note.trim());
        HubAnswer answer = hub.call(HubExchange.MEETING_CLOSE_ACTION_ITEM, me, body.toString(),
                Map.of(HubExchange.REFERRAL_ID, id, "itemId", itemId));
        return back(id, answer, "督办事项已办结。", redirect);
    }

    @GetMapping("/console/meetings/new")
    String newMeeting(@AuthenticationPrincipal ConsoleUser me, Model model, HttpServletResponse response) {
        if (!me.is(StaffRole.COORDINATOR)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("notFoundText", "仅协调员可召集联席会议。");
            return "console/not-found";
        }
        return form(me, Map.of(), List.of(), model);
    }

    @PostMapping("/console/meetings")
    String convene(@AuthenticationPrincipal ConsoleUser me, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!me.is(StaffRole.COORDINATOR)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("notFoundText", "仅协调员可召集联席会议。");
            return "console/not-found";
        }
        ObjectNode body = hub.mapper().createObjectNode();
        body.put("title", form.getFirst("title") == null ? "" : form.getFirst("title").trim());
        putTime(body, "startsAt", form.getFirst("startsAt"));
        putTime(body, "endsAt", form.getFirst("endsAt"));
        putTime(body, "replyBy", form.getFirst("replyBy"));
        putText(body, "place", form.getFirst("place"));
        putText(body, "videoLink", form.getFirst("videoLink"));
        putText(body, "note", form.getFirst("note"));
        ArrayNode participants = body.putArray("participants");
        participants.addObject().put("agencyId", me.agencyId()).put("person", me.displayName()).put("role", "召集人");
        List<String> chosen = form.getOrDefault("participant", List.of());
        chosen.stream().filter(a -> !a.equals(me.agencyId())).forEach(a -> {
            ObjectNode p = participants.addObject().put("agencyId", a);
            putText(p, "person", form.getFirst("person-" + a));
        });
        ArrayNode agenda = body.putArray("agenda");
        String agendaText = form.getFirst("agenda") == null ? "" : form.getFirst("agenda");
        agendaText.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(l -> agenda.addObject().put("title", l));
        HubAnswer answer = hub.call(HubExchange.MEETING_CONVENE, me, body.toString(), Map.of());
        if (answer.ok()) {
            redirect.addFlashAttribute("actionMessage", "会议通知已发出。");
            return "redirect:/console/meetings/" + answer.body().path("meetingId").asText();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("answer", answer);
        return form(me, form.toSingleValueMap(), chosen, model);
    }

    private String form(ConsoleUser me, Map<String, String> values, List<String> chosen, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("chosen", chosen);
        model.addAttribute("agencies", agencies.nearby(me.agencyId()));
        return "console/meeting-new";
    }

    private static String back(String id, HubAnswer answer, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("actionOk", answer.ok());
        redirect.addFlashAttribute("actionMessage", answer.ok() ? done
                : String.join("；", answer.problems().stream().map(p -> ChineseText.of(p.message())).toList()));
        return "redirect:/console/meetings/" + id;
    }

    /** A {@code datetime-local} value (Beijing time, the console's zone) as an ISO offset date-time. */
    static void putTime(ObjectNode body, String field, String local) {
        if (local != null && !local.isBlank()) {
            String v = local.trim();
            body.put(field, (v.length() == 16 ? v + ":00" : v) + "+08:00");
        }
    }

    private static void putText(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.trim());
        }
    }
}
