package cn.legalaidhub.console.users;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hub.console}: accounts created at start-up when they do not exist yet — {@code bootstrap-users}
 * (an initial administrator per agency in production) and {@code demo-users} (one per role, for the demo
 * profile and the tests). An existing account is never changed, so a password changed in the console stays.
 */
@ConfigurationProperties("hub.console")
public class ConsoleProperties {

    private List<Account> bootstrapUsers = new ArrayList<>();
    private List<Account> demoUsers = new ArrayList<>();

    public List<Account> getBootstrapUsers() {
        return bootstrapUsers;
    }

    public void setBootstrapUsers(List<Account> bootstrapUsers) {
        this.bootstrapUsers = bootstrapUsers;
    }

    public List<Account> getDemoUsers() {
        return demoUsers;
    }

    public void setDemoUsers(List<Account> demoUsers) {
        this.demoUsers = demoUsers;
    }

    public static class Account {
        private String username;
        private String agency;
        private String role = "ADMINISTRATOR";
        private String displayName;
        /** A bcrypt hash, e.g. from {@code htpasswd -nbBC 12 "" 'password' | tr -d ':\n'}; {@code {bcrypt}} may precede it. */
        private String passwordHash;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPasswordHash() {
            return passwordHash;
        }

        public void setPasswordHash(String passwordHash) {
            this.passwordHash = passwordHash;
        }
    }
}
