package cn.legalaidhub.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The two databases the ledger runs on, freshly migrated for one test class: an H2 file database
 * and, when HUB_TEST_POSTGRES_URL is set (.ci/run sets it; in CI its absence fails), a schema of its
 * own in PostgreSQL, dropped at the end — so test runs sharing one server never see each other's rows.
 */
public final class TestDatabases implements AutoCloseable {

    private record Opened(HikariDataSource dataSource, String schema) {
    }

    private final List<Opened> open = new ArrayList<>();

    /** The data source of one of {@link #h2AndPostgres}'s arguments; skips the test when PostgreSQL is not configured outside CI. */
    public static HikariDataSource require(HikariDataSource ds) {
        Assumptions.assumeTrue(ds != null, "PostgreSQL not configured (HUB_TEST_POSTGRES_URL); runs in CI");
        return ds;
    }

    /** Arguments (name, data source); the data source is null when PostgreSQL is not configured outside CI. */
    public Stream<Arguments> h2AndPostgres(String purpose) {
        List<Arguments> dbs = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), purpose + "-");
            dbs.add(Arguments.of("H2", migrated("jdbc:h2:file:" + dir.toAbsolutePath() + "/hub", "sa", "", null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String pg = System.getenv("HUB_TEST_POSTGRES_URL");
        if (pg != null && !pg.isBlank()) {
            String schema = (purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT).replace('-', '_');
            dbs.add(Arguments.of("PostgreSQL", migrated(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    System.getenv("HUB_TEST_POSTGRES_USER"), System.getenv("HUB_TEST_POSTGRES_PASSWORD"), schema)));
        } else if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the ledger tests on PostgreSQL: set HUB_TEST_POSTGRES_URL");
        } else {
            dbs.add(Arguments.of("PostgreSQL", null));
        }
        return dbs.stream();
    }

    private HikariDataSource migrated(String url, String user, String password, String schema) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(4);
        open.add(new Opened(ds, schema));
        var flyway = Flyway.configure().dataSource(ds);
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
        return ds;
    }

    @Override
    public void close() {
        for (Opened o : open) {
            // JUnit has usually closed the data source already (parameterized tests close AutoCloseable arguments)
            o.dataSource().close();
            if (o.schema() != null) {
                try (var c = java.sql.DriverManager.getConnection(o.dataSource().getJdbcUrl(), o.dataSource().getUsername(),
                        o.dataSource().getPassword()); var statement = c.createStatement()) {
                    statement.execute("drop schema if exists " + o.schema() + " cascade");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Could not drop test schema " + o.schema(), e);
                }
            }
        }
        open.clear();
    }
}
