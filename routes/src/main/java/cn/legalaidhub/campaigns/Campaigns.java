package cn.legalaidhub.campaigns;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.clocks.ClockPlanner;
import cn.legalaidhub.rules.RuleBook;
import cn.legalaidhub.rules.RuleIds;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily zero-report campaigns (零报告, 一日一报, 温司办〔2018〕81号（五）): a coordinating bureau opens a
 * campaign with a window, a daily cut-off, categories and reporting units; every day of the window
 * each unit owes a report — counts by category, or a one-click nil return — by the cut-off: a clock
 * per (campaign, unit, day) reminds it before, chases it at and escalates to the owner after the
 * cut-off. A report after the cut-off is recorded as late; a second one of the same day as a
 * correction, each submission kept with its time.
 */
@Component
class Campaigns {

    static final String SUBJECT = "CAMPAIGN";

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZONE);
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int MAX_UNITS = 500;
    private static final int MAX_COUNT = 1_000_000;

    private final CampaignLedger campaigns;
    private final AgencyRegistry registry;
    private final ClockPlanner planner;
    private final ClockLedger clocks;
    private final TransactionTemplate tx;
    private final RuleBook rules;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Campaigns(CampaignLedger campaigns, AgencyRegistry registry, ClockPlanner planner, ClockLedger clocks, TransactionTemplate tx,
            RuleBook rules, Clock clock) {
        this.rules = rules;
        this.campaigns = campaigns;
        this.registry = registry;
        this.planner = planner;
        this.clocks = clocks;
        this.tx = tx;
        this.clock = clock;
    }

    StoredCampaign create(Agency owner, JsonNode body) {
        if (!owner.coordinator()) {
            throw HubException.forbidden("Only a coordinating bureau opens a campaign. 仅协调机构（司法局）可发起专项行动报送。");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        String title = body.path("title").asText("").trim();
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new Problem.FieldError("/title", "required", "title: 1 to 200 characters. 请填写专项行动名称（至多200字）。"));
        }
        String region = body.path("region").asText(owner.region());
        if (!region.matches("[0-9]{6}")) {
            problems.add(new Problem.FieldError("/region", "pattern", "region: a 6-digit division code. 请填写6位行政区划代码。"));
        }
        LocalDate start = date(body, "/startDate", problems);
        LocalDate end = date(body, "/endDate", problems);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problems.add(new Problem.FieldError("/endDate", "order", "endDate is before startDate. 结束日期早于开始日期。"));
            } else if (ChronoUnit.DAYS.between(start, end) > 366) {
                problems.add(new Problem.FieldError("/endDate", "too-long", "A campaign lasts at most a year. 专项行动期限至多一年。"));
            }
            if (end.isBefore(today)) {
                problems.add(new Problem.FieldError("/endDate", "past", "The campaign is over already. 结束日期已过。"));
            }
        }
        LocalTime cutoff = null;
        String cutoffText = body.path("cutoff").asText(rules.rule(RuleIds.CAMPAIGN_DAILY_REPORT).param("default-cutoff").orElse("17:00"));
        try {
            cutoff = LocalTime.parse(cutoffText);
        } catch (DateTimeParseException e) {
            problems.add(new Problem.FieldError("/cutoff", "format", "cutoff: a time of day like 17:00 (Beijing time). 截止时间格式如 17:00。"));
        }
        List<StoredCampaign.CategoryDef> categories = new ArrayList<>();
        JsonNode cats = body.path("categories");
        if (!cats.isArray() || cats.isEmpty() || cats.size() > 30) {
            problems.add(new Problem.FieldError("/categories", "required", "categories: 1 to 30 {code, label}. 请列明报送类别（1至30项）。"));
        } else {
            Set<String> codes = new LinkedHashSet<>();
            for (int i = 0; i < cats.size(); i++) {
                String code = cats.get(i).path("code").asText("");
                String label = cats.get(i).path("label").asText("").trim();
                if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
                    problems.add(new Problem.FieldError("/categories/" + i + "/code", "pattern", "code: upper-case letters, digits and _, "
                            + "e.g. WAGE_CLAIMS. 类别代码有误。"));
                } else if (!codes.add(code)) {
                    problems.add(new Problem.FieldError("/categories/" + i + "/code", "duplicate", "code " + code + " is listed twice. 类别重复。"));
                }
                if (label.isEmpty() || label.length() > 50) {
                    problems.add(new Problem.FieldError("/categories/" + i + "/label", "required", "label: 1 to 50 characters. 请填写类别名称。"));
                }
                categories.add(new StoredCampaign.CategoryDef(code, label));
            }
        }
        List<String> units = new ArrayList<>();
        JsonNode given = body.path("units");
        if (!given.isArray() || given.isEmpty() || given.size() > MAX_UNITS) {
            problems.add(new Problem.FieldError("/units", "required", "units: 1 to " + MAX_UNITS + " agency ids. 请列明报送单位。"));
        } else {
            for (int i = 0; i < given.size(); i++) {
                String unit = given.get(i).asText("");
                if (registry.byId(unit).isEmpty()) {
                    problems.add(new Problem.FieldError("/units/" + i, "unknown", "No agency " + unit + " in the registry. 报送单位不存在。"));
                } else if (units.contains(unit)) {
                    problems.add(new Problem.FieldError("/units/" + i, "duplicate", unit + " is listed twice. 报送单位重复。"));
                } else {
                    units.add(unit);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid campaign", problems);
        }
        StoredCampaign c = new StoredCampaign(newId(now), owner.id(), title, region, start, end, cutoff, categories, List.copyOf(units), now);
        tx.executeWithoutResult(status -> {
            campaigns.insert(c);
            startDay(c, today, now);
        });
        return c;
    }

    /** Starts every running campaign's day: one clock per unit that has not reported yet, due at the cut-off. */
    void startDays(Instant now) {
        LocalDate today = now.atZone(ZONE).toLocalDate();
        for (String id : campaigns.notStarted(today)) {
            try {
                tx.executeWithoutResult(status -> campaigns.find(id).ifPresent(c -> startDay(c, today, now)));
            } catch (org.springframework.dao.DataIntegrityViolationException raced) {
                log.debug("Day {} of campaign {} started by another replica", today, id);
            }
        }
    }

    /** In the caller's transaction; a day begun after its cut-off is recorded without clocks (nobody is chased for it). */
    private void startDay(StoredCampaign c, LocalDate day, Instant now) {
        if (!c.runsOn(day) || !campaigns.startDay(c.id(), day, now)) {
            return;
        }
        Instant due = cutoffOf(c, day);
        if (!now.isBefore(due)) {
            return;
        }
        for (String unit : c.units()) {
            if (campaigns.report(c.id(), unit, day).isEmpty()) {
                planner.until(ClockKind.CAMPAIGN_REPORT, SUBJECT, c.id(), null, day.toString(), unit, due, now).ifPresent(clocks::insert);
            }
        }
    }

    /** A unit reports a day (today by default): counts by category, or {@code nil: true} for a zero report. */
    DailyReport submit(Agency unit, String campaignId, JsonNode body) {
        StoredCampaign c = visible(unit, campaignId);
        if (!c.units().contains(unit.id())) {
            throw HubException.forbidden("Only the campaign's reporting units report. 仅报送单位报送。");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        LocalDate day = body.has("date") ? date(body, "/date", problems) : today;
        if (day != null && (!c.runsOn(day) || day.isAfter(today))) {
            problems.add(new Problem.FieldError("/date", "outside", "date: a day of the campaign (" + c.startDate() + " to " + c.endDate()
                    + ") that has begun. 报送日期须在专项行动期间且不晚于今日。"));
        }
        boolean nil = body.path("nil").asBoolean(false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        JsonNode given = body.path("counts");
        if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
            problems.add(new Problem.FieldError("/counts", "type", "counts: {category code: number}. 报送数据格式有误。"));
        } else if (given.isObject()) {
            Set<String> known = new LinkedHashSet<>(c.categories().stream().map(StoredCampaign.CategoryDef::code).toList());
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!known.contains(e.getKey())) {
                    problems.add(new Problem.FieldError("/counts/" + e.getKey(), "unknown", "No category " + e.getKey() + " in this campaign; "
                            + "its categories are " + known + ". 无此报送类别。"));
                } else if (!e.getValue().canConvertToInt() || !e.getValue().isIntegralNumber() || e.getValue().asInt() < 0
                        || e.getValue().asInt() > MAX_COUNT) {
                    problems.add(new Problem.FieldError("/counts/" + e.getKey(), "type", e.getKey() + ": a whole number from 0. 请填写非负整数。"));
                } else {
                    counts.put(e.getKey(), e.getValue().asInt());
                }
            }
        }
        if (nil && counts.values().stream().anyMatch(v -> v > 0)) {
            problems.add(new Problem.FieldError("/nil", "conflict", "A nil return (零报告) has no counts above zero. 零报告不应填报数据。"));
        }
        if (!nil && !given.isObject()) {
            problems.add(new Problem.FieldError("/counts", "required", "counts, or nil: true for a zero report. 请填报各类别数据，或选择零报告。"));
        }
        String note = body.path("note").asText(null);
        if (note != null && note.length() > 500) {
            problems.add(new Problem.FieldError("/note", "maxLength", "note: at most 500 characters. 说明至多500字。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid daily report", problems);
        }
        if (!nil) {
            c.categories().forEach(cat -> counts.putIfAbsent(cat.code(), 0));
        }
        boolean late = now.isAfter(cutoffOf(c, day));
        for (int attempt = 0; attempt < 5; attempt++) {
            var previous = campaigns.report(c.id(), unit.id(), day);
            DailyReport r = new DailyReport(c.id(), unit.id(), day, nil, nil ? Map.of() : counts, note == null || note.isBlank() ? null : note.trim(),
                    previous.map(p -> p.revision() + 1).orElse(1), late, previous.map(DailyReport::firstSubmittedAt).orElse(now), now);
            Boolean saved = tx.execute(status -> {
                if (!campaigns.save(r, previous.map(DailyReport::revision).orElse(null))) {
                    status.setRollbackOnly();
                    return false;
                }
                clocks.stopSubjectItem(SUBJECT, c.id(), ClockKind.CAMPAIGN_REPORT, day.toString(), unit.id(), now);
                return true;
            });
            if (Boolean.TRUE.equals(saved)) {
                return r;
            }
        }
        throw new HubException(Problem.of(409, "Conflict 并发冲突", "The report of " + day + " kept changing; send it again. 报送冲突，请重新提交。"));
    }

    Rollup rollup(Agency caller, String campaignId, LocalDate day) {
        StoredCampaign c = visible(caller, campaignId);
        if (!c.owner().equals(caller.id())) {
            throw HubException.forbidden("Only the campaign's owner sees the roll-up. 仅发起单位查看汇总。");
        }
        List<Rollup.Unit> units = c.units().stream().map(u -> registry.byId(u).map(a -> new Rollup.Unit(a.id(), a.name(), a.region()))
                .orElse(new Rollup.Unit(u, u, c.region()))).toList();
        return Rollup.of(c, day, units, campaigns.reports(c.id(), day));
    }

    StoredCampaign visible(Agency caller, String id) {
        return campaigns.find(id).filter(c -> c.visibleTo(caller.id())).orElseThrow(() -> HubException.notFound(
                "No campaign " + id + " your agency owns or reports in. 未找到本单位发起或参与报送的该专项行动。"));
    }

    List<StoredCampaign> involving(Agency caller, int limit) {
        return campaigns.involving(caller.id(), limit);
    }

    List<DailyReport> revisions(StoredCampaign c, String unit, LocalDate day) {
        return campaigns.revisions(c.id(), unit, day);
    }

    java.util.Optional<DailyReport> report(StoredCampaign c, String unit, LocalDate day) {
        return campaigns.report(c.id(), unit, day);
    }

    LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    static Instant cutoffOf(StoredCampaign c, LocalDate day) {
        return day.atTime(c.cutoff()).atZone(ZONE).toInstant();
    }

    private static LocalDate date(JsonNode body, String pointer, List<Problem.FieldError> problems) {
        String text = body.at(pointer).asText("");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem.FieldError(pointer, "format", pointer.substring(1) + ": a date like 2026-12-01. 日期格式如 2026-12-01。"));
            return null;
        }
    }

    private String newId(Instant now) {
        StringBuilder id = new StringBuilder("K").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
