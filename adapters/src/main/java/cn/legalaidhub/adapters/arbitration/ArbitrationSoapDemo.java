package cn.legalaidhub.adapters.arbitration;

import cn.legalaidhub.adapters.arbitration.ws.referral.ArbitrationReferralPort;
import cn.legalaidhub.adapters.arbitration.ws.types.ReferralReceipt;
import cn.legalaidhub.adapters.support.DemoTasks;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's SOAP arbitration institute (arbitration-330302): it refers a dispute over
 * SOAP 1.2 now and then and receives the hub's status notices on its own callback service.
 */
@Component
@Profile("demo")
class ArbitrationSoapDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArbitrationSoapDemo.class);

    private final DemoTasks tasks = new DemoTasks("arbitration-soap", log);
    private final AtomicInteger sequence = new AtomicInteger();
    private final String hubHost;
    private final int callbackPort;
    private final String callbackPassword;
    private final int referEverySeconds;
    private ArbitrationInstituteSoapSimulator institute;

    ArbitrationSoapDemo(@Value("${server.address:127.0.0.1}") String hubHost,
            @Value("${hub.demo.arbitration-soap-callback-port:18091}") int callbackPort,
            @Value("${hub.demo.soap-callback-password:demo-callback-secret}") String callbackPassword,
            @Value("${hub.demo.refer-every-seconds:15}") int referEverySeconds) {
        this.hubHost = hubHost;
        this.callbackPort = callbackPort;
        this.callbackPassword = callbackPassword;
        this.referEverySeconds = referEverySeconds;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        institute = ArbitrationInstituteSoapSimulator.callbackOnly("127.0.0.1", callbackPort, "hub", callbackPassword);
        ArbitrationReferralPort client = ArbitrationInstituteSoapSimulator.client(DemoTasks.hubUri(ready, hubHost),
                "arbitration-330302", "demo-arbitration-330302-key", true);
        tasks.every(7, referEverySeconds * 2L, () -> referOne(client));
        log.info("Demo SOAP arbitration institute started: refers over SOAP 1.2, callback service at {}",
                institute.callbackServer().soap12Endpoint());
    }

    private void referOne(ArbitrationReferralPort client) throws Exception {
        String caseNo = "鹿劳人仲案〔2026〕第" + String.format("%04d", sequence.incrementAndGet()) + "号";
        ReferralReceipt receipt = client.submitReferral(institute.sampleReferral(caseNo));
        log.info("仲裁院(SOAP)模拟器 referred {} → {} {} to {}", caseNo, receipt.getHubReferralId(), receipt.getStatusName(),
                receipt.getReceiverAgency());
    }

    @Override
    public void close() {
        tasks.close();
        if (institute != null) {
            institute.close();
        }
    }
}
