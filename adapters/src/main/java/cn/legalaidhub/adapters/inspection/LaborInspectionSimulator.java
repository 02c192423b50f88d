package cn.legalaidhub.adapters.inspection;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.RecordingPartnerServer;
import cn.legalaidhub.adapters.support.SampleReferrals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A labor-inspection complaint system (劳动保障监察投诉举报系统) as the hub sees it. It refers
 * wage-arrears complaints to legal aid in its own fields ({@code POST /partner/inspection/complaints}),
 * reports its handling of referrals it received, and runs an HTTP server taking the hub's referrals,
 * status feedback and early warnings ({@code /referrals}, {@code /status-feedback}, {@code /warnings}).
 */
public final class LaborInspectionSimulator implements AutoCloseable {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RecordingPartnerServer server;
    private final Random random;
    private HubApiClient hub;

    public LaborInspectionSimulator(String host, int port, long seed) throws IOException {
        this.server = new RecordingPartnerServer(host, port, "/ldbzjc", null);
        this.random = new Random(seed);
    }

    public LaborInspectionSimulator talkingTo(URI hubUri, String apiKey) {
        this.hub = new HubApiClient(hubUri, apiKey);
        return this;
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public RecordingPartnerServer server() {
        return server;
    }

    /** Status feedback the hub sent, in inspection's fields. */
    public List<JsonNode> feedback() {
        return server.received("/status-feedback");
    }

    public List<JsonNode> referrals() {
        return server.received("/referrals");
    }

    public List<JsonNode> warnings() {
        return server.received("/warnings");
    }

    public HubApiClient.Response refer(JsonNode complaint) throws IOException, InterruptedException {
        return hub.post("/partner/inspection/complaints", complaint.toString());
    }

    /** Reports handling of a referral it received: 11 立案, 12 退回, 13 调查处理中, 14 结案. */
    public HubApiClient.Response report(String referralId, JsonNode feedback) throws IOException, InterruptedException {
        return hub.post("/partner/inspection/referrals/" + referralId + "/feedback", feedback.toString());
    }

    /** A realistic wage-arrears complaint of a group of migrant workers, in inspection's fields. */
    public ObjectNode complaint(String tsbh) {
        LocalDate birth = LocalDate.of(1968 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String id = SampleReferrals.residentId("522127", birth, random.nextInt(999));
        ObjectNode c = mapper.createObjectNode();
        c.put("tsbh", tsbh);
        c.put("tsrq", "2026-11-18");
        c.put("tsrxm", "杨" + List.of("德明", "志强", "海峰").get(random.nextInt(3)));
        c.put("xb", (id.charAt(16) - '0') % 2 == 1 ? "1" : "2");
        c.put("csrq", birth.toString());
        c.put("sfzh", id);
        c.put("lxdh", "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
        c.put("hjdz", "贵州省遵义市");
        c.put("rylb", "01");
        c.put("dwmc", "温州市鹿城建筑劳务有限公司");
        c.put("tyshxydm", SampleReferrals.creditCode("91330302MA2H" + String.format("%05d", random.nextInt(100_000))));
        c.put("dwdz", "浙江省温州市鹿城区");
        c.put("xmmc", "瓯江路安置房二期项目");
        c.put("zbdw", "浙江瓯建集团有限公司");
        c.put("tslb", "0101");
        c.put("qxje", 8000 + random.nextInt(200) * 500);
        c.put("rs", 1 + random.nextInt(30));
        c.put("qxqj", "2025年9月至2026年1月");
        c.put("tsnr", "投诉人等在瓯江路安置房二期项目从事木工作业，劳务公司拖欠工资，经监察约谈仍未支付，投诉人申请法律援助。");
        c.put("xzqh", "330302");
        c.put("yjbz", random.nextInt(4) == 0 ? "1" : "0");
        c.put("tyfs", "1");
        c.put("cbr", "监察员陈某");
        return c;
    }

    @Override
    public void close() {
        server.close();
    }
}
