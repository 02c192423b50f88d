package cn.legalaidhub.adapters.support;

import cn.legalaidhub.adapters.arbitration.ArbitrationInstituteSimulator;
import cn.legalaidhub.adapters.legalaid.LegalAidCenterSimulator;
import cn.legalaidhub.adapters.union.UnionWorkstationSimulator;
import java.net.URI;
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

    private final DemoTasks referrals = new DemoTasks("arbitration", log);
    private final DemoTasks inbox = new DemoTasks("union-inbox", log);
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
        URI hub = DemoTasks.hubUri(ready, hubHost);
        legalAid = new LegalAidCenterSimulator("127.0.0.1", legalAidPort).respondingThrough(hub, "demo-legalaid-330300-key");
        var arbitration = new ArbitrationInstituteSimulator(new HubApiClient(hub, "demo-arbitration-330300-key"), "温劳人仲案〔2026〕");
        var union = new UnionWorkstationSimulator(new HubApiClient(hub, "demo-union-330300-key"));
        referrals.every(2, referEverySeconds, arbitration::referOne);
        inbox.every(5, 10, union::pollOnce);
        log.info("Demo simulators started: arbitration institute refers every {} s; legal-aid center at {}; union reads its inbox",
                referEverySeconds, legalAid.endpoint());
    }

    @Override
    public void close() {
        referrals.close();
        inbox.close();
        if (legalAid != null) {
            legalAid.close();
        }
    }
}
