package cn.legalaidhub.adapters.arbitration;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An arbitration institute that refers migrant workers' wage disputes to legal aid (and now and
 * then to the union's legal-aid workstation), as its case system would through the hub's API.
 */
public final class ArbitrationInstituteSimulator {

    private static final Logger log = LoggerFactory.getLogger(ArbitrationInstituteSimulator.class);

    private final HubApiClient hub;
    private final SampleReferrals samples = new SampleReferrals(System.nanoTime());
    private final AtomicInteger sequence = new AtomicInteger();
    private final String casePrefix;

    public ArbitrationInstituteSimulator(HubApiClient hub, String casePrefix) {
        this.hub = hub;
        this.casePrefix = casePrefix;
    }

    /** Refers one dispute; returns the hub's answer. */
    public HubApiClient.Response referOne() throws IOException, InterruptedException {
        int n = sequence.incrementAndGet();
        ObjectNode referral = samples.wageArrears(casePrefix + String.format("%05d", n));
        if (n % 3 == 0) {
            referral.put("receiverKind", "union");
        }
        HubApiClient.Response response = hub.post("/api/v1/referrals", referral.toString());
        log.info("仲裁院模拟器 referred {} → HTTP {} {}", referral.get("sourceRef").asText(), response.status(), response.body());
        return response;
    }
}
