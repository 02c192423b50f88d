package cn.legalaidhub.agency;

import cn.legalaidhub.contract.AgencyKind;
import java.util.List;

/**
 * One agency of the registry. {@code coordinator} agencies (e.g. a justice bureau) may search every
 * case of their region; all others see only the cases they are party to.
 */
public record Agency(
        String id,
        AgencyKind kind,
        String name,
        String region,
        Transport transport,
        String apiKeySha256,
        boolean coordinator,
        List<Liaison> liaisons) {

    public enum TransportType { HTTP, INBOX }

    public record Transport(TransportType type, String endpoint) {
    }

    public record Liaison(String name, String role, String phone, String email) {
    }

    /** Region prefix this agency covers: 330300 covers 3303xx, 330000 covers 33xxxx. */
    public String regionPrefix() {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    public String queueName() {
        return "hub.out." + id;
    }
}
