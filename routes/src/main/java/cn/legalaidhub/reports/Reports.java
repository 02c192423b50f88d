package cn.legalaidhub.reports;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Generates reports on request (a coordinator, for its region or one within it) and by the schedule, and reads them back. */
@Component
class Reports {

    static final String SCHEDULE = "SCHEDULE";

    private final PeriodicReports reports;
    private final ReportLedger ledger;
    private final JsonDocuments json;
    private final java.time.Clock clock;

    Reports(PeriodicReports reports, ReportLedger ledger, JsonDocuments json, java.time.Clock clock) {
        this.reports = reports;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
    }

    /** {@code {period: "2026-H1" | "2026-Q3", region?}}; the report is computed now and replaces an earlier one. */
    Map<String, Object> generate(Agency caller, JsonNode body) {
        coordinator(caller);
        List<Problem.FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!Set.of("period", "region").contains(f)) {
                problems.add(new Problem.FieldError("/" + f, "unknown", f + " is not a field here; allowed: period, region. 不支持的字段。"));
            }
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, reports.zone());
        String code = body.path("period").asText("");
        ReportPeriod period = ReportPeriod.parse(code).orElse(null);
        if (code.isEmpty()) {
            problems.add(new Problem.FieldError("/period", "required", "period is required, e.g. 2026-H1 (上半年) or 2026-Q3 (第三季度). 请填写统计期间。"));
        } else if (period == null) {
            problems.add(new Problem.FieldError("/period", "format", "period must be a half-year like 2026-H1 / 2026-H2 or a quarter like "
                    + "2026-Q1 … 2026-Q4. 统计期间格式不正确。"));
        } else if (period.from().isAfter(today)) {
            problems.add(new Problem.FieldError("/period", "future", "period " + period.code() + " begins on " + period.from()
                    + ", after today. 统计期间尚未开始。"));
        }
        String region = body.path("region").isMissingNode() || body.path("region").isNull() ? caller.region() : body.path("region").asText();
        if (!region.matches("\\d{6}")) {
            problems.add(new Problem.FieldError("/region", "format", "region must be a 6-digit division code (GB/T 2260). 行政区划代码应为6位数字。"));
        } else if (!region.startsWith(caller.regionPrefix())) {
            problems.add(new Problem.FieldError("/region", "outside-region", "region " + region + " is outside your agency's region "
                    + caller.region() + ". 不得超出本单位辖区。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid report request", problems);
        }
        Map<String, Object> report = reports.compute(period, region, caller.id(), now);
        ledger.save(period, region, caller.id(), now, json.write(report));
        return report;
    }

    /** The schedule's run for one period and region: stored only if no replica (or user) stored it first. */
    boolean generateIfAbsent(ReportPeriod period, String region, Instant now) {
        Map<String, Object> report = reports.compute(period, region, SCHEDULE, now);
        return ledger.insertIfAbsent(period, region, SCHEDULE, now, json.write(report));
    }

    ReportLedger.StoredReport visible(Agency caller, String id) {
        coordinator(caller);
        return ledger.find(id).filter(r -> r.region().startsWith(caller.regionPrefix()))
                .orElseThrow(() -> HubException.notFound("No report " + id + " of your region. 未找到该报表。"));
    }

    List<ReportLedger.StoredReport> list(Agency caller, int limit) {
        coordinator(caller);
        return ledger.list(caller.regionPrefix(), limit);
    }

    private static void coordinator(Agency caller) {
        if (!caller.coordinator()) {
            throw HubException.forbidden("Periodic reports are for coordinator agencies (the justice bureau); " + caller.id()
                    + " is not one. 统计报表仅限司法行政机关。");
        }
    }
}
