package cn.legalaidhub.console.search;

import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.Labels;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 案件查询 for coordinators: Chinese full-text search of the masked case feed with facets, business-key
 * look-up (referral id, source case number, ID number, credit code — the hub matches them all from the one
 * box) and CSV export of the result list. The hub audits every search with the user's name.
 */
@Controller
class SearchController {

    static final List<String> FILTERS = List.of("q", "category", "group", "region", "status", "channel", "overdue",
            "greenChannel", "rule", "from", "to");
    static final int PAGE_SIZE = 20;
    /** The feed pages at most 10,000 hits deep; an export stops there. */
    static final int EXPORT_MAX = 10_000;

    private final ConsoleDoors hub;
    private final Labels labels;

    SearchController(ConsoleDoors hub, Labels labels) {
        this.hub = hub;
        this.labels = labels;
    }

    @GetMapping("/console/search")
    String search(@AuthenticationPrincipal ConsoleUser me, @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        Map<String, Object> filters = filters(params);
        boolean asked = filters.values().stream().anyMatch(v -> !String.valueOf(v).isBlank()) || params.containsKey("page");
        model.addAttribute("filters", filters);
        model.addAttribute("asked", asked);
        if (asked) {
            Map<String, Object> headers = new LinkedHashMap<>(filters);
            headers.put("page", page(params.get("page")));
            headers.put("size", PAGE_SIZE);
            HubAnswer answer = hub.call(HubExchange.CASE_SEARCH, me, headers);
            model.addAttribute("answer", answer);
            model.addAttribute("result", answer.body());
            long total = answer.body().path("total").asLong();
            model.addAttribute("pages", Math.min(EXPORT_MAX / PAGE_SIZE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
            model.addAttribute("page", page(params.get("page")));
        }
        return htmx != null && "search-results".equals(target) ? "console/search :: results" : "console/search";
    }

    /** The whole result list as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese), masked as shown. */
    @GetMapping("/console/search/export")
    void export(@AuthenticationPrincipal ConsoleUser me, @RequestParam Map<String, String> params, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases.csv\"; filename*=UTF-8''%E6%A1%88%E4%BB%B6%E6%9F%A5%E8%AF%A2.csv");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        out.println("转介编号,来文编号,状态,案件类别,人群类别,行政区划,申请人,证件号码(脱敏),联系电话(脱敏),对方当事人,统一社会信用代码,请求金额,绿色通道,紧急,提交时间");
        Map<String, Object> headers = new LinkedHashMap<>(filters(params));
        int size = 100;
        for (int page = 0; page * size < EXPORT_MAX; page++) {
            headers.put("page", page);
            headers.put("size", size);
            HubAnswer answer = hub.call(HubExchange.CASE_SEARCH, me, headers);
            if (!answer.ok()) {
                break;
            }
            JsonNode items = answer.body().path("items");
            for (JsonNode c : items) {
                out.println(String.join(",", csv(c.path("referralId").asText()), csv(c.path("sourceRef").asText()),
                        csv(labels.status(c.path("status").asText())), csv(labels.category(c.path("category").asText())),
                        csv(labels.group(c.path("group").asText())), csv(c.path("region").asText()),
                        csv(c.path("applicantName").asText()), csv(c.path("applicantIdMasked").asText()),
                        csv(c.path("applicantPhoneMasked").asText()), csv(c.path("employerName").asText()),
                        csv(c.path("employerCreditCode").asText()), csv(c.path("amountClaimed").asText()),
                        c.path("greenChannel").asBoolean() ? "是" : "否", c.path("urgent").asBoolean() ? "是" : "否",
                        csv(c.path("submittedAt").asText())));
            }
            if (items.size() < size) {
                break;
            }
        }
        out.flush();
    }

    private static int page(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static Map<String, Object> filters(Map<String, String> params) {
        Map<String, Object> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            filters.put(name, params.getOrDefault(name, "").trim());
        }
        return filters;
    }

    /** Quotes a CSV cell; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
