package cn.legalaidhub.support;


import cn.legalaidhub.adapters.support.HubApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Reads an inbox agency's messages as its system would, keeping every envelope it has read: fetching
 * hands messages over once, so a test waiting for one message must not lose the others.
 */
public final class InboxReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HubApiClient agency;
    private final List<JsonNode> read = new CopyOnWriteArrayList<>();

    public InboxReader(HubApiClient agency) {
        this.agency = agency;
    }

    /** Fetches until the inbox is empty; answers everything read so far. */
    public List<JsonNode> poll() throws Exception {
        for (int page = 0; page < 50; page++) {
            JsonNode items = JSON.readTree(agency.get("/api/v1/inbox?size=200").body()).path("items");
            items.forEach(read::add);
            if (items.size() < 200) {
                break;
            }
        }
        return List.copyOf(read);
    }

    /** Waits until an envelope of this type whose payload matches has arrived, and answers its payload. */
    public JsonNode await(String type, Predicate<JsonNode> payload) {
        JsonNode[] found = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            for (JsonNode e : poll()) {
                if (type.equals(e.path("type").asText()) && payload.test(e.path("payload"))) {
                    found[0] = e.path("payload");
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The payloads of this type read so far that match. */
    public List<JsonNode> payloads(String type, Predicate<JsonNode> payload) throws Exception {
        return poll().stream().filter(e -> type.equals(e.path("type").asText())).map(e -> e.path("payload")).filter(payload).toList();
    }
}
