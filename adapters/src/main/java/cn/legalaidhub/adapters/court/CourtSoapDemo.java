package cn.legalaidhub.adapters.court;

import cn.legalaidhub.adapters.court.ws.assistance.CourtAssistancePort;
import cn.legalaidhub.adapters.court.ws.types.TijiaoHuizhi;
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
 * The {@code demo} profile's court (court-330302): it asks legal aid to help parties who need property
 * preservation, receives the hub's notices and forwarded requests on its callback service, and answers
 * forwarded requests (立案, then a hearing date) over SOAP.
 */
@Component
@Profile("demo")
class CourtSoapDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CourtSoapDemo.class);

    private final DemoTasks tasks = new DemoTasks("court-soap", log);
    private final AtomicInteger sequence = new AtomicInteger();
    private final String hubHost;
    private final int callbackPort;
    private final String callbackPassword;
    private final int referEverySeconds;
    private CourtSoapSimulator court;

    CourtSoapDemo(@Value("${server.address:127.0.0.1}") String hubHost,
            @Value("${hub.demo.court-callback-port:18092}") int callbackPort,
            @Value("${hub.demo.soap-callback-password:demo-callback-secret}") String callbackPassword,
            @Value("${hub.demo.refer-every-seconds:15}") int referEverySeconds) {
        this.hubHost = hubHost;
        this.callbackPort = callbackPort;
        this.callbackPassword = callbackPassword;
        this.referEverySeconds = referEverySeconds;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        CourtAssistancePort client = CourtSoapSimulator.client(DemoTasks.hubUri(ready, hubHost),
                "court-330302", "demo-court-330302-key", false);
        court = CourtSoapSimulator.callbackOnly("127.0.0.1", callbackPort, "hub", callbackPassword).respondingThrough(client);
        tasks.every(11, referEverySeconds * 3L, () -> requestOne(client));
        log.info("Demo SOAP court started: asks for legal aid over SOAP 1.1, callback service at {}", court.callbackServer().endpoint());
    }

    private void requestOne(CourtAssistancePort client) throws Exception {
        String anhao = "(2026)浙0302民初" + String.format("%04d", sequence.incrementAndGet()) + "号";
        TijiaoHuizhi huizhi = client.submitAssistanceRequest(court.sampleRequest(anhao, "330302"));
        log.info("法院(SOAP)模拟器 asked legal aid for {} → {} {} to {}", anhao, huizhi.getPingtaiBh(), huizhi.getZtmc(), huizhi.getJsjg());
    }

    @Override
    public void close() {
        tasks.close();
        if (court != null) {
            court.close();
        }
    }
}
