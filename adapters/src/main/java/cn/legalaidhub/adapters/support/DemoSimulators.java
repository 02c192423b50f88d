package cn.legalaidhub.adapters.support;

import cn.legalaidhub.adapters.arbitration.ArbitrationInstituteSimulator;
import cn.legalaidhub.adapters.legalaid.LegalAidCenterSimulator;
import cn.legalaidhub.adapters.union.UnionWorkstationSimulator;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: partner systems that talk to the hub over its real interfaces, so a
 * newcomer sees the loop work within a minute — an arbitration institute refers disputes, the
 * legal-aid center (HTTP push) accepts and assigns, the union workstation reads its inbox.
 */
@Component
@Profile("demo")
class DemoSimulators implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoSimulators.class);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final String hubHost;
    private final int legalAidPort;
    private final int referEverySeconds;
    private LegalAidCenterSimulator legalAid;

    DemoSimulators(@Value("${server.address:127.0.0.1}") String hubHost,
            @Value("${hub.demo.legalaid-port:18081}") int legalAidPort,
            @Value("${hub.demo.refer-every-seconds:15}") int referEverySeconds) {
        this.hubHost = hubHost;
        this.legalAidPort = legalAidPort;
        this.referEverySeconds = referEverySeconds;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) throws Exception {
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port");
        URI hub = URI.create("http://" + hubHost + ":" + port);
        legalAid = new LegalAidCenterSimulator("127.0.0.1", legalAidPort).respondingThrough(hub, "demo-legalaid-330300-key");
        var arbitration = new ArbitrationInstituteSimulator(new HubApiClient(hub, "demo-arbitration-330300-key"), "温劳人仲案〔2026〕");
        var union = new UnionWorkstationSimulator(new HubApiClient(hub, "demo-union-330300-key"));
        scheduler.scheduleWithFixedDelay(() -> run(arbitration::referOne), 2, referEverySeconds, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> run(union::pollOnce), 5, 10, TimeUnit.SECONDS);
        log.info("Demo simulators started: arbitration institute refers every {} s; legal-aid center at {}; union reads its inbox",
                referEverySeconds, legalAid.endpoint());
    }

    private void run(Task task) {
        try {
            task.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Demo simulator step failed: {}", e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Task {
        Object run() throws Exception;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        if (legalAid != null) {
            legalAid.close();
        }
    }
}
