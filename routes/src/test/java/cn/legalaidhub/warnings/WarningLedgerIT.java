package cn.legalaidhub.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Early warnings in the ledger on H2 and PostgreSQL: one warning per cluster generation, optimistic growth, recipients, paging. */
class WarningLedgerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("warnings_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    private static StoredWarning warning(String id, String key, int generation, Grade grade, int claims, Instant at) {
        return new StoredWarning(id, key, generation, StoredWarning.CLUSTER, "330300", "温州市某劳务有限公司", null, grade, EarlyWarnings.OPEN,
                claims, claims * 2, BigDecimal.valueOf(claims * 10_000L), List.of("arbitration", "inspection"), List.of("3件申请"), at, at, at,
                0, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClusterHasOneWarningPerGenerationThatGrowsByCompareAndSet(String name, HikariDataSource ds) {
        WarningLedger ledger = new WarningLedger(new JdbcTemplate(TestDatabases.require(ds)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String key = "CC:" + UUID.randomUUID();
        String id = "W" + UUID.randomUUID().toString().substring(0, 8);
        ledger.insert(warning(id, key, 1, Grade.YELLOW, 3, now));

        assertThatThrownBy(() -> ledger.insert(warning("W" + UUID.randomUUID().toString().substring(0, 8), key, 1, Grade.YELLOW, 3, now)))
                .as("a racing detector cannot raise a second warning for the same cluster").isInstanceOf(DuplicateKeyException.class);

        StoredWarning read = ledger.latest(key).orElseThrow();
        StoredWarning grown = warning(id, key, 1, Grade.ORANGE, 5, now.plusSeconds(60));
        assertThat(ledger.update(grown, read.version())).isTrue();
        assertThat(ledger.update(warning(id, key, 1, Grade.YELLOW, 4, now), read.version())).as("stale version").isFalse();
        StoredWarning after = ledger.find(id).orElseThrow();
        assertThat(after.grade()).isEqualTo(Grade.ORANGE);
        assertThat(after.claims()).isEqualTo(5);
        assertThat(after.version()).isEqualTo(read.version() + 1);
        assertThat(after.channels()).containsExactly("arbitration", "inspection");

        assertThat(ledger.addMembers(id, List.of("R1", "R2"), now)).isEqualTo(2);
        assertThat(ledger.addMembers(id, List.of("R2", "R3"), now)).as("only the new ones").isEqualTo(1);

        ledger.notified(id, "inspection-330300", Grade.YELLOW, now);
        ledger.notified(id, "inspection-330300", Grade.ORANGE, now);
        ledger.notified(id, "police-330300", Grade.ORANGE, now);
        assertThat(ledger.acknowledge(id, "police-330300", Grade.ORANGE, "收悉", now)).isTrue();
        ledger.addAction(id, "police-330300", "已布控", now);
        StoredWarning tracked = ledger.find(id).orElseThrow();
        assertThat(tracked.recipients()).extracting(StoredWarning.Recipient::agencyId).containsExactly("inspection-330300", "police-330300");
        assertThat(tracked.recipient("police-330300").orElseThrow().acknowledged(Grade.ORANGE)).isTrue();
        assertThat(tracked.recipient("police-330300").orElseThrow().acknowledged(Grade.RED)).as("a higher grade needs acknowledging again")
                .isFalse();
        assertThat(ledger.actions(id)).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("已布控"));

        ledger.insert(warning("W" + UUID.randomUUID().toString().substring(0, 8), key, 2, Grade.YELLOW, 3, now.plusSeconds(120)));
        assertThat(ledger.latest(key).orElseThrow().generation()).isEqualTo(2);
        assertThat(ledger.visible("police-330300", null, Grade.ORANGE, null, "3303", 0, 10)).extracting(StoredWarning::id).containsExactly(id);
        assertThat(ledger.visible("nobody", "3303", null, null, null, 0, 1)).hasSize(1);
        assertThat(ledger.countVisible("nobody", "3303", null, null, null)).isGreaterThanOrEqualTo(2);
        assertThat(ledger.countVisible("nobody", null, null, null, null)).isZero();
    }
}
