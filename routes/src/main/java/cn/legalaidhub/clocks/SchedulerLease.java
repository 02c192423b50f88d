package cn.legalaidhub.clocks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease in the ledger database that lets one hub replica at a time run a singleton schedule
 * (the clock sweep). The holder renews it on every run; if it dies, another takes over once the
 * lease has expired. Firing stays exactly-once even without it (see {@link ClockLedger#advance});
 * the lease only spares the others the work.
 */
@Component
public class SchedulerLease {

    private final JdbcTemplate jdbc;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    SchedulerLease(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes or renews the named lease for {@code ttl}; true if this replica holds it now. */
    public boolean tryAcquire(String name, Duration ttl, Instant now) {
        OffsetDateTime until = now.plus(ttl).atOffset(ZoneOffset.UTC);
        int renewed = jdbc.update("update scheduler_lease set owner = ?, expires_at = ? where name = ? and (owner = ? or expires_at < ?)",
                owner, until, name, owner, now.atOffset(ZoneOffset.UTC));
        if (renewed == 1) {
            return true;
        }
        Integer exists = jdbc.queryForObject("select count(*) from scheduler_lease where name = ?", Integer.class, name);
        if (exists != null && exists > 0) {
            return false;
        }
        try {
            jdbc.update("insert into scheduler_lease (name, owner, expires_at) values (?,?,?)", name, owner, until);
            return true;
        } catch (DataIntegrityViolationException raced) {
            return false;
        }
    }

    public String owner() {
        return owner;
    }
}
