package cn.legalaidhub.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.BulletinCategory;
import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulletins in the ledger on H2 and PostgreSQL: recipients, attachment bytes, acknowledgements, subscriptions. */
class BulletinLedgerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("bulletins_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBulletinKeepsItsAttachmentsAndAcknowledgements(String name, HikariDataSource ds) {
        BulletinLedger ledger = new BulletinLedger(new JdbcTemplate(TestDatabases.require(ds)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = "B" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = "名册\n张三,5个月\n".getBytes(StandardCharsets.UTF_8);
        StoredBulletin b = new StoredBulletin(id, "justice-330300", BulletinCategory.EARLY_WARNING, "330300", List.of("union", "inspection"),
                "预警", "正文", true, now, List.of(new StoredBulletin.Recipient("union-330300", null, null),
                new StoredBulletin.Recipient("inspection-330300", null, null)),
                List.of(new StoredBulletin.Attachment(1, "名册.csv", "text/csv", file.length, Bulletins.sha256(file))));

        ledger.insert(b, List.of(file));

        StoredBulletin read = ledger.find(id).orElseThrow();
        assertThat(read.agencyKinds()).containsExactly("union", "inspection");
        assertThat(read.publishedAt()).isEqualTo(now);
        assertThat(ledger.content(id, 1)).hasValueSatisfying(c -> assertThat(c).isEqualTo(file));
        assertThat(ledger.acknowledge(id, "union-330300", "收悉", now)).isTrue();
        assertThat(ledger.acknowledge(id, "union-330300", "again", now)).as("once").isFalse();
        assertThat(ledger.find(id).orElseThrow().recipient("union-330300").orElseThrow().note()).isEqualTo("收悉");
        assertThat(ledger.involving("inspection-330300", BulletinCategory.EARLY_WARNING, 10)).extracting(StoredBulletin::id).contains(id);
        assertThat(ledger.involving("inspection-330300", BulletinCategory.STATISTICS, 10)).extracting(StoredBulletin::id)
                .doesNotContain(id);

        ledger.replaceSubscriptions("union-330300", List.of(new BulletinLedger.Subscription("union-330300", "*", "IN", "330000"),
                new BulletinLedger.Subscription("union-330300", "STATISTICS", "OUT", "330300")), now);
        ledger.replaceSubscriptions("union-330300", List.of(new BulletinLedger.Subscription("union-330300", "STATISTICS", "OUT", "330300")),
                now);
        assertThat(ledger.subscriptionsOf("union-330300")).singleElement()
                .satisfies(s -> assertThat(s.covers(BulletinCategory.STATISTICS)).isTrue());
    }
}
