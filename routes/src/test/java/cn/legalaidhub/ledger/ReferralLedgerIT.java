package cn.legalaidhub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;

/**
 * The ledger on both databases it runs on: the H2 file database of the embedded default and
 * PostgreSQL (HUB_TEST_POSTGRES_URL, set by .ci/run; in CI a missing PostgreSQL fails the test).
 */
class ReferralLedgerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("ledger_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    private static ReferralLedger ledger(HikariDataSource ds) {
        return TestLedgers.on(TestDatabases.require(ds));
    }

    private static StoredReferral referral(String sender, String sourceRef) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return StoredReferral.submitted("R-" + UUID.randomUUID(), sender, sourceRef, "legalaid-330300", "legalaid", "330302",
                "UNPAID_WAGES", "MIGRANT_WORKER", "SUBMITTED", 7, true, false, List.of("GREEN_CHANNEL_MIGRANT_WORKER"),
                "{\"sourceRef\":\"" + sourceRef + "\",\"facts\":\"拖欠工资\"}", now,
                new StoredReferral.Keys("a-" + sourceRef, "d-" + sourceRef, "CC:91330302MA2000000X"), 1, new java.math.BigDecimal("12000.50"),
                null);
    }

    private static ReferralChange event(String status) {
        return new ReferralChange().status(status)
                .timeline(TimelineEntry.event(Instant.now(), status, "legalaid-330300", status, "{}"));
    }

    private static OutboundMessage message(StoredReferral r, String receiver, int priority, Instant at) {
        return new OutboundMessage(UUID.randomUUID().toString(), "REFERRAL", r.id(), r.senderAgency(), receiver, priority,
                "{\"referralId\":\"" + r.id() + "\"}", at);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesASubmissionWithItsEventAndMessageAndFindsItBySourceRef(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        StoredReferral r = referral("arbitration-330300", "SRC-" + UUID.randomUUID());
        ledger.insertSubmission(r, TimelineEntry.event(r.submittedAt(), "SUBMITTED", r.senderAgency(), "SUBMITTED", null),
                message(r, "legalaid-330300", 7, r.submittedAt()));

        StoredReferral found = ledger.findBySource(r.senderAgency(), r.sourceRef()).orElseThrow();
        assertThat(found).isEqualTo(r);
        assertThat(ledger.timeline(r.id())).extracting(TimelineEntry::type).containsExactly("SUBMITTED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameSourceRefOfTheSameSenderIsRefusedAtomically(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        String sourceRef = "SRC-" + UUID.randomUUID();
        StoredReferral first = referral("arbitration-330300", sourceRef);
        StoredReferral second = referral("arbitration-330300", sourceRef);
        ledger.insertSubmission(first, TimelineEntry.event(first.submittedAt(), "SUBMITTED", "a", "SUBMITTED", null),
                message(first, "legalaid-330300", 4, first.submittedAt()));
        OutboundMessage secondMessage = message(second, "legalaid-330300", 4, second.submittedAt());

        assertThatThrownBy(() -> ledger.insertSubmission(second,
                TimelineEntry.event(second.submittedAt(), "SUBMITTED", "a", "SUBMITTED", null), secondMessage))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(ledger.message(secondMessage.id())).as("nothing of the refused submission is kept").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEventAgainstAStaleVersionIsRefused(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        StoredReferral r = referral("arbitration-330300", "SRC-" + UUID.randomUUID());
        ledger.insertSubmission(r, TimelineEntry.event(r.submittedAt(), "SUBMITTED", "a", "SUBMITTED", null),
                message(r, "legalaid-330300", 4, r.submittedAt()));

        StoredReferral accepted = ledger.apply(r, event("ACCEPTED"), Instant.now());

        assertThat(accepted.version()).isEqualTo(2);
        assertThatThrownBy(() -> ledger.apply(r, event("DECLINED"), Instant.now()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(ledger.find(r.id()).orElseThrow().status()).isEqualTo("ACCEPTED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theInboxHandsOverMostUrgentFirstThenOldestAndOnlyOnce(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        String receiver = "union-" + UUID.randomUUID().toString().substring(0, 8);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> expected = new ArrayList<>();
        int[][] priorityAndAge = {{4, 3}, {9, 1}, {4, 2}, {7, 0}};
        String[] ids = new String[4];
        for (int i = 0; i < 4; i++) {
            StoredReferral r = referral("arbitration-330300", "SRC-" + UUID.randomUUID());
            OutboundMessage m = message(r, receiver, priorityAndAge[i][0], t0.minusSeconds(priorityAndAge[i][1]));
            ledger.insertSubmission(r, TimelineEntry.event(t0, "SUBMITTED", "a", "SUBMITTED", null), m);
            ids[i] = m.id();
        }
        expected.addAll(List.of(ids[1], ids[3], ids[0], ids[2]));

        InboxPage first = ledger.fetchInbox(receiver, null, 0, 3);
        InboxPage second = ledger.fetchInbox(receiver, null, 0, 3);

        assertThat(first.items()).extracting(OutboundMessage::id).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(second.items()).extracting(OutboundMessage::id).containsExactly(expected.get(3));
        assertThat(ledger.fetchInbox(receiver, null, 0, 3).items()).isEmpty();
        assertThat(ledger.isDelivered(ids[1])).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unenqueuedMessagesAreFoundForTheRelayUntilMarked(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        StoredReferral r = referral("arbitration-330300", "SRC-" + UUID.randomUUID());
        OutboundMessage m = message(r, "legalaid-330300", 4, Instant.now().minusSeconds(60));
        ledger.insertSubmission(r, TimelineEntry.event(Instant.now(), "SUBMITTED", "a", "SUBMITTED", null), m);

        assertThat(ledger.unenqueued(Instant.now(), 10_000)).extracting(OutboundMessage::id).contains(m.id());
        ledger.markEnqueued(List.of(m.id()));
        assertThat(ledger.unenqueued(Instant.now(), 10_000)).extracting(OutboundMessage::id).doesNotContain(m.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deliveryReceiptsAdvanceTheStatusOnlyForward(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        StoredReferral r = referral("arbitration-330300", "SRC-" + UUID.randomUUID());
        OutboundMessage m = message(r, "legalaid-330300", 4, Instant.now());
        ledger.insertSubmission(r, TimelineEntry.event(Instant.now(), "SUBMITTED", "a", "SUBMITTED", null), m);
        ledger.apply(r, event("ACCEPTED"), Instant.now());

        ledger.recordDelivered(m.id(), "HTTP 200");
        ledger.recordDelivered(m.id(), "HTTP 200");

        assertThat(ledger.find(r.id()).orElseThrow().status()).isEqualTo("ACCEPTED");
        assertThat(ledger.timeline(r.id())).extracting(TimelineEntry::type).containsExactly("SUBMITTED", "ACCEPTED", "DELIVERED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangeWritesRulesPartiesAndOtherWritesInOneTransaction(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        StoredReferral r = referral("arbitration-330300", "SRC-" + UUID.randomUUID());
        ledger.insertSubmission(r, TimelineEntry.event(r.submittedAt(), "SUBMITTED", "a", "SUBMITTED", null),
                message(r, "legalaid-330300", 4, r.submittedAt()));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        ledger.apply(r, event("ACCEPTED").party("union-330300", "ASSIGNEE")
                .ruleFired(new ReferralChange.RuleFired("URGENT_ART44", "法律援助法第44条", "limitation in 3 days", at)), at);
        StoredReferral now = ledger.find(r.id()).orElseThrow();
        assertThatThrownBy(() -> ledger.apply(now, event("GRANTED").write(() -> {
            throw new IllegalStateException("a feature's write failed");
        }), Instant.now())).hasMessageContaining("a feature's write failed");

        StoredReferral after = ledger.find(r.id()).orElseThrow();
        assertThat(after.status()).as("the failed change left nothing").isEqualTo("ACCEPTED");
        assertThat(after.rulesFired()).containsExactly("GREEN_CHANNEL_MIGRANT_WORKER", "URGENT_ART44");
        assertThat(ledger.rulesFired(r.id())).extracting(ReferralChange.RuleFired::ruleId).containsExactly("URGENT_ART44");
        assertThat(ledger.rulesFired(r.id()).get(0).at()).isEqualTo(at);
        assertThat(ledger.isParty(after, "union-330300")).isTrue();
        assertThat(ledger.isParty(after, "court-330300")).isFalse();
        assertThat(after.keys().employer()).isEqualTo("CC:91330302MA2000000X");
        assertThat(after.amountClaimed()).isEqualByComparingTo("12000.50");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLateReceiptFromAFormerReceiverDoesNotMoveTheNewReceiversCase(String db, HikariDataSource ds) {
        ReferralLedger ledger = ledger(ds);
        StoredReferral r = referral("arbitration-330300", "SRC-" + UUID.randomUUID());
        OutboundMessage toFirst = message(r, "legalaid-330300", 4, Instant.now());
        ledger.insertSubmission(r, TimelineEntry.event(Instant.now(), "SUBMITTED", "a", "SUBMITTED", null), toFirst);
        ledger.apply(r, new ReferralChange().status("SUBMITTED").receiver("legalaid-140100", "legalaid"), Instant.now());

        ledger.recordDelivered(toFirst.id(), "HTTP 200");

        assertThat(ledger.find(r.id()).orElseThrow().status()).isEqualTo("SUBMITTED");
        assertThat(ledger.timeline(r.id())).extracting(TimelineEntry::type).containsExactly("SUBMITTED", "DELIVERED");
    }
}
