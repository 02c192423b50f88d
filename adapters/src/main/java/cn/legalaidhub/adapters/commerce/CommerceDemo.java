package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.adapters.support.DemoTasks;
import cn.legalaidhub.adapters.support.HubApiClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's chamber-of-commerce workstation (温州市总商会法律援助工作站): now and then it
 * uploads a small batch file over SFTP — a few good rows and one with a wrong ID number — and reads
 * the status events of its referrals from the hub's inbox.
 */
@Component
@Profile("demo")
class CommerceDemo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommerceDemo.class);

    private final DemoTasks tasks = new DemoTasks("commerce", log);
    private final CommerceSftpServer sftp;
    private final String hubHost;
    private final int everySeconds;
    private final AtomicInteger files = new AtomicInteger();
    private final WorkstationFiles.SampleRows rows = new WorkstationFiles.SampleRows(System.nanoTime(),
            "GS-WZ-" + System.currentTimeMillis() % 100_000 + "-");
    private WorkstationSimulator workstation;

    CommerceDemo(CommerceSftpServer sftp, @Value("${server.address:127.0.0.1}") String hubHost,
            @Value("${hub.demo.commerce-every-seconds:60}") int everySeconds) {
        this.sftp = sftp;
        this.hubHost = hubHost;
        this.everySeconds = everySeconds;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        HubApiClient hub = new HubApiClient(DemoTasks.hubUri(ready, hubHost), "demo-commerce-330300-key");
        workstation = new WorkstationSimulator("127.0.0.1", sftp.port(), "commerce-330300", "demo-commerce-330300-sftp", null, hub);
        tasks.every(8, everySeconds, this::uploadOne);
        tasks.every(20, 15, this::readStatus);
        log.info("Demo chamber-of-commerce workstation uploads a batch file over SFTP every {} s", everySeconds);
    }

    private void uploadOne() throws Exception {
        List<List<String>> file = new ArrayList<>();
        file.add(WorkstationFiles.header());
        for (int i = 0; i < 4; i++) {
            file.add(rows.next());
        }
        List<String> bad = new ArrayList<>(rows.next());
        bad.set(4, "330302199001011234");
        file.add(bad);
        String name = "受理记录-" + files.incrementAndGet() + ".csv";
        workstation.upload(name, WorkstationFiles.csv(file, StandardCharsets.UTF_8, true));
        log.info("商会工作站模拟器 uploaded {} (5 rows, one with a wrong ID number) over SFTP", name);
    }

    private void readStatus() throws Exception {
        HubApiClient.Response events = workstation.fetchStatusEvents();
        if (events.status() == 200 && events.body().contains("\"type\"")) {
            log.info("商会工作站模拟器 status events: {}", events.body().length() > 300 ? events.body().substring(0, 300) + "…" : events.body());
        }
    }

    @Override
    public void close() throws Exception {
        tasks.close();
        if (workstation != null) {
            workstation.close();
        }
    }
}
