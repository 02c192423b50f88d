package cn.legalaidhub.console.users;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.contract.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the configured accounts that do not exist yet. A bad entry (unknown agency or role, a password
 * hash that is not bcrypt) stops the hub with a message naming it, as the agency registry does.
 */
@Component
@EnableConfigurationProperties(ConsoleProperties.class)
class BootstrapUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapUsers.class);
    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    private static final Pattern BCRYPT = Pattern.compile("^(\\{bcrypt\\})?\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

    private final ConsoleProperties properties;
    private final ConsoleUsers users;
    private final Agencies agencies;

    BootstrapUsers(ConsoleProperties properties, ConsoleUsers users, Agencies agencies) {
        this.properties = properties;
        this.users = users;
        this.agencies = agencies;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ConsoleProperties.Account> accounts = new ArrayList<>(properties.getBootstrapUsers());
        accounts.addAll(properties.getDemoUsers());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            ConsoleProperties.Account a = accounts.get(i);
            List<String> entry = check(a);
            if (!entry.isEmpty()) {
                problems.add("hub.console account " + i + " (" + a.getUsername() + "): " + String.join("; ", entry));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid console accounts:\n  " + String.join("\n  ", problems));
        }
        for (ConsoleProperties.Account a : accounts) {
            if (!users.exists(a.getUsername())) {
                String hash = a.getPasswordHash().startsWith("{") ? a.getPasswordHash() : "{bcrypt}" + a.getPasswordHash();
                try {
                    users.create(a.getUsername(), a.getAgency(), StaffRole.valueOf(a.getRole()),
                            a.getDisplayName() == null ? a.getUsername() : a.getDisplayName(), hash, "configuration");
                    log.info("Console account {} ({}, {}) created from configuration", a.getUsername(), a.getAgency(), a.getRole());
                } catch (DuplicateKeyException e) {
                    // two replicas starting together on one database: the other one created it first
                    log.info("Console account {} was created meanwhile by another replica", a.getUsername());
                }
            }
        }
    }

    private List<String> check(ConsoleProperties.Account a) {
        List<String> problems = new ArrayList<>();
        if (a.getUsername() == null || !USERNAME.matcher(a.getUsername()).matches()) {
            problems.add("username must be 3-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (a.getAgency() == null || agencies.byId(a.getAgency()).isEmpty()) {
            problems.add("agency '" + a.getAgency() + "' is not in the agency registry");
        }
        try {
            StaffRole.valueOf(String.valueOf(a.getRole()));
        } catch (IllegalArgumentException e) {
            problems.add("role '" + a.getRole() + "' is not one of " + List.of(StaffRole.values()));
        }
        if (a.getPasswordHash() == null || !BCRYPT.matcher(a.getPasswordHash()).matches()) {
            problems.add("password-hash must be a bcrypt hash ($2a$/$2b$/$2y$, optionally prefixed {bcrypt})");
        }
        return problems;
    }
}
