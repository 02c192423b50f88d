package cn.legalaidhub.adapters.legalaid;

import cn.legalaidhub.adapters.support.DemoTasks;
import cn.legalaidhub.adapters.support.SampleReferrals;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's provincial legal-aid platform (legalaid-330000), which speaks messaging: over
 * AMQP 1.0 it refers applications made in another city to the Wenzhou center now and then, takes the
 * hub's status events from its queue, and accepts and assigns whatever the hub refers to it.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "hub.adapters.legalaid.amqp.enabled", havingValue = "true")
class ProvincialPlatformDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProvincialPlatformDemo.class);

    private final DemoTasks tasks = new DemoTasks("provincial-platform", log);
    private final SampleReferrals samples = new SampleReferrals(System.nanoTime());
    private final AtomicInteger sequence = new AtomicInteger();
    private final PlatformAcceptor acceptor;
    private final int referEverySeconds;
    private ProvincialPlatformSimulator platform;

    ProvincialPlatformDemo(PlatformAcceptor acceptor,
            @Value("${hub.demo.refer-every-seconds:15}") int referEverySeconds) {
        this.acceptor = acceptor;
        this.referEverySeconds = referEverySeconds;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) throws Exception {
        platform = new ProvincialPlatformSimulator("amqp://127.0.0.1:" + acceptor.port(), "legalaid-330000", "demo-legalaid-330000-key")
                .acceptingEverything();
        tasks.every(29, referEverySeconds * 5L, () -> {
            String sourceRef = "浙法援协〔2026〕" + String.format("%05d", sequence.incrementAndGet());
            platform.refer(samples.wageArrears(sourceRef));
            log.info("省法律援助平台(AMQP)模拟器 referred {} to the hub", sourceRef);
        });
        log.info("Demo provincial legal-aid platform connected over AMQP 1.0 to port {}", acceptor.port());
    }

    @Override
    public void close() {
        tasks.close();
        if (platform != null) {
            platform.close();
        }
    }
}
