package cn.legalaidhub.typicalcases;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.ledger.ReferralChange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StaleVersionException;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Typical cases (典型案例; 赣市司办字〔2018〕106号: 2–3 with each half-year report, 1–2 each quarter): an
 * agency that handled a concluded case writes it up — title, facts, actions, result, commentary — and
 * the hub masks the parties at once; the coordinator of the region (the justice bureau) publishes it or
 * returns it for changes. Published cases are listed in the periodic reports.
 */
@Component
class TypicalCases {

    static final Set<String> WRITE_UP = Set.of("title", "facts", "actions", "result", "commentary");
    private static final Set<String> CONCLUDED = Set.of("CLOSED", "ARCHIVED", "TERMINATED");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final TypicalCaseLedger cases;
    private final ReferralLedger ledger;
    private final JsonDocuments json;
    private final java.time.Clock clock;
    private final SecureRandom random = new SecureRandom();

    TypicalCases(TypicalCaseLedger cases, ReferralLedger ledger, JsonDocuments json, java.time.Clock clock) {
        this.cases = cases;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
    }

    TypicalCase flag(Agency caller, JsonNode body) {
        List<Problem.FieldError> problems = new ArrayList<>();
        unknownFields(body, Set.of("referralId", "title", "facts", "actions", "result", "commentary"), problems);
        String referralId = text(body, "referralId", 1, 40, problems);
        StoredReferral referral = null;
        if (referralId != null) {
            referral = ledger.find(referralId).filter(r -> ledger.isParty(r, caller.id())).orElse(null);
            if (referral == null) {
                problems.add(new Problem.FieldError("/referralId", "not-party", "No referral " + referralId + " that your agency is party "
                        + "to. 未找到本单位参与办理的该案件。"));
            } else if (!CONCLUDED.contains(referral.status())) {
                problems.add(new Problem.FieldError("/referralId", "not-concluded", "Referral " + referralId + " is " + referral.status()
                        + "; only a closed, archived or terminated case can be a typical case. 只有已结案（归档、终止）的案件可以报送典型案例。"));
            }
        }
        Map<String, String> writeUp = writeUp(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid typical case", problems);
        }
        if (cases.forReferral(referralId).isPresent()) {
            throw new HubException(new Problem("about:blank", "Conflict 重复报送", 409, "Referral " + referralId + " is already a typical "
                    + "case (" + cases.forReferral(referralId).get().id() + "); change that one instead. 该案件已报送典型案例。",
                    List.of(new Problem.FieldError("/referralId", "duplicate", "already a typical case")), null));
        }
        PartyMasking masking = masking(referral);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TypicalCase c = new TypicalCase(newId(now), referral.id(), caller.id(), referral.region(), referral.category(),
                referral.applicantGroup(), masking.mask(writeUp.get("title")), masking.parties(), masking.mask(writeUp.get("facts")),
                masking.mask(writeUp.get("actions")), masking.mask(writeUp.get("result")), masking.mask(writeUp.get("commentary")),
                TypicalCase.Status.SUBMITTED, now, null, null, null, null);
        try {
            cases.insert(c);
        } catch (DuplicateKeyException raced) {
            throw new HubException(Problem.of(409, "Conflict 重复报送", "Referral " + referralId + " is already a typical case."));
        }
        return c;
    }

    /** The flagging agency changes its write-up (also after it was returned); it goes back to review. */
    TypicalCase revise(Agency caller, String id, JsonNode body) {
        TypicalCase c = visible(caller, id);
        if (!c.agencyId().equals(caller.id())) {
            throw HubException.forbidden("Typical case " + id + " is changed by the agency that submitted it (" + c.agencyId() + ").");
        }
        if (c.status() == TypicalCase.Status.PUBLISHED) {
            throw conflict(c, "it is published; 已发布的典型案例不能修改。");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        unknownFields(body, WRITE_UP, problems);
        Map<String, String> writeUp = writeUp(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid typical case", problems);
        }
        PartyMasking masking = masking(ledger.find(c.referralId()).orElseThrow());
        TypicalCase revised = new TypicalCase(c.id(), c.referralId(), c.agencyId(), c.region(), c.category(), c.applicantGroup(),
                masking.mask(writeUp.get("title")), masking.parties(), masking.mask(writeUp.get("facts")), masking.mask(writeUp.get("actions")),
                masking.mask(writeUp.get("result")), masking.mask(writeUp.get("commentary")), TypicalCase.Status.SUBMITTED,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), c.reviewedBy(), c.reviewedAt(), c.reviewNote(), null);
        if (!cases.update(revised, c.status())) {
            throw conflict(c, "it changed meanwhile; read it again. 该典型案例已被修改，请刷新后重试。");
        }
        return revised;
    }

    /** The region's coordinator publishes the case or returns it with a note. */
    TypicalCase review(Agency caller, String id, JsonNode body) {
        TypicalCase c = visible(caller, id);
        if (!reviewer(caller, c)) {
            throw HubException.forbidden("Typical cases of region " + c.region() + " are reviewed by its coordinator (justice bureau). "
                    + "典型案例由司法行政机关审核发布。");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        unknownFields(body, Set.of("decision", "note"), problems);
        String decision = body.path("decision").asText("");
        if (!Set.of("PUBLISH", "RETURN").contains(decision)) {
            problems.add(new Problem.FieldError("/decision", decision.isEmpty() ? "required" : "enum",
                    "decision must be PUBLISH (发布) or RETURN (退回修改)."));
        }
        String note = body.path("note").isTextual() && !body.path("note").asText().isBlank() ? body.path("note").asText().trim() : null;
        if ("RETURN".equals(decision) && note == null) {
            problems.add(new Problem.FieldError("/note", "required", "note is required when returning: say what to change. 退回须说明修改意见。"));
        }
        if (note != null && note.length() > 2000) {
            problems.add(new Problem.FieldError("/note", "maxLength", "note is longer than 2000 characters. 超过长度上限。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid review", problems);
        }
        if (c.status() != TypicalCase.Status.SUBMITTED) {
            throw conflict(c, "only a submitted case can be reviewed; 只能审核待审核的典型案例。");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        boolean publish = "PUBLISH".equals(decision);
        TypicalCase reviewed = new TypicalCase(c.id(), c.referralId(), c.agencyId(), c.region(), c.category(), c.applicantGroup(),
                c.title(), c.parties(), c.facts(), c.actions(), c.result(), c.commentary(),
                publish ? TypicalCase.Status.PUBLISHED : TypicalCase.Status.RETURNED, c.submittedAt(), caller.id(), now, note,
                publish ? now : null);
        if (!cases.update(reviewed, TypicalCase.Status.SUBMITTED)) {
            throw conflict(c, "it changed meanwhile; read it again.");
        }
        if (publish) {
            noteOnTimeline(reviewed, caller, now);
        }
        return reviewed;
    }

    /** The case's parties learn that it was published as a typical case (a line of its timeline). */
    private void noteOnTimeline(TypicalCase c, Agency reviewer, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            StoredReferral current = ledger.find(c.referralId()).orElseThrow();
            try {
                ledger.apply(current, new ReferralChange().timeline(TimelineEntry.hub(now, "TYPICAL_CASE_PUBLISHED", reviewer.id(), null,
                        "入选典型案例并发布：" + c.title() + "（" + c.id() + "）")), now);
                return;
            } catch (StaleVersionException raced) {
                // the case moved meanwhile; read it again
            }
        }
    }

    /** The flagging agency and the region's coordinator see a case in any state; every agency of the region sees it once published. */
    TypicalCase visible(Agency caller, String id) {
        return cases.find(id).filter(c -> c.agencyId().equals(caller.id()) || reviewer(caller, c)
                || (c.status() == TypicalCase.Status.PUBLISHED && c.region().startsWith(caller.regionPrefix())))
                .orElseThrow(() -> HubException.notFound("No typical case " + id + " that your agency may read. 未找到该典型案例。"));
    }

    List<TypicalCase> list(Agency caller, Optional<TypicalCase.Status> status, int limit) {
        if (caller.coordinator()) {
            return cases.list(caller.regionPrefix(), status.orElse(null), null, limit);
        }
        List<TypicalCase> own = cases.list("", status.orElse(null), caller.id(), limit);
        if (status.isPresent() && status.get() != TypicalCase.Status.PUBLISHED) {
            return own;
        }
        Map<String, TypicalCase> all = new LinkedHashMap<>();
        own.forEach(c -> all.put(c.id(), c));
        cases.list(caller.regionPrefix(), TypicalCase.Status.PUBLISHED, null, limit).forEach(c -> all.putIfAbsent(c.id(), c));
        return all.values().stream().sorted((a, b) -> b.submittedAt().compareTo(a.submittedAt())).limit(limit).toList();
    }

    static boolean reviewer(Agency caller, TypicalCase c) {
        return caller.coordinator() && c.region().startsWith(caller.regionPrefix());
    }

    private PartyMasking masking(StoredReferral referral) {
        JsonNode document = json.parse(referral.payload());
        String group = LabelledCode.parse(Group.class, referral.applicantGroup()).map(Group::label).orElse("");
        return new PartyMasking(document, group);
    }

    private static Map<String, String> writeUp(JsonNode body, List<Problem.FieldError> problems) {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("title", text(body, "title", 4, 100, problems));
        for (String field : List.of("facts", "actions", "result", "commentary")) {
            w.put(field, text(body, field, 10, 4000, problems));
        }
        return w;
    }

    private static void unknownFields(JsonNode body, Set<String> allowed, List<Problem.FieldError> problems) {
        body.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problems.add(new Problem.FieldError("/" + f, "unknown", f + " is not a field here; allowed: " + allowed + ". 不支持的字段。"));
            }
        });
    }

    private static final Map<String, String> LABELS = Map.of("referralId", "案件编号", "title", "标题", "facts", "基本案情", "actions",
            "援助过程", "result", "办理结果", "commentary", "评析");

    private static String text(JsonNode body, String field, int min, int max, List<Problem.FieldError> problems) {
        JsonNode n = body.path(field);
        String label = LABELS.getOrDefault(field, field);
        if (n.isMissingNode() || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            problems.add(new Problem.FieldError("/" + field, "required", field + " is required. 请填写" + label + "。"));
            return null;
        }
        if (!n.isTextual()) {
            problems.add(new Problem.FieldError("/" + field, "type", field + " must be text. " + label + "应为文本。"));
            return null;
        }
        String t = n.asText().trim();
        if (t.codePointCount(0, t.length()) < min) {
            problems.add(new Problem.FieldError("/" + field, "minLength", field + " needs at least " + min + " characters. " + label
                    + "至少" + min + "个字。"));
            return null;
        }
        if (t.codePointCount(0, t.length()) > max) {
            problems.add(new Problem.FieldError("/" + field, "maxLength", field + " has more than " + max + " characters. " + label
                    + "不得超过" + max + "个字。"));
            return null;
        }
        return t;
    }

    private static HubException conflict(TypicalCase c, String why) {
        return new HubException(new Problem("about:blank", "Conflict 状态冲突", 409, "Typical case " + c.id() + " is " + c.status() + " ("
                + c.status().label() + "): " + why, null, null));
    }

    private String newId(Instant now) {
        StringBuilder id = new StringBuilder("TC").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
