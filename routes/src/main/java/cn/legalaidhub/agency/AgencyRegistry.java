package cn.legalaidhub.agency;

import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.identifiers.Identifiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The agencies the hub knows, read from {@code hub.agencies}. Every entry is checked at start-up;
 * one bad entry stops the hub with a message naming it. API keys are held only as SHA-256 digests.
 */
@Component
public class AgencyRegistry {

    private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9-]{2,63}$");
    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-f]{64}$");

    private final Map<String, Agency> byId = new LinkedHashMap<>();
    private final Map<String, Agency> byKeyDigest = new LinkedHashMap<>();

    public AgencyRegistry(AgencyProperties properties) {
        List<String> problems = new ArrayList<>();
        List<AgencyProperties.Entry> entries = properties.getAgencies();
        for (int i = 0; i < entries.size(); i++) {
            AgencyProperties.Entry entry = entries.get(i);
            String where = "hub.agencies[" + i + "]" + (entry.getId() == null ? "" : " (id=" + entry.getId() + ")");
            List<String> entryProblems = check(entry);
            if (!entryProblems.isEmpty()) {
                problems.add(where + ": " + String.join("; ", entryProblems));
                continue;
            }
            Agency agency = toAgency(entry);
            if (byId.putIfAbsent(agency.id(), agency) != null) {
                problems.add(where + ": duplicate agency id");
            }
            if (byKeyDigest.putIfAbsent(agency.apiKeySha256(), agency) != null) {
                problems.add(where + ": api-key-sha256 is already used by another agency");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid agency registry:\n  " + String.join("\n  ", problems));
        }
    }

    private static List<String> check(AgencyProperties.Entry e) {
        List<String> problems = new ArrayList<>();
        if (e.getId() == null || !ID.matcher(e.getId()).matches()) {
            problems.add("id must be lower-case letters, digits and '-' (3..64), starting with a letter");
        }
        if (e.getKind() == null || AgencyKind.fromSlug(e.getKind()).isEmpty()) {
            problems.add("kind '" + e.getKind() + "' is not one of " + slugs());
        }
        if (e.getName() == null || e.getName().isBlank()) {
            problems.add("name is missing");
        }
        if (!Identifiers.isDivisionCode(e.getRegion())) {
            problems.add("region '" + e.getRegion() + "' is not a 6-digit GB/T 2260 division code");
        }
        if (e.getApiKeySha256() == null || !SHA256_HEX.matcher(e.getApiKeySha256()).matches()) {
            problems.add("api-key-sha256 must be the lower-case hex SHA-256 digest of the agency's API key");
        }
        String transport = e.getTransport() == null ? "" : e.getTransport().toLowerCase();
        switch (transport) {
            case "inbox", "adapter" -> { }
            case "http" -> {
                if (e.getEndpoint() == null || !e.getEndpoint().matches("^https?://.+")) {
                    problems.add("transport http needs an http(s) endpoint, got '" + e.getEndpoint() + "'");
                }
            }
            default -> problems.add("transport '" + e.getTransport() + "' is not one of [http, inbox, adapter]");
        }
        return problems;
    }

    private static Agency toAgency(AgencyProperties.Entry e) {
        List<Agency.Liaison> liaisons = e.getLiaisons().stream()
                .map(l -> new Agency.Liaison(l.getName(), l.getRole(), l.getPhone(), l.getEmail()))
                .toList();
        return new Agency(e.getId(), AgencyKind.fromSlug(e.getKind()).orElseThrow(), e.getName(), e.getRegion(),
                new Agency.Transport(Agency.TransportType.valueOf(e.getTransport().toUpperCase()), e.getEndpoint()),
                e.getApiKeySha256(), e.isCoordinator(), liaisons, Map.copyOf(e.getSettings()));
    }

    private static List<String> slugs() {
        return java.util.Arrays.stream(AgencyKind.values()).map(AgencyKind::slug).toList();
    }

    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Agency> byApiKey(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? Optional.empty() : Optional.ofNullable(byKeyDigest.get(sha256(apiKey)));
    }

    /**
     * The coordinating agency (justice bureau) responsible for a region: the one whose region covers
     * it most narrowly, e.g. 330300 before 330000 for 330302.
     */
    public Optional<Agency> coordinatorFor(String region) {
        return byId.values().stream().filter(Agency::coordinator).filter(a -> region.startsWith(a.regionPrefix()))
                .max(java.util.Comparator.comparingInt(a -> a.regionPrefix().length()));
    }

    public Collection<Agency> all() {
        return byId.values();
    }

    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
