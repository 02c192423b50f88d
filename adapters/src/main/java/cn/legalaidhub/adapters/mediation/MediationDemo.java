package cn.legalaidhub.adapters.mediation;

import cn.legalaidhub.adapters.support.DemoTasks;
import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.RecordingPartnerServer;
import cn.legalaidhub.contract.ContractJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's people's mediation committee (mediation-330381): it takes the cases sent for
 * mediation first by HTTP push and reports an outcome for each — agreement for two in three, no agreement
 * otherwise, on which the hub falls the case back to legal aid (援调对接).
 */
@Component
@Profile("demo")
class MediationDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MediationDemo.class);

    private final ObjectMapper mapper = ContractJson.newMapper();
    private final DemoTasks tasks = new DemoTasks("mediation", log);
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final AtomicInteger outcomes = new AtomicInteger();
    private final RecordingPartnerServer committee;
    private final String hubHost;
    private HubApiClient hub;

    MediationDemo(@Value("${server.address:127.0.0.1}") String hubHost, @Value("${hub.demo.mediation-port}") int port) throws IOException {
        this.hubHost = hubHost;
        this.committee = new RecordingPartnerServer("127.0.0.1", port, "/messages", null);
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        hub = new HubApiClient(DemoTasks.hubUri(ready, hubHost), "demo-mediation-330381-key");
        tasks.every(9, 20, this::reportOutcomes);
        log.info("Demo people's mediation committee started: takes cases at {}", committee.endpoint());
    }

    private void reportOutcomes() throws Exception {
        for (JsonNode envelope : committee.received("")) {
            String referralId = envelope.path("referralId").asText();
            if (!"REFERRAL".equals(envelope.path("type").asText()) || !reported.add(referralId)) {
                continue;
            }
            int n = outcomes.incrementAndGet();
            var outcome = n % 3 == 0
                    ? mapper.createObjectNode().put("agreement", false).put("mediator", "瑞安市人民调解委员会 黄调解员")
                            .put("summary", "用人单位不同意支付产假期间工资")
                    : mapper.createObjectNode().put("agreement", true).put("mediator", "瑞安市人民调解委员会 黄调解员")
                            .put("agreementNo", "瑞调〔2026〕" + (200 + n) + "号").put("amount", 6000).put("summary", "用人单位同意一次性补发");
            var answer = hub.post("/partner/mediation/cases/" + referralId + "/outcome", outcome.toString());
            log.info("人民调解委员会模拟器 reported {} for {}: HTTP {}", outcome.path("agreement").asBoolean() ? "调解成功" : "调解不成",
                    referralId, answer.status());
        }
    }

    @Override
    public void close() {
        tasks.close();
        committee.close();
    }
}
