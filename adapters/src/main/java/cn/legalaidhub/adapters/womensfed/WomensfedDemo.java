package cn.legalaidhub.adapters.womensfed;

import cn.legalaidhub.adapters.support.DemoTasks;
import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.RecordingPartnerServer;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.contract.ContractJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's women's-federation workstation (womensfed-330300): it refers women workers'
 * wage claims in 瑞安 (330381) in its own categories — a small single claim goes to the people's mediation
 * committee first (援调对接), the others alternately to the union workstation — and takes the hub's status
 * events by HTTP push.
 */
@Component
@Profile("demo")
class WomensfedDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WomensfedDemo.class);

    private final ObjectMapper mapper = ContractJson.newMapper();
    private final DemoTasks tasks = new DemoTasks("womensfed", log);
    private final AtomicInteger sequence = new AtomicInteger();
    private final RecordingPartnerServer workstation;
    private final String hubHost;
    private final int referEverySeconds;

    WomensfedDemo(@Value("${server.address:127.0.0.1}") String hubHost, @Value("${hub.demo.womensfed-port}") int port,
            @Value("${hub.demo.refer-every-seconds:15}") int referEverySeconds) throws IOException {
        this.hubHost = hubHost;
        this.referEverySeconds = referEverySeconds;
        this.workstation = new RecordingPartnerServer("127.0.0.1", port, "/messages", received -> log.info(
                "妇联工作站模拟器 received {} for {}", received.document().path("type").asText(), received.document().path("referralId").asText()));
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        HubApiClient hub = new HubApiClient(DemoTasks.hubUri(ready, hubHost), "demo-womensfed-330300-key");
        tasks.every(23, referEverySeconds * 4L, () -> {
            int n = sequence.incrementAndGet();
            var answer = hub.post("/partner/womensfed/referrals", referral(n, n % 2 == 1 ? "legalaid" : "union").toString());
            log.info("妇联工作站模拟器 referred case {}: HTTP {} {}", n, answer.status(), answer.body());
        });
        log.info("Demo women's-federation workstation started: refers women workers' claims, takes status events at {}",
                workstation.endpoint());
    }

    private ObjectNode referral(int n, String receiverKind) {
        LocalDate birth = LocalDate.of(1985 + n % 15, 1 + n % 12, 1 + n % 28);
        ObjectNode r = mapper.createObjectNode();
        r.put("sourceRef", "瑞妇维〔2026〕" + String.format("%04d", n) + "-" + System.currentTimeMillis() % 100000);
        r.put("receiverKind", receiverKind);
        r.put("region", "330381");
        r.putObject("applicant").put("name", "林某" + "芳丽娟".charAt(n % 3)).put("sex", "FEMALE")
                .put("idNumber", SampleReferrals.residentId("330381", birth, 2 * (n % 400) + 2))
                .put("phone", "1385773" + String.format("%04d", n % 10000)).put("group", "WOMAN");
        r.putObject("matter").put("category", "NZG-GZ").put("legalStatus", "NOT_IN_PROCEEDINGS")
                .put("factsClear", true)
                .put("facts", "申请人在瑞安市某鞋业有限公司从事针车工作，产假期间公司停发工资三个月，经协商未果，向妇联维权站求助。");
        r.put("amountClaimed", 6000 + n % 10 * 500);
        r.put("peopleCount", 1);
        r.putObject("opposingParty").put("name", "瑞安市某鞋业有限公司")
                .put("creditCode", SampleReferrals.creditCode("91330381MA2K" + String.format("%05d", n % 100000)));
        r.putObject("consent").put("legalBasis", "APPLICANT_CONSENT");
        return r;
    }

    @Override
    public void close() {
        tasks.close();
        workstation.close();
    }
}
