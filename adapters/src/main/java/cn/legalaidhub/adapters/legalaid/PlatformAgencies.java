package cn.legalaidhub.adapters.legalaid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The legal-aid platforms that talk to the hub over messaging: registry entries ({@code hub.agencies})
 * of kind {@code legalaid} with setting {@code channel: amqp}. Read from the configuration, as the
 * adapter may not use the hub's own registry classes.
 */
@Component
public class PlatformAgencies {

    static final String CHANNEL_SETTING = "channel";
    static final String AMQP = "amqp";

    /** One platform: its agency id and the SHA-256 digest of its API key (its broker password). */
    record Platform(String id, String apiKeySha256) {
    }

    /** A registry entry, only the fields the adapter needs. */
    public static class Entry {
        private String id;
        private String kind;
        private String apiKeySha256;
        private Map<String, String> settings = new LinkedHashMap<>();

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getApiKeySha256() { return apiKeySha256; }
        public void setApiKeySha256(String apiKeySha256) { this.apiKeySha256 = apiKeySha256; }
        public Map<String, String> getSettings() { return settings; }
        public void setSettings(Map<String, String> settings) { this.settings = settings; }
    }

    private final List<Platform> platforms = new ArrayList<>();

    public PlatformAgencies(Environment environment) {
        for (Entry e : Binder.get(environment).bind("hub.agencies", Bindable.listOf(Entry.class)).orElse(List.of())) {
            if ("legalaid".equals(e.getKind()) && AMQP.equalsIgnoreCase(e.getSettings().getOrDefault(CHANNEL_SETTING, ""))) {
                platforms.add(new Platform(e.getId(), e.getApiKeySha256() == null ? "" : e.getApiKeySha256().toLowerCase()));
            }
        }
    }

    List<Platform> all() {
        return List.copyOf(platforms);
    }

    /** The platform whose id and API key these are. */
    Optional<Platform> authenticate(String agencyId, String apiKey) {
        if (agencyId == null || apiKey == null) {
            return Optional.empty();
        }
        byte[] digest = sha256(apiKey);
        return platforms.stream().filter(p -> p.id().equals(agencyId))
                .filter(p -> MessageDigest.isEqual(HexFormat.of().parseHex(p.apiKeySha256()), digest))
                .findFirst();
    }

    /** Queue where a platform sends referrals and status events to the hub. */
    static String inboundQueue(String agencyId) {
        return "hub.in.legalaid." + agencyId;
    }

    /** Queue where the hub puts what a platform receives. */
    static String partnerInbox(String agencyId) {
        return "partner." + agencyId + ".inbox";
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
