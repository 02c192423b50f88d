package cn.legalaidhub.adapters.support;

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
import java.util.function.Consumer;

/**
 * The HTTP side of a partner system in a simulator: takes JSON POSTs below its base path, keeps each
 * {@code Idempotency-Key} once (as a real partner must), records what it took by path, and can be
 * stopped and started again on the same port to play an outage.
 */
public final class RecordingPartnerServer implements AutoCloseable {

    /** One document the partner took. */
    public record Received(String path, String idempotencyKey, JsonNode document) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final String host;
    private final String basePath;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final Consumer<Received> onReceived;
    private volatile HttpServer server;
    private volatile int port;

    public RecordingPartnerServer(String host, int port, String basePath, Consumer<Received> onReceived) throws IOException {
        this.host = host;
        this.port = port;
        this.basePath = basePath;
        this.onReceived = onReceived;
        start();
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        HttpServer s = HttpServer.create(new InetSocketAddress(host, port), 64);
        s.createContext(basePath, this::handle);
        s.setExecutor(Executors.newFixedThreadPool(4));
        s.start();
        port = s.getAddress().getPort();
        server = s;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    public URI endpoint() {
        return URI.create("http://" + host + ":" + port + basePath);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<JsonNode> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).map(Received::document).toList();
    }

    /** Every request, repeats included. */
    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath().substring(basePath.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode document;
            try {
                document = mapper.readTree(new String(body, StandardCharsets.UTF_8));
            } catch (IOException notJson) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null || keys.add(key)) {
                Received r = new Received(path, key, document);
                received.add(r);
                if (onReceived != null) {
                    onReceived.accept(r);
                }
            }
            byte[] ok = "{\"code\":\"0\",\"message\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public Map<String, Long> countByPath() {
        return received.stream().collect(java.util.stream.Collectors.groupingBy(Received::path, java.util.stream.Collectors.counting()));
    }
}
