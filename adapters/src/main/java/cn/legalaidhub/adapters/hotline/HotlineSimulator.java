package cn.legalaidhub.adapters.hotline;

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
 * A 12345/12348 hotline work-order system: it transfers calls that need legal aid as work orders
 * ({@code POST /partner/hotline/work-orders}) and runs the work-order API the hub answers on
 * ({@code /work-orders/{gdbh}/replies|return|completion}, {@code /work-orders} for dispatched orders).
 */
public final class HotlineSimulator implements AutoCloseable {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RecordingPartnerServer server;
    private final Random random;
    private HubApiClient hub;

    public HotlineSimulator(String host, int port, long seed) throws IOException {
        this.server = new RecordingPartnerServer(host, port, "/gdxt", null);
        this.random = new Random(seed);
    }

    public HotlineSimulator talkingTo(URI hubUri, String apiKey) {
        this.hub = new HubApiClient(hubUri, apiKey);
        return this;
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public RecordingPartnerServer server() {
        return server;
    }

    /** Everything the hub sent about one work order, in order: replies, return, completion. */
    public List<RecordingPartnerServer.Received> answersTo(String gdbh) {
        return server.received().stream().filter(r -> gdbh.equals(r.document().path("gdbh").asText())).toList();
    }

    public HubApiClient.Response transfer(JsonNode workOrder) throws IOException, InterruptedException {
        return hub.post("/partner/hotline/work-orders", workOrder.toString());
    }

    /** A call of a delivery rider about unpaid wages that the operator transfers to legal aid. */
    public ObjectNode workOrder(String gdbh) {
        LocalDate birth = LocalDate.of(1990 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String id = SampleReferrals.residentId("362427", birth, random.nextInt(999));
        ObjectNode w = mapper.createObjectNode();
        w.put("gdbh", gdbh);
        w.put("rxlx", "12345");
        w.put("ldsj", "2026-11-20T09:12:00+08:00");
        w.put("ldrxm", "刘" + List.of("小军", "春梅", "海峰").get(random.nextInt(3)));
        w.put("xb", (id.charAt(16) - '0') % 2 == 1 ? "男" : "女");
        w.put("zjhm", id);
        w.put("ldrdh", "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
        w.put("rqlb", "新就业形态劳动者");
        w.put("sqfl", "LDBZ-GZQX");
        w.put("sqnr", "来电人反映在温州市永嘉外卖配送服务有限公司从事外卖配送，站点拖欠两个月工资约九千元，要求法律援助。");
        w.put("dfmc", "温州市永嘉外卖配送服务有限公司");
        w.put("sjje", 9000 + random.nextInt(20) * 100);
        w.put("sjrs", 1);
        w.put("xzqh", "330302");
        w.put("jjcd", "一般");
        w.put("blsx", "2026-11-27");
        w.put("sfty", true);
        w.put("zxy", "12345坐席0231");
        return w;
    }

    @Override
    public void close() {
        server.close();
    }
}
