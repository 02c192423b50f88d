package cn.legalaidhub.console.campaigns;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.Formats;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.StaffRole;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * 零报告 / 一日一报 (daily reports of a campaign, 温司办〔2018〕81号（五）) in the console. A reporting unit sees the
 * campaigns it reports in with today's state (未报送, 已报送, 零报告, 迟报, 已更正), fills in the counts per category or
 * sends a nil return with one click. The owning bureau's coordinator opens a campaign with a form, and the owner
 * reads each day's roll-up by unit, city and province (missing units highlighted) and downloads it as CSV or XLSX.
 */
@Controller
class CampaignController {

    private final ConsoleDoors hub;
    private final Agencies agencies;

    CampaignController(ConsoleDoors hub, Agencies agencies) {
        this.hub = hub;
        this.agencies = agencies;
    }

    @GetMapping("/console/campaigns")
    String list(@AuthenticationPrincipal ConsoleUser me, Model model) {
        model.addAttribute("answer", hub.call(HubExchange.CAMPAIGN_LIST, me, Map.of("size", 100)));
        model.addAttribute("canCreate", canCreate(me));
        return "console/campaigns";
    }

    @GetMapping("/console/campaigns/{id}")
    String campaign(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "") String date,
            Model model, HttpServletResponse response) {
        HubAnswer campaign = hub.call(HubExchange.CAMPAIGN_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!campaign.ok()) {
            response.setStatus(campaign.status());
            model.addAttribute("problem", campaign.detail());
            return "console/not-found";
        }
        model.addAttribute("campaign", campaign.data());
        boolean owner = me.agencyId().equals(campaign.body().path("owner").asText());
        model.addAttribute("owner", owner);
        model.addAttribute("unit", units(campaign.body()).contains(me.agencyId()));
        if (owner) {
            HubAnswer rollup = hub.call(HubExchange.CAMPAIGN_ROLLUP, me, Map.of(HubExchange.REFERRAL_ID, id, "date", date));
            model.addAttribute("rollup", rollup);
            model.addAttribute("day", rollup.ok() ? rollup.body().path("day").asText() : date);
        }
        return "console/campaign";
    }

    @PostMapping("/console/campaigns/{id}/reports")
    String report(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        ObjectNode body = hub.mapper().createObjectNode();
        boolean nil = "true".equals(form.getFirst("nil"));
        if (nil) {
            body.put("nil", true);
        } else {
            ObjectNode counts = body.putObject("counts");
            form.forEach((name, values) -> {
                if (name.startsWith("count.") && !values.isEmpty() && !values.get(0).isBlank()) {
                    String v = values.get(0).trim();
                    if (v.matches("[0-9]{1,9}")) {
                        counts.put(name.substring("count.".length()), Integer.parseInt(v));
                    } else {
                        counts.put(name.substring("count.".length()), v); // the hub names it: 请填写非负整数
                    }
                }
            });
        }
        String note = form.getFirst("note");
        if (note != null && !note.isBlank()) {
            body.put("note", note.trim());
        }
        HubAnswer answer = hub.call(HubExchange.CAMPAIGN_REPORT, me, body.toString(), Map.of(HubExchange.REFERRAL_ID, id));
        redirect.addFlashAttribute("actionOk", answer.ok());
        redirect.addFlashAttribute("actionMessage", answer.ok() ? submitted(answer.body()) : answer.detail());
        if (!answer.ok()) {
            redirect.addFlashAttribute("problems", answer.problems());
        }
        return "redirect:/console/campaigns/" + id;
    }

    private static String submitted(JsonNode report) {
        String what = report.path("nil").asBoolean() ? "今日零报告已提交" : "今日报送已提交";
        if (report.path("corrected").asBoolean()) {
            what += "（更正，第 " + report.path("revision").asInt() + " 次报送）";
        }
        if (report.path("late").asBoolean()) {
            what += "；已过截止时间，记为迟报";
        }
        return what + "。";
    }

    @GetMapping("/console/campaigns/{id}/export")
    void export(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "") String date, HttpServletResponse response) throws IOException {
        ConsoleDoors.HubFile file = hub.download(HubExchange.CAMPAIGN_EXPORT, me, Map.of(HubExchange.REFERRAL_ID, id,
                "format", "xlsx".equals(format) ? "xlsx" : "csv", "date", date));
        if (!file.ok()) {
            response.sendError(file.status(), file.problem() == null ? null : file.problem().detail());
            return;
        }
        response.setContentType(file.contentType());
        if (file.disposition() != null) {
            response.setHeader("Content-Disposition", file.disposition());
        }
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/console/campaigns/new")
    String newCampaign(@AuthenticationPrincipal ConsoleUser me, Model model, HttpServletResponse response) {
        if (!canCreate(me)) {
            return forbidden(model, response);
        }
        LocalDate today = LocalDate.now(Formats.CHINA);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("startDate", today.toString());
        values.put("endDate", today.plusDays(30).toString());
        values.put("cutoff", "17:00");
        return form(me, values, List.of("WAGE_CLAIMS", "AID_CASES", "MEDIATED"), List.of("讨薪求助", "法律援助案件", "调解化解"), List.of(), model);
    }

    @PostMapping("/console/campaigns")
    String create(@AuthenticationPrincipal ConsoleUser me, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!canCreate(me)) {
            return forbidden(model, response);
        }
        ObjectNode body = hub.mapper().createObjectNode();
        body.put("title", value(form, "title"));
        body.put("startDate", value(form, "startDate"));
        body.put("endDate", value(form, "endDate"));
        if (!value(form, "cutoff").isEmpty()) {
            body.put("cutoff", value(form, "cutoff"));
        }
        List<String> codes = form.getOrDefault("catCode", List.of());
        List<String> labels = form.getOrDefault("catLabel", List.of());
        ArrayNode categories = body.putArray("categories");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).trim();
            String label = i < labels.size() ? labels.get(i).trim() : "";
            if (!code.isEmpty() || !label.isEmpty()) {
                categories.addObject().put("code", code).put("label", label);
            }
        }
        List<String> units = form.getOrDefault("unit", List.of());
        ArrayNode u = body.putArray("units");
        units.forEach(u::add);
        HubAnswer answer = hub.call(HubExchange.CAMPAIGN_CREATE, me, body.toString(), Map.of());
        if (answer.ok()) {
            redirect.addFlashAttribute("actionMessage", "专项行动已发起，共 " + answer.body().path("units").size() + " 个报送单位。");
            return "redirect:/console/campaigns/" + answer.body().path("campaignId").asText();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("answer", answer);
        return form(me, form.toSingleValueMap(), codes, labels, units, model);
    }

    private String form(ConsoleUser me, Map<String, String> values, List<String> codes, List<String> labels, List<String> units, Model model) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(6, codes.size()); i++) {
            rows.add(new String[] {i < codes.size() ? codes.get(i) : "", i < labels.size() ? labels.get(i) : ""});
        }
        // the bureau's own region first, then the rest of the registry (a campaign may reach units elsewhere)
        List<Agencies.Entry> nearby = agencies.nearby(me.agencyId());
        List<Agencies.Entry> others = agencies.all().values().stream().filter(a -> !a.id().equals(me.agencyId()) && !nearby.contains(a)).toList();
        model.addAttribute("values", values);
        model.addAttribute("categoryRows", rows);
        model.addAttribute("units", units);
        model.addAttribute("nearby", nearby);
        model.addAttribute("others", others);
        return "console/campaign-new";
    }

    private boolean canCreate(ConsoleUser me) {
        return me.is(StaffRole.COORDINATOR) && agencies.byId(me.agencyId()).map(Agencies.Entry::coordinator).orElse(false);
    }

    private static List<String> units(JsonNode campaign) {
        List<String> ids = new ArrayList<>();
        campaign.path("units").forEach(u -> ids.add(u.path("agencyId").asText()));
        return ids;
    }

    private static String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("problem", "仅协调机构（司法局）的协调员可发起专项行动。");
        return "console/not-found";
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.trim();
    }
}
