package cn.legalaidhub.search.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A real single-node Elasticsearch cluster inside this JVM, bound to a loopback address, keeping
 * its data under the given directory across restarts. The hub's default case-feed store when no
 * external cluster is configured; talk to it over HTTP at {@link #httpUri()} like any cluster.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static volatile boolean loggingConfigured;

    private final Node node;
    private final URI httpUri;
    private volatile boolean closed;

    private EmbeddedElasticsearch(Node node, URI httpUri) {
        this.node = node;
        this.httpUri = httpUri;
    }

    public static EmbeddedElasticsearch start(Path dataDirectory, String host, int httpPort) {
        if (!host.startsWith("127.") && !"localhost".equals(host) && !"::1".equals(host)) {
            throw new IllegalArgumentException("The embedded search node binds to loopback only, not " + host);
        }
        // Artemis' Netty may have set the processor count already; Elasticsearch must not set it again.
        System.setProperty("es.set.netty.runtime.available.processors", "false");
        configureLogging();
        try {
            Path home = dataDirectory.toAbsolutePath();
            Files.createDirectories(home.resolve("config"));
            Settings settings = Settings.builder()
                    .put("cluster.name", "legal-aid-hub")
                    .put("node.name", "legal-aid-hub-embedded")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("discovery.type", "single-node")
                    .put("network.host", host)
                    .put("http.port", Integer.toString(httpPort))
                    .put("transport.port", "0")
                    .put("transport.type", "netty4")
                    .put("http.type", "netty4")
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .put("indices.breaker.total.use_real_memory", false)
                    .put("action.destructive_requires_name", false)
                    .build();
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                    () -> "legal-aid-hub-embedded");
            Node node = new ClasspathPluginsNode(environment, List.of(Netty4Plugin.class, SmartChineseAnalysisPlugin.class));
            node.start();
            awaitRecoveredState(node);
            TransportAddress bound = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
            String hostPart = bound.address().getAddress() instanceof java.net.Inet6Address
                    ? "[" + bound.getAddress() + "]" : bound.getAddress();
            return new EmbeddedElasticsearch(node, URI.create("http://" + hostPart + ":" + bound.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded search node's directory " + dataDirectory, e);
        } catch (NodeValidationException e) {
            throw new IllegalStateException("The embedded search node refused to start: " + e.getMessage(), e);
        }
    }

    /** Until the stored cluster state and every existing index are back, requests would get 503. */
    private static void awaitRecoveredState(Node node) {
        var health = node.client().admin().cluster()
                .health(new ClusterHealthRequest(TimeValue.timeValueSeconds(60)).waitForYellowStatus()
                        .timeout(TimeValue.timeValueSeconds(60)))
                .actionGet(TimeValue.timeValueSeconds(70));
        if (health.isTimedOut()) {
            throw new IllegalStateException("The embedded search node did not recover its indices within 60 s: "
                    + health.getStatus());
        }
    }

    private static synchronized void configureLogging() {
        if (!loggingConfigured) {
            LogConfigurator.configureESLogging();
            loggingConfigured = true;
        }
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:43817}. */
    public URI httpUri() {
        return httpUri;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
