package cn.legalaidhub.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The hub as its own operating-system process, started from the built jar with the embedded
 * defaults, so a test can kill it with SIGKILL and start it again on the same data directory.
 */
public final class HubProcess implements AutoCloseable {

    private final Path jar;
    private final Path dataDir;
    private final List<String> extraArgs;
    private final int port;
    private Process process;
    private Path log;
    private int starts;

    public HubProcess(Path dataDir, List<String> extraArgs) throws IOException {
        this.jar = Path.of("target", "legal-aid-hub.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the hub first (mvn package): " + jar);
        }
        this.dataDir = dataDir;
        this.extraArgs = List.copyOf(extraArgs);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public void start() throws IOException {
        launch();
        awaitReady();
    }

    /** Starts the process without waiting; {@link #awaitReady()} waits. Lets a test start several hubs at once. */
    public void launch() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-jar", jar.toString(),
                "--server.port=" + port, "--hub.data-dir=" + dataDir, "--hub.commerce.sftp.port=0"));
        command.addAll(extraArgs);
        log = dataDir.resolveSibling(dataDir.getFileName() + "-run" + (++starts) + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    public void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        Awaitility.await("hub start (log: " + log + ")").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The hub exited during start; see " + log);
                    }
                    try {
                        var response = client.send(HttpRequest.newBuilder(uri().resolve("/actuator/health/readiness")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
