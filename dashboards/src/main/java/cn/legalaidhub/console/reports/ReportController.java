package cn.legalaidhub.console.reports;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.Attachment;
import cn.legalaidhub.console.web.ChineseText;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 统计报表 for supervisors and coordinators of a justice bureau: the stored periodic reports of its region (generated
 * by the hub at the end of each quarter and half-year, or on request), one generated now for a chosen period and
 * region, read as tables, and downloaded as XLSX or PDF under the report's Chinese title. The hub's report doors
 * decide who may (coordinating agencies only) and name every problem of a request.
 */
@Controller
class ReportController {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ConsoleDoors hub;
    private final Agencies agencies;
    private final Clock clock;

    ReportController(ConsoleDoors hub, Agencies agencies, Clock clock) {
        this.hub = hub;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/console/reports")
    String reports(@AuthenticationPrincipal ConsoleUser me, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        HubAnswer list = hub.call(HubExchange.REPORT_LIST, me, Map.of("size", 100));
        model.addAttribute("list", list);
        model.addAttribute("listProblem", list.ok() ? null : ChineseText.of(list.detail()));
        model.addAttribute("years", ReportPeriods.years(today));
        model.addAttribute("parts", ReportPeriods.PARTS);
        model.addAttribute("regions", regions(me));
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", Map.of("year", String.valueOf(today.getYear()), "part", ReportPeriods.currentQuarter(today),
                    "region", agencies.byId(me.agencyId()).map(Agencies.Entry::region).orElse("")));
        }
        return "console/reports";
    }

    @PostMapping("/console/reports")
    String generate(@AuthenticationPrincipal ConsoleUser me, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String part, @RequestParam(defaultValue = "") String region, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = hub.mapper().createObjectNode().put("period", ReportPeriods.code(year, part));
        if (!region.isBlank()) {
            body.put("region", region.trim());
        }
        HubAnswer answer = hub.call(HubExchange.REPORT_GENERATE, me, body.toString(), Map.of());
        if (answer.ok()) {
            redirect.addFlashAttribute("actionMessage", "报表已生成：" + answer.body().path("title").asText());
            return "redirect:/console/reports/" + answer.body().path("reportId").asText();
        }
        response.setStatus(answer.status());
        model.addAttribute("problems", answer.problems().stream().map(p -> ChineseText.of(p.message())).toList());
        model.addAttribute("chosen", Map.of("year", year, "part", part, "region", region));
        return reports(me, model);
    }

    @GetMapping("/console/reports/{id}")
    String report(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model, HttpServletResponse response) {
        HubAnswer report = hub.call(HubExchange.REPORT_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!report.ok()) {
            response.setStatus(report.status());
            model.addAttribute("problem", ChineseText.of(report.detail()));
            model.addAttribute("notFoundText", "没有本辖区的这份统计报表。");
            return "console/not-found";
        }
        model.addAttribute("report", report.data());
        model.addAttribute("generatedByName", generatedBy(report.body().path("generatedBy").asText()));
        return "console/report";
    }

    @GetMapping("/console/reports/{id}/xlsx")
    void xlsx(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, HttpServletResponse response) throws IOException {
        download(me, id, HubExchange.REPORT_XLSX, ".xlsx", response);
    }

    @GetMapping("/console/reports/{id}/pdf")
    void pdf(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, HttpServletResponse response) throws IOException {
        download(me, id, HubExchange.REPORT_PDF, ".pdf", response);
    }

    /** The file under the report's title (温州市2026年第三季度法律援助协作统计报表.pdf); the id when the title cannot be read. */
    private void download(ConsoleUser me, String id, String door, String extension, HttpServletResponse response) throws IOException {
        HubAnswer report = hub.call(HubExchange.REPORT_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        String title = report.ok() ? report.body().path("title").asText(id) : id;
        Attachment.send(hub.download(door, me, Map.of(HubExchange.REFERRAL_ID, id)), id + extension, title + extension, response);
    }

    /** The regions a report may be asked for: the agency's own and those of the agencies within it. */
    private List<Map<String, String>> regions(ConsoleUser me) {
        String own = agencies.byId(me.agencyId()).map(Agencies.Entry::region).orElse("");
        String prefix = prefix(own);
        TreeSet<String> codes = new TreeSet<>();
        agencies.all().values().stream().map(Agencies.Entry::region).filter(r -> r.matches("\\d{6}") && r.startsWith(prefix)).forEach(codes::add);
        codes.add(own);
        return codes.stream().map(code -> Map.of("code", code, "name", regionName(code))).toList();
    }

    private String regionName(String code) {
        return agencies.all().values().stream().filter(a -> a.region().equals(code) && a.coordinator()).map(Agencies.Entry::name)
                .findFirst().map(n -> code + " " + n.replaceAll("(司法局|司法厅)$", "")).orElse(code);
    }

    static String prefix(String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private String generatedBy(String who) {
        return "SCHEDULE".equals(who) ? "平台定时生成" : agencies.name(who) + "（按需生成）";
    }
}
