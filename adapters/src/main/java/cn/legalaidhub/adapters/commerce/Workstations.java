package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.AgencyKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The chamber-of-commerce workstations of the agency registry ({@code hub.agencies} entries of kind
 * {@code commerce}) and their folders. Read from the configuration itself: an adapter never uses the
 * hub's classes. Each workstation has a home {@code <data>/commerce/<agency id>/} with {@code inbox/},
 * {@code processed/}, {@code failed/} and {@code results/}; the hub's working copies are kept apart in
 * {@code <data>/commerce/.spool/<agency id>/}, outside every home.
 */
@Component
class Workstations {

    static final String INBOX = "inbox";
    static final String PROCESSED = "processed";
    static final String FAILED = "failed";
    static final String RESULTS = "results";
    static final List<String> FOLDERS = List.of(INBOX, PROCESSED, FAILED, RESULTS);

    /** A workstation as the registry describes it; {@code settings} hold its SFTP credentials. */
    record Workstation(String id, String name, String region, Map<String, String> settings) {
    }

    /** One registry entry, only the fields this adapter needs. */
    public static class Entry {
        private String id;
        private String kind;
        private String name;
        private String region;
        private Map<String, String> settings = new LinkedHashMap<>();

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public Map<String, String> getSettings() { return settings; }
        public void setSettings(Map<String, String> settings) { this.settings = settings; }
    }

    private final Map<String, Workstation> byId = new LinkedHashMap<>();
    private final Path root;

    Workstations(Environment environment, CommerceSettings settings) {
        this.root = settings.root();
        List<Entry> entries = Binder.get(environment).bind("hub.agencies", Bindable.listOf(Entry.class)).orElse(List.of());
        for (Entry e : entries) {
            if (AgencyKind.COMMERCE.slug().equals(e.kind) && e.id != null) {
                byId.put(e.id, new Workstation(e.id, e.name, e.region, Map.copyOf(e.settings)));
            }
        }
        byId.keySet().forEach(this::createFolders);
    }

    Collection<Workstation> all() {
        return byId.values();
    }

    Optional<Workstation> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    Path home(String agencyId) {
        return root.resolve(agencyId);
    }

    Path folder(String agencyId, String folder) {
        return home(agencyId).resolve(folder);
    }

    /** Where the hub keeps a workstation's files while it works on them (not visible over SFTP). */
    Path spool(String agencyId) {
        return root.resolve(".spool").resolve(agencyId);
    }

    private void createFolders(String agencyId) {
        try {
            for (String folder : FOLDERS) {
                Files.createDirectories(folder(agencyId, folder));
            }
            Files.createDirectories(spool(agencyId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folders of workstation " + agencyId + " under " + root, e);
        }
    }
}
