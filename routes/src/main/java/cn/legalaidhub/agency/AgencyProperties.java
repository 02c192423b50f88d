package cn.legalaidhub.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Raw registry entries as written in YAML ({@code hub.agencies}); checked by {@link AgencyRegistry}. */
@ConfigurationProperties("hub")
public class AgencyProperties {

    private List<Entry> agencies = new ArrayList<>();

    public List<Entry> getAgencies() {
        return agencies;
    }

    public void setAgencies(List<Entry> agencies) {
        this.agencies = agencies;
    }

    public static class Entry {
        private String id;
        private String kind;
        private String name;
        private String region;
        private String transport = "inbox";
        private String endpoint;
        private String apiKeySha256;
        private boolean coordinator;
        private List<LiaisonEntry> liaisons = new ArrayList<>();
        private Map<String, String> settings = new LinkedHashMap<>();

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public String getTransport() { return transport; }
        public void setTransport(String transport) { this.transport = transport; }
        public String getEndpoint() { return endpoint; }
        public void setEndpoint(String endpoint) { this.endpoint = endpoint; }
        public String getApiKeySha256() { return apiKeySha256; }
        public void setApiKeySha256(String apiKeySha256) { this.apiKeySha256 = apiKeySha256; }
        public boolean isCoordinator() { return coordinator; }
        public void setCoordinator(boolean coordinator) { this.coordinator = coordinator; }
        public List<LiaisonEntry> getLiaisons() { return liaisons; }
        public void setLiaisons(List<LiaisonEntry> liaisons) { this.liaisons = liaisons; }
        public Map<String, String> getSettings() { return settings; }
        public void setSettings(Map<String, String> settings) { this.settings = settings; }
    }

    public static class LiaisonEntry {
        private String name;
        private String role;
        private String phone;
        private String email;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }
}
