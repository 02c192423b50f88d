package cn.legalaidhub.adapters.union;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.contract.ContractJson;
import cn.legalaidhub.contract.Envelope;
import cn.legalaidhub.contract.MessageType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trade-union legal-aid workstation without a server: it reads its inbox on the hub, accepts
 * each referral and assigns its duty lawyer.
 */
public final class UnionWorkstationSimulator {

    private static final Logger log = LoggerFactory.getLogger(UnionWorkstationSimulator.class);

    private final HubApiClient hub;
    private final ObjectMapper mapper = ContractJson.newMapper();

    public UnionWorkstationSimulator(HubApiClient hub) {
        this.hub = hub;
    }

    /** Reads one page of the inbox and answers the referrals in it; returns how many messages it read. */
    public int pollOnce() throws IOException, InterruptedException {
        HubApiClient.Response page = hub.get("/api/v1/inbox?size=20");
        if (page.status() != 200) {
            log.warn("工会工作站模拟器 inbox answered HTTP {}: {}", page.status(), page.body());
            return 0;
        }
        JsonNode items = mapper.readTree(page.body()).path("items");
        for (JsonNode item : items) {
            Envelope envelope = mapper.treeToValue(item, Envelope.class);
            if (envelope.type() == MessageType.REFERRAL) {
                String id = envelope.referralId();
                hub.post("/api/v1/referrals/" + id + "/events", "{\"type\":\"ACCEPTED\",\"note\":\"工会法律援助工作站已接收\"}");
                hub.post("/api/v1/referrals/" + id + "/events",
                        "{\"type\":\"ASSIGNED\",\"assignee\":{\"name\":\"工会值班律师\",\"kind\":\"WORKSTATION\"}}");
                log.info("工会工作站模拟器 accepted and assigned {}", id);
            }
        }
        return items.size();
    }
}
