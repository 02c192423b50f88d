package cn.legalaidhub.warnings;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.clocks.ClockPlanner;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.messaging.Envelopes;
import cn.legalaidhub.messaging.MessagePublisher;
import cn.legalaidhub.notices.Notices;
import cn.legalaidhub.rules.Rule;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Early warning of group incidents (预警): after intake, every new claim of a labor category is
 * looked at with the claims against the same employer or project in the window, whatever channel
 * brought them; a cluster over a threshold raises ONE graded warning, which grows with the cluster
 * (counts, amount, grade — never down) and warns the region's designated departments again when its
 * grade rises. Each department receives a BULLETIN of category EARLY_WARNING by its own transport,
 * must acknowledge it (a clock: reminder, overdue notice, escalation) and then report the action
 * taken (another clock).
 */
@Component
class EarlyWarnings {

    static final String SUBJECT = "EARLY_WARNING";
    static final String OPEN = "OPEN";
    static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    static final String ACTIONED = "ACTIONED";

    private static final Logger log = LoggerFactory.getLogger(EarlyWarnings.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZONE);
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int MAX_CLAIMS = 5000;

    private final WarningLedger warnings;
    private final WarningRules rules;
    private final ReferralLedger ledger;
    private final AgencyRegistry registry;
    private final Envelopes envelopes;
    private final ClockPlanner planner;
    private final ClockLedger clocks;
    private final MessagePublisher publisher;
    private final TransactionTemplate tx;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EarlyWarnings(WarningLedger warnings, WarningRules rules, ReferralLedger ledger, AgencyRegistry registry, Envelopes envelopes,
            ClockPlanner planner, ClockLedger clocks, MessagePublisher publisher, TransactionTemplate tx, ObjectMapper mapper, Clock clock) {
        this.warnings = warnings;
        this.rules = rules;
        this.ledger = ledger;
        this.registry = registry;
        this.envelopes = envelopes;
        this.planner = planner;
        this.clocks = clocks;
        this.publisher = publisher;
        this.tx = tx;
        this.mapper = mapper;
        this.clock = clock;
    }

    // ---- detection ---------------------------------------------------------------------------

    /** Looks at the referrals not looked at yet: each cluster and each city once per batch. Answers how many. */
    int detectPending(Instant now, int limit) {
        List<WarningLedger.Pending> pending = warnings.pending(limit);
        if (pending.isEmpty()) {
            return 0;
        }
        List<String> categories = rules.categories();
        Set<String> employers = new LinkedHashSet<>();
        Set<String> cities = new LinkedHashSet<>();
        for (WarningLedger.Pending p : pending) {
            if (categories.contains(p.category())) {
                if (p.employerKey() != null) {
                    employers.add(p.employerKey());
                }
                cities.add(city(p.region()));
            }
        }
        Set<String> failed = new HashSet<>();
        for (String employer : employers) {
            try {
                detectCluster(employer, now);
            } catch (RuntimeException e) {
                failed.add(employer);
                log.warn("Early warning of cluster {} failed, looked at again after the next sweep: {}", employer, e.toString());
            }
        }
        for (String city : cities) {
            try {
                detectFestivalRise(city, now);
            } catch (RuntimeException e) {
                failed.add(city);
                log.warn("Pre-festival warning of {} failed, looked at again after the next sweep: {}", city, e.toString());
            }
        }
        // a referral whose cluster could not be looked at stays pending (its cluster is looked at whole next time)
        List<String> done = pending.stream().filter(p -> !failed.contains(p.employerKey()) && !failed.contains(city(p.region())))
                .map(WarningLedger.Pending::id).toList();
        warnings.markChecked(done);
        if (done.isEmpty()) {
            return 0;
        }
        return pending.size();
    }

    void detectCluster(String employerKey, Instant now) {
        Instant since = now.minus(rules.window());
        List<WarningLedger.Claim> claims = warnings.cluster(employerKey, since, rules.categories(), MAX_CLAIMS);
        if (claims.isEmpty()) {
            return;
        }
        Set<String> senders = new LinkedHashSet<>();
        int people = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (WarningLedger.Claim c : claims) {
            senders.add(c.sender());
            people += Math.max(1, c.people());
            amount = amount.add(c.amount() == null ? BigDecimal.ZERO : c.amount());
        }
        List<String> channels = senders.stream().map(s -> registry.byId(s).map(a -> a.kind().slug()).orElse(s)).distinct().sorted().toList();
        ClusterStats stats = new ClusterStats(claims.size(), people, amount, channels);
        Optional<WarningRules.Grading> grading = rules.grade(stats, now.atZone(ZONE).toLocalDate());
        if (grading.isEmpty()) {
            return;
        }
        WarningLedger.Claim latest = claims.get(claims.size() - 1);
        String region = city(latest.region());
        List<String> reasons = new ArrayList<>();
        reasons.add("同一" + (employerKey.startsWith("CC:") ? "用人单位（统一社会信用代码 " + employerKey.substring(3) + "）" : "工程项目")
                + rules.window().toDays() + "日内经" + channels.size() + "个渠道（" + String.join("、", channels.stream().map(EarlyWarnings::kindLabel)
                .toList()) + "）收到");
        reasons.addAll(grading.get().reasons());
        String[] names = opposingParty(latest.id());
        upsert(new Detected(employerKey, StoredWarning.CLUSTER, region, names[0], names[1], grading.get().grade(), stats, reasons,
                claims.get(0).submittedAt(), claims.stream().map(WarningLedger.Claim::id).toList()), now);
    }

    void detectFestivalRise(String city, Instant now) {
        LocalDate today = now.atZone(ZONE).toLocalDate();
        Optional<WarningRules.FestivalWindow> window = rules.festivalWindow(today);
        if (window.isEmpty()) {
            return;
        }
        WarningRules.FestivalWindow w = window.get();
        Instant from = w.from().atStartOfDay(ZONE).toInstant();
        String prefix = city.substring(0, 4);
        int current = warnings.cityClaims(prefix, from, now.plusNanos(1), rules.categories());
        int previous = warnings.cityClaims(prefix, w.previousFrom().atStartOfDay(ZONE).toInstant(), from, rules.categories());
        rules.festivalRise(current, previous).ifPresent(g -> upsert(new Detected("SF:" + city + ":" + w.festival(),
                StoredWarning.FESTIVAL_RISE, city, null, null, g.grade(), new ClusterStats(current, current, BigDecimal.ZERO, List.of()),
                g.reasons(), from, List.of()), now));
    }

    private record Detected(String clusterKey, String kind, String region, String employerName, String project, Grade grade,
            ClusterStats stats, List<String> reasons, Instant windowStart, List<String> members) {
    }

    /**
     * One warning per cluster generation: insert it, or — the cluster grew — update it with a
     * compare-and-set on its version, retrying when another detector got there first. A cluster quiet
     * for a whole window starts a new generation.
     */
    private void upsert(Detected d, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<StoredWarning> latest = warnings.latest(d.clusterKey());
            boolean fresh = latest.isEmpty() || latest.get().updatedAt().isBefore(now.minus(rules.window()));
            try {
                List<OutboundMessage> messages = fresh
                        ? raise(d, latest.map(w -> w.generation() + 1).orElse(1), now)
                        : grow(latest.get(), d, now);
                if (messages != null) {
                    publisher.publishAll(messages);
                    return;
                }
            } catch (DuplicateKeyException raced) {
                log.debug("Warning of {} raised by another detector; again", d.clusterKey());
            }
        }
        log.warn("Could not update the early warning of {}: it kept changing", d.clusterKey());
    }

    private List<OutboundMessage> raise(Detected d, int generation, Instant now) {
        String id = newId(now);
        StoredWarning w = new StoredWarning(id, d.clusterKey(), generation, d.kind(), d.region(), d.employerName(), d.project(), d.grade(),
                OPEN, d.stats().claims(), d.stats().people(), d.stats().amount(), d.stats().channels(), d.reasons(), d.windowStart(), now, now,
                0, List.of());
        return tx.execute(status -> {
            warnings.insert(w);
            warnings.addMembers(id, d.members(), now);
            List<OutboundMessage> messages = notifyAll(w, now);
            ledger.insertMessages(messages);
            log.info("Early warning {} ({}) raised for {}: {} claims, {} people", id, w.grade(), d.clusterKey(), w.claims(), w.people());
            return messages;
        });
    }

    /** null when the warning changed meanwhile. */
    private List<OutboundMessage> grow(StoredWarning current, Detected d, Instant now) {
        Grade grade = Grade.max(current.grade(), d.grade());
        boolean up = grade != current.grade();
        List<String> reasons = up || d.grade() == grade ? d.reasons() : current.reasons();
        StoredWarning grown = new StoredWarning(current.id(), current.clusterKey(), current.generation(), current.kind(), d.region(),
                current.employerName(), current.project(), grade, up ? OPEN : current.status(), d.stats().claims(), d.stats().people(),
                d.stats().amount(), d.stats().channels(), reasons, current.windowStart(), current.raisedAt(), now, current.version() + 1,
                current.recipients());
        return tx.execute(status -> {
            if (!warnings.update(grown, current.version())) {
                return null;
            }
            warnings.addMembers(current.id(), d.members(), now);
            List<OutboundMessage> messages = up ? notifyAll(grown, now) : List.<OutboundMessage>of();
            ledger.insertMessages(messages);
            if (up) {
                log.info("Early warning {} graded up {} → {}", current.id(), current.grade(), grade);
            }
            return messages;
        });
    }

    /** The departments of the configured kinds whose region covers the warning's. */
    List<Agency> receivers(String region) {
        List<String> kinds = rules.receiverKinds();
        return registry.all().stream().filter(a -> kinds.contains(a.kind().slug()) && region.startsWith(a.regionPrefix()))
                .sorted(java.util.Comparator.comparing(Agency::id)).toList();
    }

    /** Warns every designated department at the warning's grade; each owes an acknowledgement (a new clock). */
    private List<OutboundMessage> notifyAll(StoredWarning w, Instant now) {
        List<OutboundMessage> messages = new ArrayList<>();
        ObjectNode bulletin = bulletin(w, now);
        for (Agency a : receivers(w.region())) {
            warnings.notified(w.id(), a.id(), w.grade(), now);
            clocks.stopSubject(SUBJECT, w.id(), ClockKind.WARNING_ACK, a.id(), now);
            planner.fixedClock(ClockKind.WARNING_ACK, SUBJECT, w.id(), null, a.id(), w.grade().param() + "-within", now)
                    .ifPresent(clocks::insert);
            messages.add(envelopes.wrap("BULLETIN", Notices.SENDER, a.id(), null, w.grade().priority(), bulletin, now));
        }
        if (messages.isEmpty()) {
            log.warn("Early warning {} of region {} has no department of kinds {} to warn", w.id(), w.region(), rules.receiverKinds());
        }
        return messages;
    }

    /** The warning as a bulletin of the contract (category EARLY_WARNING), as every department's adapter knows it. */
    ObjectNode bulletin(StoredWarning w, Instant now) {
        ObjectNode b = mapper.createObjectNode();
        b.put("bulletinId", w.id());
        b.put("publisher", Notices.SENDER);
        ObjectNode topic = b.putObject("topic").put("category", "EARLY_WARNING").put("region", w.region());
        var kinds = topic.putArray("agencyKinds");
        rules.receiverKinds().stream().filter(k -> AgencyKind.fromSlug(k).isPresent()).forEach(kinds::add);
        b.put("title", "【" + w.grade().label() + "预警】" + w.label() + "：" + w.claims() + "件、" + w.people() + "人"
                + (w.amount().signum() > 0 ? "、" + w.amount().stripTrailingZeros().toPlainString() + "元" : "") + "（" + w.id() + "）");
        StringBuilder body = new StringBuilder();
        body.append(StoredWarning.FESTIVAL_RISE.equals(w.kind()) ? "春节前欠薪高发期，本地区讨薪类法律援助申请明显上升，可能引发群体性事件。"
                : "以下讨薪申请集中指向同一" + (w.project() != null && w.employerName() == null ? "工程项目" : "用人单位")
                        + "，可能引发群体性事件，请按职责及时处置。");
        if (w.employerName() != null) {
            body.append("\n对方当事人：").append(w.employerName());
        }
        if (w.project() != null) {
            body.append("\n工程项目：").append(w.project());
        }
        body.append("\n地区：").append(w.region()).append("；预警等级：").append(w.grade().label()).append("；首次预警：")
                .append(Notices.local(w.raisedAt())).append("；更新：").append(Notices.local(now));
        body.append("\n依据：");
        w.reasons().forEach(r -> body.append("\n- ").append(r));
        Rule ackRule = rules.ackRule();
        body.append("\n请于").append(ackRule.limit(w.grade().param() + "-within").map(l -> l.label()).orElse("规定时限")).append("内签收（POST /api/v1/early-warnings/")
                .append(w.id()).append("/acknowledge），并反馈处置情况（POST /api/v1/early-warnings/").append(w.id()).append("/actions）。");
        body.append("\n规则：").append(rules.cluster().id()).append("（").append(rules.cluster().source()).append("）");
        b.put("body", body.length() > 20000 ? body.substring(0, 20000) : body.toString());
        b.put("requiresAck", true);
        b.put("publishedAt", now.truncatedTo(ChronoUnit.SECONDS).toString());
        return b;
    }

    // ---- what the departments do -------------------------------------------------------------

    StoredWarning acknowledge(Agency caller, String id, JsonNode body) {
        StoredWarning w = visible(caller, id);
        StoredWarning.Recipient r = w.recipient(caller.id()).orElseThrow(() -> HubException.forbidden(
                "Only the departments warned acknowledge a warning. 仅接收预警的部门签收。"));
        String note = text(body, "note", 500, false);
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            warnings.acknowledge(id, caller.id(), w.grade(), note, now);
            clocks.stopSubject(SUBJECT, id, ClockKind.WARNING_ACK, caller.id(), now);
            boolean reported = warnings.actions(id).stream().anyMatch(a -> a.agencyId().equals(caller.id()));
            boolean actionClock = clocks.forSubject(SUBJECT, id).stream().anyMatch(c -> c.kind() == ClockKind.WARNING_ACTION
                    && caller.id().equals(c.responsibleAgency()));
            if (!reported && !actionClock && r.acknowledgedAt() == null) {
                planner.fixedClock(ClockKind.WARNING_ACTION, SUBJECT, id, null, caller.id(), "within", now).ifPresent(clocks::insert);
            }
            refreshStatus(id, now);
        });
        return warnings.find(id).orElseThrow();
    }

    StoredWarning reportAction(Agency caller, String id, JsonNode body) {
        StoredWarning w = visible(caller, id);
        StoredWarning.Recipient r = w.recipient(caller.id()).orElseThrow(() -> HubException.forbidden(
                "Only the departments warned report action on a warning. 仅接收预警的部门反馈处置情况。"));
        String action = text(body, "action", 2000, true);
        if (r.acknowledgedAt() == null) {
            throw new HubException(Problem.of(409, "Not acknowledged 尚未签收", "Acknowledge warning " + id + " first (POST /api/v1/"
                    + "early-warnings/" + id + "/acknowledge). 请先签收预警，再反馈处置情况。"));
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            warnings.addAction(id, caller.id(), action, now);
            clocks.stopSubject(SUBJECT, id, ClockKind.WARNING_ACTION, caller.id(), now);
            refreshStatus(id, now);
        });
        return warnings.find(id).orElseThrow();
    }

    /** OPEN until every department acknowledged the current grade, ACTIONED once every one also reported action. */
    private void refreshStatus(String id, Instant now) {
        StoredWarning w = warnings.find(id).orElseThrow();
        Set<String> reported = new HashSet<>();
        warnings.actions(id).forEach(a -> reported.add(a.agencyId()));
        boolean allAcknowledged = w.recipients().stream().allMatch(r -> r.acknowledged(w.grade()));
        boolean allReported = w.recipients().stream().allMatch(r -> reported.contains(r.agencyId()));
        warnings.setStatus(id, allAcknowledged ? allReported ? ACTIONED : ACKNOWLEDGED : OPEN, now);
    }

    StoredWarning visible(Agency caller, String id) {
        return warnings.find(id).filter(w -> canSee(caller, w)).orElseThrow(() -> HubException.notFound(
                "No early warning " + id + " your agency received or supervises. 未找到本单位接收或督办的该预警。"));
    }

    boolean canSee(Agency caller, StoredWarning w) {
        return w.recipient(caller.id()).isPresent() || caller.coordinator() && w.region().startsWith(caller.regionPrefix());
    }

    Map<String, Object> statistics(Agency caller, String regionPrefix) {
        Map<String, Object> byGrade = new LinkedHashMap<>();
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            byGrade.put(g.name(), 0);
        }
        int total = 0;
        for (Object[] row : warnings.countByGrade(caller.id(), caller.coordinator() ? caller.regionPrefix() : null, regionPrefix)) {
            int n = (Integer) row[2];
            byGrade.merge((String) row[0], n, (a, b) -> (Integer) a + (Integer) b);
            byStatus.merge((String) row[1], n, (a, b) -> (Integer) a + (Integer) b);
            total += n;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", total);
        answer.put("byGrade", byGrade);
        answer.put("byStatus", byStatus);
        return answer;
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The opposing party's name and project of a referral, for the warning's title. */
    private String[] opposingParty(String referralId) {
        try {
            JsonNode o = mapper.readTree(ledger.find(referralId).map(StoredReferral::payload).orElse("{}")).path("opposingParty");
            return new String[] {o.path("name").asText(null), o.path("project").asText(null)};
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new String[] {null, null};
        }
    }

    static String city(String region) {
        return region == null || region.length() < 4 ? "000000" : region.substring(0, 4) + "00";
    }

    static String kindLabel(String slug) {
        return AgencyKind.fromSlug(slug).map(AgencyKind::label).orElse(slug);
    }

    private static String text(JsonNode body, String field, int max, boolean required) {
        String value = body == null ? null : body.path(field).asText(null);
        if (value != null && value.isBlank()) {
            value = null;
        }
        if (required && value == null) {
            throw new InvalidInputException("Invalid report", List.of(new Problem.FieldError("/" + field, "required",
                    field + ": say what was done. 请填写处置情况。")));
        }
        if (value != null && value.length() > max) {
            throw new InvalidInputException("Invalid report", List.of(new Problem.FieldError("/" + field, "maxLength",
                    field + ": at most " + max + " characters. 至多" + max + "字。")));
        }
        return value == null ? null : value.trim();
    }

    private String newId(Instant now) {
        StringBuilder id = new StringBuilder("W").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
