package cn.legalaidhub.adapters.union;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.contract.ContractJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A union workstation's webhook receiver, as the Standard Webhooks specification tells a consumer to
 * write one: it verifies {@code webhook-signature} (HMAC-SHA256 over id.timestamp.body with the
 * shared {@code whsec_} secret) and refuses timestamps more than five minutes off; it keeps each
 * {@code webhook-id} once. It can be stopped and started again on the same port, to play an outage.
 * The workstation's staff answer through the hub's events API ({@link #accept}, {@link #decline},
 * {@link #reportProgress}).
 */
public final class UnionWebhookReceiver implements AutoCloseable {

    /** What the receiver concluded about one request. */
    public enum Verdict { ACCEPTED, DUPLICATE, MISSING_HEADERS, BAD_TIMESTAMP, BAD_SIGNATURE }

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(UnionWebhookReceiver.class);

    private final ObjectMapper mapper = ContractJson.newMapper();
    private final byte[] key;
    private final Clock clock;
    private final String host;
    private final Map<String, JsonNode> received = new ConcurrentHashMap<>();
    private final List<Verdict> verdicts = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile HttpServer server;
    private volatile int port;
    private HubApiClient hub;

    public UnionWebhookReceiver(String host, int port, String secret) throws IOException {
        this(host, port, secret, Clock.systemUTC());
    }

    UnionWebhookReceiver(String host, int port, String secret, Clock clock) throws IOException {
        this.key = StandardWebhookSigner.decode(secret);
        this.clock = clock;
        this.host = host;
        this.port = port;
        start();
    }

    /** The workstation's staff answer through the hub's API with this key. */
    public UnionWebhookReceiver answeringThrough(URI hubUri, String apiKey) {
        this.hub = new HubApiClient(hubUri, apiKey);
        return this;
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        HttpServer s = HttpServer.create(new InetSocketAddress(host, port), 64);
        s.createContext("/webhooks", this::handle);
        s.setExecutor(Executors.newFixedThreadPool(4));
        s.start();
        port = s.getAddress().getPort();
        server = s;
    }

    /** Stops listening (the workstation's server is down); {@link #start()} brings it back on the same port. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    public URI endpoint() {
        return URI.create("http://" + host + ":" + port + "/webhooks");
    }

    /** Envelopes received and verified, by webhook-id. */
    public Map<String, JsonNode> received() {
        return Map.copyOf(received);
    }

    public boolean hasReferral(String referralId) {
        return received.values().stream().anyMatch(e -> "REFERRAL".equals(e.path("type").asText())
                && referralId.equals(e.path("referralId").asText()));
    }

    public List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    public int requests() {
        return requests.get();
    }

    public HubApiClient.Response accept(String referralId, String lawyer) throws IOException, InterruptedException {
        HubApiClient.Response accepted = hub.post("/api/v1/referrals/" + referralId + "/events",
                "{\"type\":\"ACCEPTED\",\"note\":\"工会法律援助工作站已接收\"}");
        if (accepted.status() != 202) {
            return accepted;
        }
        return hub.post("/api/v1/referrals/" + referralId + "/events", mapper.createObjectNode().put("type", "ASSIGNED")
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("assignee", mapper.createObjectNode().put("name", lawyer).put("kind", "WORKSTATION"))
                .toString());
    }

    public HubApiClient.Response decline(String referralId, String reasonCode, String reasonText) throws IOException, InterruptedException {
        return hub.post("/api/v1/referrals/" + referralId + "/events", mapper.createObjectNode().put("type", "DECLINED")
                .put("reasonCode", reasonCode).put("reasonText", reasonText).toString());
    }

    public HubApiClient.Response reportProgress(String referralId, String note) throws IOException, InterruptedException {
        return hub.post("/api/v1/referrals/" + referralId + "/events",
                mapper.createObjectNode().put("type", "PROGRESS").put("note", note).toString());
    }

    /** Checks one request as the specification says; {@code body} is the raw body as received. */
    Verdict verify(String webhookId, String timestamp, String signatures, byte[] body) {
        if (webhookId == null || timestamp == null || signatures == null) {
            return Verdict.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Verdict.BAD_TIMESTAMP;
        }
        byte[] expected = hmac((webhookId + "." + seconds + ".").getBytes(StandardCharsets.UTF_8), body);
        for (String signature : signatures.trim().split(" ")) {
            int comma = signature.indexOf(',');
            if (comma > 0 && "v1".equals(signature.substring(0, comma))) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(signature.substring(comma + 1));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return received.containsKey(webhookId) ? Verdict.DUPLICATE : Verdict.ACCEPTED;
                }
            }
        }
        return Verdict.BAD_SIGNATURE;
    }

    private byte[] hmac(byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            String id = headers.getFirst("webhook-id");
            Verdict verdict = verify(id, headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body);
            verdicts.add(verdict);
            switch (verdict) {
                case ACCEPTED -> {
                    received.put(id, mapper.readTree(body));
                    exchange.sendResponseHeaders(204, -1);
                }
                case DUPLICATE -> exchange.sendResponseHeaders(204, -1);
                case MISSING_HEADERS -> exchange.sendResponseHeaders(400, -1);
                default -> {
                    log.warn("工会工作站模拟器 refused webhook {}: {}", id, verdict);
                    exchange.sendResponseHeaders(401, -1);
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
