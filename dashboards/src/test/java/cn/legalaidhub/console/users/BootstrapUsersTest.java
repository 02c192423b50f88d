package cn.legalaidhub.console.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.contract.StaffRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Console accounts from configuration, on a real (in-memory H2) database with the console's own migration. */
class BootstrapUsersTest {

    private static final String HASH = "$2a$10$n26ug9GQ.vHoToS2UDqbkuS2v8vZka4j72BDU04fVJ/2V0XFL7M3W";
    private static final Map<String, Agencies.Entry> REGISTRY = Map.of("legalaid-330300",
            new Agencies.Entry("legalaid-330300", "legalaid", "法律援助机构", "温州市法律援助中心", "330300", false));

    private final JdbcTemplate jdbc = database();
    private final Agencies agencies = new Agencies(null, null) {
        @Override
        public Optional<Entry> byId(String id) {
            return Optional.ofNullable(REGISTRY.get(id));
        }
    };

    @Test
    void anAccountAnotherReplicaCreatedFirstIsNotAStartFailure() {
        new ConsoleUsers(jdbc).create("admin-legalaid", "legalaid-330300", StaffRole.ADMINISTRATOR, "其他副本", "{bcrypt}" + HASH, "configuration");
        // this replica looked before the other one inserted: the check says missing, the insert finds the key taken
        ConsoleUsers lateReplica = new ConsoleUsers(jdbc) {
            @Override
            public boolean exists(String username) {
                return false;
            }
        };

        assertThatCode(() -> new BootstrapUsers(properties(account("admin-legalaid", "legalaid-330300")), lateReplica, agencies)
                .run(new DefaultApplicationArguments())).doesNotThrowAnyException();
        assertThat(jdbc.queryForObject("select count(*) from console_user where username = 'admin-legalaid'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anAccountOfAnUnknownAgencyStopsTheStartNamingIt() {
        assertThatThrownBy(() -> new BootstrapUsers(properties(account("admin-nowhere", "nowhere-000000")), new ConsoleUsers(jdbc), agencies)
                .run(new DefaultApplicationArguments()))
                .hasMessageContaining("admin-nowhere").hasMessageContaining("nowhere-000000");
    }

    private static JdbcTemplate database() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:bootstrap-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        try (InputStream in = BootstrapUsersTest.class.getResourceAsStream("/db/migration/V40__console_users.sql")) {
            for (String statement : new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return jdbc;
    }

    private static ConsoleProperties properties(ConsoleProperties.Account account) {
        ConsoleProperties properties = new ConsoleProperties();
        properties.setBootstrapUsers(List.of(account));
        return properties;
    }

    private static ConsoleProperties.Account account(String username, String agency) {
        ConsoleProperties.Account a = new ConsoleProperties.Account();
        a.setUsername(username);
        a.setAgency(agency);
        a.setRole("ADMINISTRATOR");
        a.setPasswordHash(HASH);
        return a;
    }
}
