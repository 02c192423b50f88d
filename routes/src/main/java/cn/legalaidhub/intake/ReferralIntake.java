package cn.legalaidhub.intake;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.linking.CaseKeys;
import cn.legalaidhub.mediation.MediationFirst;
import cn.legalaidhub.rules.RuleIds;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.messaging.Envelopes;
import cn.legalaidhub.messaging.MessagePublisher;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.routing.ReceiverSelector;
import cn.legalaidhub.routing.ReferralTriage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Accepts a validated referral: idempotency by the sender's own case number, triage, routing,
 * one ledger transaction, then the durable send. Returns only once both are done.
 */
@Component
public class ReferralIntake {

    private static final Logger log = LoggerFactory.getLogger(ReferralIntake.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    public record Result(String referralId, String status, String receiver, boolean duplicate) {
    }

    private final ReferralLedger ledger;
    private final ReferralTriage triage;
    private final ReceiverSelector receivers;
    private final Envelopes envelopes;
    private final MessagePublisher publisher;
    private final MediationFirst mediation;
    private final CaseKeys keys;
    private final IntakeRules intakeRules;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReferralIntake(ReferralLedger ledger, ReferralTriage triage, ReceiverSelector receivers, Envelopes envelopes,
            MessagePublisher publisher, MediationFirst mediation, CaseKeys keys, IntakeRules intakeRules, Clock clock) {
        this.ledger = ledger;
        this.triage = triage;
        this.receivers = receivers;
        this.envelopes = envelopes;
        this.publisher = publisher;
        this.mediation = mediation;
        this.keys = keys;
        this.intakeRules = intakeRules;
        this.clock = clock;
    }

    public Result submit(Agency sender, JsonNode referral) {
        String sourceRef = referral.path("sourceRef").asText();
        Optional<StoredReferral> earlier = ledger.findBySource(sender.id(), sourceRef);
        if (earlier.isPresent()) {
            return duplicateOf(earlier.get());
        }
        ReferralLedger.Submission submission = prepare(sender, referral, clock.instant());
        try {
            ledger.insertSubmissions(List.of(submission));
        } catch (DuplicateKeyException raced) {
            return ledger.findBySource(sender.id(), sourceRef).map(this::duplicateOf).orElseThrow(() -> raced);
        }
        alertIfUnroutable(submission.referral());
        publisher.publishAll(submission.messages());
        return resultOf(submission.referral());
    }

    /**
     * Accepts many valid referrals of one sender at once (batch files): one ledger transaction and
     * one broker transaction for all of them. Case numbers already known, or repeated within the
     * batch, answer with the earlier referral and create nothing. Results are in the order given.
     */
    public List<Result> submitAll(Agency sender, List<JsonNode> referrals) {
        Map<String, StoredReferral> earlier = ledger.findBySources(sender.id(),
                referrals.stream().map(r -> r.path("sourceRef").asText()).toList());
        Instant now = clock.instant();
        Map<String, ReferralLedger.Submission> fresh = new LinkedHashMap<>();
        List<Result> results = new ArrayList<>();
        for (JsonNode referral : referrals) {
            String sourceRef = referral.path("sourceRef").asText();
            if (earlier.containsKey(sourceRef)) {
                results.add(duplicateOf(earlier.get(sourceRef)));
            } else if (fresh.containsKey(sourceRef)) {
                results.add(duplicateOf(fresh.get(sourceRef).referral()));
            } else {
                ReferralLedger.Submission submission = prepare(sender, referral, now);
                fresh.put(sourceRef, submission);
                results.add(resultOf(submission.referral()));
            }
        }
        try {
            ledger.insertSubmissions(List.copyOf(fresh.values()));
        } catch (DuplicateKeyException raced) {
            log.info("A batch of {} raced another submission of the same case numbers; submitting one by one", referrals.size());
            return referrals.stream().map(r -> submit(sender, r)).toList();
        }
        fresh.values().forEach(s -> alertIfUnroutable(s.referral()));
        publisher.publishAll(fresh.values().stream().flatMap(x -> x.messages().stream()).toList());
        return results;
    }

    /** One submission of a group commit: who sends what. */
    public record Item(Agency sender, JsonNode referral) {
    }

    /**
     * Accepts the submissions of several callers at once (group commit): one ledger transaction
     * and one broker transaction for all of them, each caller answered as if alone. A repeated case
     * number answers with the earlier referral. If the group cannot be written together (a case
     * number the ledger already has, or any other failure), each is tried on its own, so one bad or
     * repeated submission affects only itself.
     */
    public List<Result> submitGroup(List<Item> items) {
        Instant now = clock.instant();
        // a case number sent again is rare: the ledger's unique key finds it, and then each is taken on its own
        Map<String, ReferralLedger.Submission> fresh = new LinkedHashMap<>();
        List<Result> results = new ArrayList<>();
        for (Item item : items) {
            String sourceRef = item.referral().path("sourceRef").asText();
            String key = item.sender().id() + "\u001f" + sourceRef;
            if (fresh.containsKey(key)) {
                results.add(duplicateOf(fresh.get(key).referral()));
            } else {
                ReferralLedger.Submission submission = prepare(item.sender(), item.referral(), now);
                fresh.put(key, submission);
                results.add(resultOf(submission.referral()));
            }
        }
        try {
            ledger.insertSubmissions(List.copyOf(fresh.values()));
        } catch (RuntimeException groupFailed) {
            if (groupFailed instanceof DuplicateKeyException) {
                log.debug("A group of {} submissions holds a case number already accepted; one by one", items.size());
            } else {
                log.info("A group of {} submissions could not be written together ({}); one by one", items.size(), groupFailed.toString());
            }
            return items.stream().map(i -> submit(i.sender(), i.referral())).toList();
        }
        fresh.values().forEach(x -> alertIfUnroutable(x.referral()));
        publisher.publishAll(fresh.values().stream().flatMap(x -> x.messages().stream()).toList());
        return results;
    }

    private ReferralLedger.Submission prepare(Agency sender, JsonNode referral, Instant now) {
        ReferralTriage.Triage t = triage.triage(referral);
        String region = referral.path("region").asText();
        String category = referral.path("matter").path("category").asText();
        String receiverKind = referral.path("receiverKind").asText();
        Optional<Agency> committee = mediation.committeeFor(referral, t);
        Optional<Agency> receiver = committee.or(() -> receivers.select(region, category, receiverKind));
        ReferralStatus status = receiver.isPresent() ? ReferralStatus.SUBMITTED : ReferralStatus.UNROUTABLE;
        String id = newReferralId(now);
        List<String> fired = new ArrayList<>(t.rulesFired());
        committee.ifPresent(c -> fired.add(RuleIds.MEDIATION_FIRST));
        JsonNode amount = referral.path("amountClaimed");
        StoredReferral stored = StoredReferral.submitted(id, sender.id(), referral.path("sourceRef").asText(),
                receiver.map(Agency::id).orElse(null), receiver.map(a -> a.kind().slug()).orElse(receiverKind), region, category,
                referral.path("applicant").path("group").asText(), status.name(), t.priority(), t.greenChannel(), t.urgent(),
                List.copyOf(fired), referral.toString(), now, keys.of(referral), Math.max(1, referral.path("peopleCount").asInt(1)),
                amount.isNumber() ? amount.decimalValue() : null, committee.isPresent() ? receiverKind : null);
        OutboundMessage message = envelopes.wrap("REFERRAL", sender.id(),
                receiver.map(Agency::id).orElse(OutboundMessage.UNROUTABLE), id, t.priority(), referral, triageOf(stored), now);
        TimelineEntry submitted = TimelineEntry.event(now, "SUBMITTED", sender.id(), status.name(),
                fired.isEmpty() ? null : "rules: " + String.join(",", fired));
        return new ReferralLedger.Submission(stored, submitted, message, intakeRules.apply(stored, referral, t, committee, now));
    }

    private static void alertIfUnroutable(StoredReferral r) {
        if (r.receiverAgency() == null) {
            log.warn("ALERT unroutable referral {} from {}: no rule for region {} category {} kind {}",
                    r.id(), r.senderAgency(), r.region(), r.category(), r.receiverKind());
        }
    }

    private static Result resultOf(StoredReferral r) {
        return new Result(r.id(), r.status(), r.receiverAgency(), false);
    }

    private Result duplicateOf(StoredReferral earlier) {
        return new Result(earlier.id(), earlier.status(), earlier.receiverAgency(), true);
    }

    private static JsonNode triageOf(StoredReferral stored) {
        ObjectNode triage = JsonNodeFactory.instance.objectNode();
        triage.put("greenChannel", stored.greenChannel());
        triage.put("urgent", stored.urgent());
        stored.rulesFired().forEach(triage.putArray("rulesFired")::add);
        return triage;
    }

    private String newReferralId(Instant now) {
        StringBuilder id = new StringBuilder("R").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
