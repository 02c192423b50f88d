package cn.legalaidhub.support;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Fresh, migrated ledgers on both databases the hub runs on, for a feature's ledger tests: an H2
 * file database, and PostgreSQL (HUB_TEST_POSTGRES_URL; in CI a missing PostgreSQL fails) in a schema
 * of the test's own, so cleaning it never touches what other tests use in the same database.
 */
public final class LedgerDatabases implements AutoCloseable {

    private final List<HikariDataSource> open = new ArrayList<>();

    /** Arguments (name, data source or null when PostgreSQL is not configured) for a parameterized test. */
    public Stream<Arguments> both(String schema) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), schema + "-");
        List<Arguments> dbs = new ArrayList<>();
        dbs.add(Arguments.of("H2", migrated("jdbc:h2:file:" + dir.toAbsolutePath() + "/hub", "sa", "", null)));
        String pg = System.getenv("HUB_TEST_POSTGRES_URL");
        if (pg != null && !pg.isBlank()) {
            dbs.add(Arguments.of("PostgreSQL", migrated(pg, System.getenv("HUB_TEST_POSTGRES_USER"),
                    System.getenv("HUB_TEST_POSTGRES_PASSWORD"), schema)));
        } else if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the ledger tests on PostgreSQL: set HUB_TEST_POSTGRES_URL");
        } else {
            dbs.add(Arguments.of("PostgreSQL", null));
        }
        return dbs.stream();
    }

    public static HikariDataSource require(HikariDataSource ds) {
        Assumptions.assumeTrue(ds != null, "PostgreSQL not configured (HUB_TEST_POSTGRES_URL); runs in CI");
        return ds;
    }

    private HikariDataSource migrated(String url, String user, String password, String schema) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(4);
        if (schema != null) {
            ds.setConnectionInitSql("create schema if not exists " + schema + "; set search_path to " + schema);
        }
        open.add(ds);
        var flyway = Flyway.configure().dataSource(ds).cleanDisabled(false);
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().clean();
        flyway.load().migrate();
        return ds;
    }

    @Override
    public void close() {
        open.forEach(HikariDataSource::close);
    }
}
