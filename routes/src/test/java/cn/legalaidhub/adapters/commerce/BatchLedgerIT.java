package cn.legalaidhub.adapters.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.support.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code commerce_batch} table (migration V20) on both databases the hub runs on: H2 always,
 * PostgreSQL when HUB_TEST_POSTGRES_URL is set (as .ci/run does).
 */
class BatchLedgerIT {

    private static final TestDatabases DATABASES = new TestDatabases();

    static Stream<Arguments> databases() {
        return DATABASES.h2AndPostgres("commerce_it");
    }

    @AfterAll
    static void close() {
        DATABASES.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void recordsABatchFromReceiptToSummary(String db, HikariDataSource ds) {
        TestDatabases.require(ds);
        BatchLedger ledger = new BatchLedger(new JdbcTemplate(ds));
        String agency = "commerce-" + UUID.randomUUID().toString().substring(0, 8);
        String id = "B20261124-" + UUID.randomUUID().toString().substring(0, 8);

        ledger.insert(id, agency, "受理记录.csv", BatchFormat.CSV, BatchLedger.Channel.SFTP, 1234, "ab".repeat(32));
        assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(BatchLedger.Status.RECEIVED);
        assertThat(ledger.unfinished()).extracting(BatchLedger.Batch::id).contains(id);

        ledger.started(id);
        ledger.progress(id, new BatchLedger.Counts(500, 490, 0, 10));
        BatchLedger.Batch running = ledger.find(id).orElseThrow();
        assertThat(running.status()).isEqualTo(BatchLedger.Status.PROCESSING);
        assertThat(running.rowsRead()).isEqualTo(500);
        assertThat(running.startedAt()).isNotNull();

        ledger.delete(id);
        assertThat(ledger.find(id)).as("only a batch never taken is forgotten").isPresent();

        ledger.finished(id, BatchLedger.Status.DONE, new BatchLedger.Counts(1000, 980, 5, 20), null, "results/x.result.csv");
        BatchLedger.Batch done = ledger.find(id).orElseThrow();
        assertThat(done.finished()).isTrue();
        assertThat(done.rowsAccepted()).isEqualTo(980);
        assertThat(done.rowsDuplicate()).isEqualTo(5);
        assertThat(done.rowsRejected()).isEqualTo(20);
        assertThat(done.resultFile()).isEqualTo("results/x.result.csv");
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(ledger.unfinished()).extracting(BatchLedger.Batch::id).doesNotContain(id);

        String second = id + "-2";
        ledger.insert(second, agency, "第二批.xlsx", BatchFormat.XLSX, BatchLedger.Channel.HTTPS, 99, "cd".repeat(32));
        assertThat(ledger.list(agency, 0, 1)).extracting(BatchLedger.Batch::id).containsExactly(second);
        assertThat(ledger.list(agency, 1, 1)).extracting(BatchLedger.Batch::id).containsExactly(id);
        assertThat(ledger.list("commerce-other", 0, 10)).isEmpty();
        ledger.delete(second);
        assertThat(ledger.find(second)).isEmpty();
    }
}
