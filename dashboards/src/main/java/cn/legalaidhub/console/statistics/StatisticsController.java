package cn.legalaidhub.console.statistics;

import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.Formats;
import cn.legalaidhub.console.web.Labels;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 统计分析 for supervisors: the numbers of {@code GET /api/v1/statistics} ({@value HubExchange#STATISTICS}),
 * drawn with ECharts served from the hub itself, and exported as CSV.
 */
@Controller
class StatisticsController {

    private final ConsoleDoors hub;
    private final Labels labels;

    StatisticsController(ConsoleDoors hub, Labels labels) {
        this.hub = hub;
        this.labels = labels;
    }

    @GetMapping("/console/statistics")
    String statistics(@AuthenticationPrincipal ConsoleUser me, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        Map<String, Object> period = period(from, to);
        HubAnswer answer = hub.call(HubExchange.STATISTICS, me, period);
        model.addAttribute("period", period);
        model.addAttribute("answer", answer);
        model.addAttribute("s", answer.body());
        model.addAttribute("statsJson", answer.body().toString());
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        labels.options("category").forEach(o -> categoryLabels.put(o.code(), o.label()));
        model.addAttribute("categoryLabels", hub.json(categoryLabels).toString());
        return "console/statistics";
    }

    @GetMapping("/console/statistics/export")
    void export(@AuthenticationPrincipal ConsoleUser me, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        HubAnswer answer = hub.call(HubExchange.STATISTICS, me, period(from, to));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"statistics.csv\"");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        JsonNode s = answer.body();
        out.println("统计项,分类,代码,数量");
        out.println("合计,,," + s.path("total").asLong());
        out.println("绿色通道,,," + s.path("greenChannel").asLong());
        out.println("紧急(法律援助法第44条),,," + s.path("urgent").asLong());
        section(out, "案件类别", s.path("byCategory"));
        section(out, "人群类别", s.path("byGroup"));
        section(out, "行政区划", s.path("byRegion"));
        section(out, "状态", s.path("byStatus"));
        for (JsonNode m : s.path("byMonth")) {
            out.println("按月," + m.path("month").asText() + ",," + m.path("count").asLong());
        }
        for (JsonNode r : s.path("rulesFired")) {
            out.println("规则触发,\"" + r.path("title").asText().replace("\"", "'") + "（" + r.path("source").asText().replace("\"", "'")
                    + "）\"," + r.path("rule").asText() + "," + r.path("count").asLong());
        }
        out.println("超期,,," + s.path("overdue").asLong());
        for (JsonNode t : s.path("timeLimits")) {
            out.println("时限按时," + t.path("label").asText() + "," + t.path("kind").asText() + "," + t.path("met").asLong() + "/"
                    + t.path("done").asLong());
        }
        out.println("结案,,," + s.path("closed").asLong());
        section(out, "结案方式", s.path("outcomes"));
        out.println("挽回经济损失(元),,," + s.path("moneyRecovered").asText("0"));
        out.flush();
    }

    private static void section(PrintWriter out, String title, JsonNode rows) {
        for (JsonNode row : rows) {
            out.println(title + "," + row.path("label").asText() + "," + row.path("code").asText() + "," + row.path("count").asLong());
        }
    }

    /** Default: the last twelve months up to today (Beijing time). */
    private static Map<String, Object> period(String from, String to) {
        Map<String, Object> period = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(Formats.CHINA);
        period.put("from", from == null || from.isBlank() ? today.minusMonths(12).withDayOfMonth(1).toString() : from);
        period.put("to", to == null || to.isBlank() ? today.toString() : to);
        return period;
    }
}
