package cn.legalaidhub.linking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.ledger.TestLedgers;
import cn.legalaidhub.ledger.TimelineEntry;
import cn.legalaidhub.rules.TestRules;
import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Linking on both ledger databases: a batch of new referrals is linked in one transaction — the
 * collective case they form, each member's change and every "looked at" mark — and a batch
 * smaller than asked for ends the sweep's loop.
 */
class CaseLinkerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("linking_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tenClaimsAgainstOneEmployerFormOneCollectiveCaseInOneBatchEachRecordKept(String name, HikariDataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.require(ds));
        ReferralLedger ledger = TestLedgers.on(ds);
        CaseLinker linker = new CaseLinker(jdbc, ledger, TestRules.shipped(), TestLedgers.transactions(ds));
        String employer = "CC:" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StoredReferral r = referral(employer, "applicant-" + UUID.randomUUID(), now.plusMillis(i));
            ledger.insertSubmission(r, TimelineEntry.event(r.submittedAt(), "SUBMITTED", r.senderAgency(), "SUBMITTED", null),
                    new OutboundMessage("M-" + UUID.randomUUID(), "REFERRAL", r.id(), r.senderAgency(), r.receiverAgency(), 7, "{}",
                            r.submittedAt()));
            ids.add(r.id());
        }

        int linked = linker.linkPending(now.plusSeconds(1), 50);

        assertThat(linked).as("fewer than the batch size: the sweep stops asking").isEqualTo(10);
        Map<String, Object> collective = jdbc.queryForMap(
                "select id, member_count, people_count, total_amount from collective_case where employer_key = ?", employer);
        assertThat(collective.get("member_count")).isEqualTo(10);
        assertThat(collective.get("people_count")).isEqualTo(10);
        assertThat(new BigDecimal(collective.get("total_amount").toString())).isEqualByComparingTo("120000.00");
        for (String id : ids) {
            StoredReferral member = ledger.find(id).orElseThrow();
            assertThat(member.collectiveId()).as("each applicant's record stays, linked to the case").isEqualTo(collective.get("id"));
            assertThat(jdbc.queryForObject("select linked from referral where id = ?", Boolean.class, id)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from referral_event where referral_id = ? and type = 'COLLECTIVE_LINKED'",
                    Integer.class, id)).isEqualTo(1);
        }
        assertThat(linker.linkPending(now.plusSeconds(2), 50)).as("nothing is linked twice").isZero();
    }

    private static StoredReferral referral(String employer, String applicant, Instant at) {
        String sourceRef = "SRC-" + UUID.randomUUID();
        return StoredReferral.submitted("R-" + UUID.randomUUID(), "arbitration-330300", sourceRef, "legalaid-330300", "legalaid",
                "330302", "UNPAID_WAGES", "MIGRANT_WORKER", "SUBMITTED", 7, true, false, List.of("GREEN_CHANNEL_MIGRANT_WORKER"),
                "{\"sourceRef\":\"" + sourceRef + "\",\"opposingParty\":{\"name\":\"温州某建筑劳务有限公司\"}}", at,
                new StoredReferral.Keys(applicant, "d-" + applicant, employer), 1, new BigDecimal("12000.00"), null);
    }
}
