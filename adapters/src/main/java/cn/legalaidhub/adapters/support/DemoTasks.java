package cn.legalaidhub.adapters.support;

import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * The scheduler of one demo-profile partner simulator: its steps run now and then, a failed step is
 * logged and the next one tried (a demo partner, like a real one, carries on after an error).
 */
public final class DemoTasks implements AutoCloseable {

    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private final ScheduledExecutorService scheduler;
    private final String name;
    private final Logger log;

    public DemoTasks(String name, Logger log) {
        this.name = name;
        this.log = log;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The hub's own base URI, once the web server is up. */
    public static URI hubUri(ApplicationReadyEvent ready, String host) {
        return URI.create("http://" + host + ":" + ready.getApplicationContext().getEnvironment().getProperty("local.server.port"));
    }

    public void every(long firstAfterSeconds, long everySeconds, Step step) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                step.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.warn("Demo {} step failed: {}", name, e.getMessage());
            }
        }, firstAfterSeconds, everySeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
