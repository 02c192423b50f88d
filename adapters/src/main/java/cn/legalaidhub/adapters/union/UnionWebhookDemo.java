package cn.legalaidhub.adapters.union;

import cn.legalaidhub.adapters.support.DemoTasks;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's union workstation with a webhook (union-330381): it verifies each signed
 * delivery and its staff accept and assign every referral that arrives, through the hub's events API.
 */
@Component
@Profile("demo")
class UnionWebhookDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnionWebhookDemo.class);

    private final DemoTasks tasks = new DemoTasks("union-webhook", log);
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final UnionWebhookReceiver workstation;
    private final String hubHost;

    UnionWebhookDemo(@Value("${server.address:127.0.0.1}") String hubHost, @Value("${hub.demo.union-webhook-port}") int port,
            @Value("${hub.demo.union-webhook-secret}") String secret) throws IOException {
        this.hubHost = hubHost;
        this.workstation = new UnionWebhookReceiver("127.0.0.1", port, secret);
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        workstation.answeringThrough(DemoTasks.hubUri(ready, hubHost), "demo-union-330381-key");
        tasks.every(6, 10, this::answerNewReferrals);
        log.info("Demo union webhook receiver started at {} (Standard Webhooks signatures checked)", workstation.endpoint());
    }

    private void answerNewReferrals() throws Exception {
        for (JsonNode delivery : workstation.received().values()) {
            String referralId = delivery.path("referralId").asText();
            if ("REFERRAL".equals(delivery.path("type").asText()) && answered.add(referralId)) {
                var answer = workstation.accept(referralId, "瑞安市总工会法律援助工作站 吴律师");
                log.info("工会工作站(webhook)模拟器 accepted and assigned {}: HTTP {}", referralId, answer.status());
            }
        }
    }

    @Override
    public void close() {
        tasks.close();
        workstation.close();
    }
}
