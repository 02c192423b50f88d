package cn.legalaidhub.console.batch;

import cn.legalaidhub.console.hub.ConsoleDoors;
import cn.legalaidhub.console.hub.HubAnswer;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.console.web.ChineseText;
import cn.legalaidhub.contract.HubExchange;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量上传 for chamber-of-commerce workstations: the template to download, a CSV/XLSX file to upload, its progress
 * while the hub reads it (polled), then its rows page by page with their result and reasons, and the result file.
 * Every call goes through the hub's commerce batch doors as the user's workstation, which refuse other agencies.
 */
@Controller
class BatchController {

    static final int PAGE_SIZE = 20;
    private static final Set<String> FINISHED = Set.of("DONE", "FAILED");

    private final ConsoleDoors hub;

    BatchController(ConsoleDoors hub) {
        this.hub = hub;
    }

    @GetMapping("/console/batches")
    String batches(@AuthenticationPrincipal ConsoleUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        HubAnswer list = hub.call(HubExchange.COMMERCE_BATCH_LIST, me, Map.of("page", Math.max(0, page), "size", PAGE_SIZE));
        model.addAttribute("list", list);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "console/batches";
    }

    @PostMapping("/console/batches")
    String upload(@AuthenticationPrincipal ConsoleUser me, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        HubAnswer answer;
        if (file == null || file.isEmpty()) {
            answer = null;
            model.addAttribute("uploadProblem", "请选择要上传的 CSV 或 XLSX 文件（文件不能为空）。");
        } else {
            try (InputStream in = file.getInputStream()) {
                Map<String, Object> headers = new LinkedHashMap<>();
                headers.put("fileName", file.getOriginalFilename());
                answer = hub.call(HubExchange.COMMERCE_BATCH_UPLOAD, me, in, headers);
            }
            if (answer.ok()) {
                redirect.addFlashAttribute("actionMessage", "文件已上传，平台正在逐行处理。");
                return "redirect:/console/batches/" + answer.body().path("batchId").asText();
            }
            model.addAttribute("uploadProblem", answer.detail());
        }
        return batches(me, 0, model);
    }

    @GetMapping("/console/batches/{id}")
    String batch(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, @RequestParam(defaultValue = "all") String outcome,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        HubAnswer batch = hub.call(HubExchange.COMMERCE_BATCH_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!batch.ok()) {
            response.setStatus(batch.status());
            model.addAttribute("problem", batch.detail());
            model.addAttribute("notFoundText", "没有本工作站的这个上传批次。");
            return "console/not-found";
        }
        model.addAttribute("batch", batch.data());
        String status = batch.body().path("status").asText();
        boolean finished = FINISHED.contains(status);
        model.addAttribute("finished", finished);
        model.addAttribute("outcome", "rejected".equals(outcome) || "accepted".equals(outcome) ? outcome : "all");
        if (finished && batch.body().hasNonNull("resultFile")) {
            HubAnswer rows = hub.call(HubExchange.COMMERCE_BATCH_ROWS, me, Map.of(HubExchange.REFERRAL_ID, id, "outcome", outcome,
                    "page", Math.max(0, page), "size", PAGE_SIZE));
            model.addAttribute("rows", rows);
            model.addAttribute("rowsData", withChineseReasons(rows));
            long total = rows.body().path("total").asLong();
            model.addAttribute("page", Math.max(0, page));
            model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        }
        return "console/batch";
    }

    /** Polled while the hub reads the file; once it is finished the whole page is reloaded to show the rows. */
    @GetMapping("/console/batches/{id}/progress")
    String progress(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, Model model, HttpServletResponse response) {
        HubAnswer batch = hub.call(HubExchange.COMMERCE_BATCH_READ, me, Map.of(HubExchange.REFERRAL_ID, id));
        if (!batch.ok()) {
            response.setHeader("HX-Refresh", "true");  // the page itself then says what happened
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        boolean finished = FINISHED.contains(batch.body().path("status").asText());
        if (finished) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("batch", batch.data());
        model.addAttribute("finished", finished);
        return "console/batch :: progress";
    }

    @GetMapping("/console/batches/{id}/result")
    void result(@AuthenticationPrincipal ConsoleUser me, @PathVariable String id, HttpServletResponse response) throws IOException {
        send(hub.download(HubExchange.COMMERCE_BATCH_RESULT, me, Map.of(HubExchange.REFERRAL_ID, id)), response);
    }

    @GetMapping("/console/batches/templates/{format}")
    void template(@AuthenticationPrincipal ConsoleUser me, @PathVariable String format, HttpServletResponse response) throws IOException {
        send(hub.download(HubExchange.COMMERCE_TEMPLATE, me, Map.of("format", "xlsx".equals(format) ? "xlsx" : "csv")), response);
    }

    /** The rows as template data, each with {@code reasonZh}: its 原因 in Chinese only (see {@link ChineseText}). */
    @SuppressWarnings("unchecked")
    private static Object withChineseReasons(HubAnswer rows) {
        Object data = rows.data();
        if (rows.ok() && data instanceof Map<?, ?> page && page.get("items") instanceof java.util.List<?> items) {
            for (Object item : items) {
                Map<String, Object> row = (Map<String, Object>) item;
                row.put("reasonZh", ChineseText.of((String) row.get("reason")));
            }
        }
        return data;
    }

    private static void send(ConsoleDoors.HubFile file, HttpServletResponse response) throws IOException {
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
}
