package cn.legalaidhub.console.hub;

import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** The hub's agency directory (names, kinds, regions), read once through {@value HubExchange#AGENCY_DIRECTORY}. */
@Component
public class Agencies {

    public record Entry(String id, String kind, String kindLabel, String name, String region, boolean coordinator) {
    }

    private final ProducerTemplate template;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private volatile Map<String, Entry> byId;

    public Agencies(ProducerTemplate template, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.template = template;
        this.mapper = mapper;
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(all().get(id));
    }

    public String name(String id) {
        return id == null ? "" : byId(id).map(Entry::name).orElse(id);
    }

    public Map<String, Entry> all() {
        Map<String, Entry> known = byId;
        if (known == null) {
            known = new LinkedHashMap<>();
            try {
                String body = template.requestBody(HubExchange.AGENCY_DIRECTORY, null, String.class);
                for (JsonNode a : mapper.readTree(body)) {
                    known.put(a.path("id").asText(), new Entry(a.path("id").asText(), a.path("kind").asText(),
                            a.path("kindLabel").asText(), a.path("name").asText(), a.path("region").asText(),
                            a.path("coordinator").asBoolean()));
                }
            } catch (Exception e) {
                throw new IllegalStateException("The hub's agency directory could not be read", e);
            }
            byId = known;
        }
        return known;
    }

    /** Agencies of the same region prefix (first 4 digits) as the given one, e.g. the workstations a center can assign to. */
    public List<Entry> nearby(String agencyId) {
        String region = byId(agencyId).map(Entry::region).orElse("");
        String prefix = region.length() >= 4 ? region.substring(0, 4) : region;
        List<Entry> entries = new ArrayList<>();
        for (Entry e : all().values()) {
            if (!e.id().equals(agencyId) && e.region().startsWith(prefix)) {
                entries.add(e);
            }
        }
        return entries;
    }
}
