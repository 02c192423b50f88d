package cn.legalaidhub.adapters.legalaid;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.contract.ContractJson;
import cn.legalaidhub.contract.Envelope;
import cn.legalaidhub.contract.MessageType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A legal-aid center's case system as the hub sees it: an HTTP endpoint that takes the hub's
 * envelopes (POST /messages, JSON, Idempotency-Key header). Like a real partner it processes each
 * Idempotency-Key once (delivery is at least once); it counts every delivery, keeps what it took by
 * message type (meeting notices, bulletins, the hub's notices), can be made to fail, and can answer
 * referrals the way a center does: accept, then assign a lawyer, through the hub's API.
 */
public final class LegalAidCenterSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LegalAidCenterSimulator.class);

    private final ObjectMapper mapper = ContractJson.newMapper();
    private final Map<String, AtomicInteger> deliveriesByMessage = new ConcurrentHashMap<>();
    private final Map<String, Long> referralsReceived = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> messagesByReferral = new ConcurrentHashMap<>();
    private final Set<String> statusEventsReceived = ConcurrentHashMap.newKeySet();
    private final Map<MessageType, List<JsonNode>> receivedByType = new ConcurrentHashMap<>();
    private final AtomicLong rawDeliveries = new AtomicLong();
    private final ExecutorService responder = Executors.newSingleThreadExecutor();
    private final HttpServer server;
    private volatile boolean failing;
    private volatile HubApiClient hub;

    public LegalAidCenterSimulator(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 128);
        server.createContext("/messages", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** Answers each referral with ACCEPTED then ASSIGNED through the hub's API. */
    public LegalAidCenterSimulator respondingThrough(URI hubUri, String apiKey) {
        this.hub = new HubApiClient(hubUri, apiKey);
        return this;
    }

    public URI endpoint() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/messages");
    }

    public void setFailing(boolean failing) {
        this.failing = failing;
    }

    public long rawDeliveries() {
        return rawDeliveries.get();
    }

    public Set<String> referralsReceived() {
        return Set.copyOf(referralsReceived.keySet());
    }

    /** When a referral first arrived (System.nanoTime()), or null. */
    public Long firstReceivedNanos(String referralId) {
        return referralsReceived.get(referralId);
    }

    public Set<String> statusEventsReceived() {
        return Set.copyOf(statusEventsReceived);
    }

    /** The envelopes of a type the center took (meeting notices, bulletins, notices…), each message once. */
    public List<JsonNode> received(MessageType type) {
        return List.copyOf(receivedByType.getOrDefault(type, List.of()));
    }

    /**
     * Referrals that arrived under more than one message id: the center's deduplication by
     * Idempotency-Key could not catch those, so it would open the case twice.
     */
    public Set<String> referralsDeliveredAsDifferentMessages() {
        Set<String> twice = ConcurrentHashMap.newKeySet();
        messagesByReferral.forEach((referral, messages) -> {
            if (messages.size() > 1) {
                twice.add(referral);
            }
        });
        return twice;
    }

    /** Deliveries repeated with the same Idempotency-Key (at-least-once), which the center ignores. */
    public long repeatedDeliveries() {
        return rawDeliveries.get() - deliveriesByMessage.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failing) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            Envelope envelope = mapper.readValue(body, Envelope.class);
            String messageId = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            rawDeliveries.incrementAndGet();
            int seen = deliveriesByMessage.computeIfAbsent(messageId, k -> new AtomicInteger()).incrementAndGet();
            String referralId = envelope.referralId();
            if (seen == 1) {
                receivedByType.computeIfAbsent(envelope.type(), k -> new CopyOnWriteArrayList<>()).add(mapper.readTree(body));
            }
            if (envelope.type() == MessageType.REFERRAL) {
                referralsReceived.putIfAbsent(referralId, System.nanoTime());
                messagesByReferral.computeIfAbsent(referralId, k -> ConcurrentHashMap.newKeySet()).add(messageId);
                if (seen == 1 && hub != null) {
                    responder.submit(() -> answer(referralId));
                }
            } else if (envelope.type() == MessageType.STATUS_EVENT) {
                statusEventsReceived.add(referralId);
            }
            byte[] ok = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
        }
    }

    private void answer(String referralId) {
        try {
            hub.post("/api/v1/referrals/" + referralId + "/events", "{\"type\":\"ACCEPTED\",\"note\":\"符合法律援助条件，予以受理\"}");
            hub.post("/api/v1/referrals/" + referralId + "/events", "{\"type\":\"GRANTED\",\"note\":\"农民工追索劳动报酬，免予经济困难状况审查，决定给予法律援助\"}");
            hub.post("/api/v1/referrals/" + referralId + "/events",
                    "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"周律师\",\"kind\":\"LAWYER\"},\"note\":\"指派浙江瓯越律师事务所周律师承办\"}");
        } catch (IOException e) {
            log.warn("Legal-aid center simulator could not answer {}: {}", referralId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        responder.shutdownNow();
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
