package cn.legalaidhub.agency;

import cn.legalaidhub.contract.AgencyKind;
import java.util.List;
import java.util.Map;

/**
 * One agency of the registry. {@code coordinator} agencies (e.g. a justice bureau) may search every
 * case of their region; all others see only the cases they are party to. {@code settings} are the
 * adapter's own options for this agency (e.g. a webhook signing secret, a SOAP callback user).
 */
public record Agency(
        String id,
        AgencyKind kind,
        String name,
        String region,
        Transport transport,
        String apiKeySha256,
        boolean coordinator,
        List<Liaison> liaisons,
        Map<String, String> settings) {

    /**
     * How the hub reaches the agency: {@code INBOX} (it reads {@code GET /api/v1/inbox}), {@code HTTP}
     * (canonical JSON pushed to its endpoint), or {@code ADAPTER}: the adapter of its kind delivers,
     * from {@code direct:outbound-<kind slug>} (see adapters/docs/README.md).
     */
    public enum TransportType { HTTP, INBOX, ADAPTER }

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

    /** Where the adapter of this agency's kind takes messages to deliver. */
    public String adapterEndpoint() {
        return "direct:outbound-" + kind.slug();
    }

    public String queueName() {
        return "hub.out." + id;
    }
}
