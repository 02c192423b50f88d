package cn.legalaidhub.adapters.hotline;

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
 * The {@code demo} profile's 12345 hotline (hotline-330300): it transfers a call that needs legal aid as a
 * work order now and then; the hub answers on the hotline's own work-order API (replies, completion).
 */
@Component
@Profile("demo")
class HotlineDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HotlineDemo.class);

    private final DemoTasks tasks = new DemoTasks("hotline", log);
    private final AtomicInteger sequence = new AtomicInteger();
    private final HotlineSimulator hotline;
    private final String hubHost;
    private final int referEverySeconds;

    HotlineDemo(@Value("${server.address:127.0.0.1}") String hubHost, @Value("${hub.demo.hotline-port}") int port,
            @Value("${hub.demo.refer-every-seconds:15}") int referEverySeconds) throws IOException {
        this.hubHost = hubHost;
        this.referEverySeconds = referEverySeconds;
        this.hotline = new HotlineSimulator("127.0.0.1", port, System.nanoTime());
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        hotline.talkingTo(DemoTasks.hubUri(ready, hubHost), "demo-hotline-330300-key");
        tasks.every(17, referEverySeconds * 4L, () -> {
            String gdbh = "12345-WZ-2026-" + String.format("%06d", sequence.incrementAndGet());
            var answer = hotline.transfer(hotline.workOrder(gdbh));
            log.info("12345热线模拟器 transferred work order {}: HTTP {} {}", gdbh, answer.status(), answer.body());
        });
        log.info("Demo hotline started: transfers work orders, takes the hub's answers at {}", hotline.endpoint());
    }

    @Override
    public void close() {
        tasks.close();
        hotline.close();
    }
}
