package cn.legalaidhub.console.users;

import cn.legalaidhub.contract.StaffRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The console's staff accounts in the ledger database (table {@code console_user}, migration V40). */
@Component
public class ConsoleUsers implements UserDetailsService {

    /** After this many wrong passwords in a row the account is locked for {@link #LOCK_FOR}. */
    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private static final String COLUMNS = "username, agency_id, role, display_name, password_hash, enabled, failed_attempts,"
            + " locked_until, last_login_at";

    private final JdbcTemplate jdbc;

    public ConsoleUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ConsoleUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such console user"));
    }

    public Optional<ConsoleUser> find(String username) {
        return jdbc.query("select " + COLUMNS + " from console_user where username = ?", ConsoleUsers::row, username)
                .stream().findFirst();
    }

    public List<ConsoleUser> ofAgency(String agencyId) {
        return jdbc.query("select " + COLUMNS + " from console_user where agency_id = ? order by username", ConsoleUsers::row,
                agencyId);
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public void create(String username, String agencyId, StaffRole role, String displayName, String passwordHash, String createdBy) {
        jdbc.update("insert into console_user (username, agency_id, role, display_name, password_hash, enabled, failed_attempts,"
                        + " created_at, created_by) values (?, ?, ?, ?, ?, true, 0, ?, ?)",
                username, agencyId, role.name(), displayName, passwordHash, ts(Instant.now()), createdBy);
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.update("update console_user set enabled = ? where username = ?", enabled, username);
    }

    public void setRole(String username, StaffRole role) {
        jdbc.update("update console_user set role = ? where username = ?", role.name(), username);
    }

    public void setPassword(String username, String passwordHash) {
        jdbc.update("update console_user set password_hash = ?, failed_attempts = 0, locked_until = null where username = ?",
                passwordHash, username);
    }

    void recordSuccess(String username) {
        jdbc.update("update console_user set failed_attempts = 0, locked_until = null, last_login_at = ? where username = ?",
                ts(Instant.now()), username);
    }

    void recordFailure(String username) {
        jdbc.update("update console_user set failed_attempts = failed_attempts + 1 where username = ?", username);
        jdbc.update("update console_user set locked_until = ?, failed_attempts = 0 where username = ? and failed_attempts >= ?",
                ts(Instant.now().plus(LOCK_FOR)), username, MAX_FAILED_ATTEMPTS);
    }

    private static ConsoleUser row(ResultSet rs, int n) throws SQLException {
        return new ConsoleUser(rs.getString("username"), rs.getString("agency_id"), StaffRole.valueOf(rs.getString("role")),
                rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"), instant(rs, "last_login_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
