package cn.legalaidhub.adapters.inspection;

import cn.legalaidhub.adapters.support.DemoTasks;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's labor-inspection complaint system (inspection-330300): it refers a wage-arrears
 * complaint in its own fields now and then, and takes the hub's referrals, status feedback and early
 * warnings on its own HTTP server.
 */
@Component
@Profile("demo")
class InspectionDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemo.class);

    private final DemoTasks tasks = new DemoTasks("inspection", log);
    private final AtomicInteger sequence = new AtomicInteger();
    private final LaborInspectionSimulator inspection;
    private final String hubHost;
    private final int referEverySeconds;

    InspectionDemo(@Value("${server.address:127.0.0.1}") String hubHost, @Value("${hub.demo.inspection-port}") int port,
            @Value("${hub.demo.refer-every-seconds:15}") int referEverySeconds) throws IOException {
        this.hubHost = hubHost;
        this.referEverySeconds = referEverySeconds;
        this.inspection = new LaborInspectionSimulator("127.0.0.1", port, System.nanoTime());
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        inspection.talkingTo(DemoTasks.hubUri(ready, hubHost), "demo-inspection-330300-key");
        tasks.every(11, referEverySeconds * 3L, () -> {
            String tsbh = "温人社监投〔2026〕" + String.format("%05d", sequence.incrementAndGet());
            var answer = inspection.refer(inspection.complaint(tsbh));
            log.info("劳动保障监察模拟器 referred complaint {}: HTTP {} {}", tsbh, answer.status(), answer.body());
        });
        log.info("Demo labor-inspection system started: refers complaints, takes referrals and warnings at {}", inspection.endpoint());
    }

    @Override
    public void close() {
        tasks.close();
        inspection.close();
    }
}
