package cn.legalaidhub.console.users;

import cn.legalaidhub.contract.StaffRole;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in staff member: one agency, one role. */
public record ConsoleUser(String username, String agencyId, StaffRole role, String displayName, String passwordHash,
        boolean enabled, int failedAttempts, Instant lockedUntil, Instant lastLoginAt) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || Instant.now().isAfter(lockedUntil);
    }

    public boolean is(StaffRole... roles) {
        return List.of(roles).contains(role);
    }

    /** Without the hash, for keeping in the session. */
    public ConsoleUser withoutPassword() {
        return new ConsoleUser(username, agencyId, role, displayName, "", enabled, failedAttempts, lockedUntil, lastLoginAt);
    }
}
