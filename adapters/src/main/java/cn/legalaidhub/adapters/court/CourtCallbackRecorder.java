package cn.legalaidhub.adapters.court;

import cn.legalaidhub.adapters.court.ws.callback.CourtCallbackPort;
import cn.legalaidhub.adapters.court.ws.types.JieshouHuizhi;
import cn.legalaidhub.adapters.court.ws.types.PingtaiTongzhi;
import cn.legalaidhub.adapters.court.ws.types.Zhuanjiao;
import cn.legalaidhub.adapters.court.ws.types.ZhuangtaiTongzhi;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The court's side of CourtCallbackService.wsdl: stores each forwarded request and each status notice once
 * by its xiaoxiId (delivery is at least once), checks the hub's HTTP Basic credentials when it has some.
 */
@WebService(endpointInterface = "cn.legalaidhub.adapters.court.ws.callback.CourtCallbackPort",
        targetNamespace = CourtSoapConfiguration.CALLBACK_NS, serviceName = "CourtCallbackService")
public class CourtCallbackRecorder implements CourtCallbackPort {

    private static final Logger log = LoggerFactory.getLogger(CourtCallbackRecorder.class);

    private final Map<String, Object> byMessageId = new ConcurrentHashMap<>();
    private final List<Zhuanjiao> referrals = new CopyOnWriteArrayList<>();
    private final List<ZhuangtaiTongzhi> notices = new CopyOnWriteArrayList<>();
    private final List<PingtaiTongzhi> hubNotices = new CopyOnWriteArrayList<>();
    private final AtomicLong deliveries = new AtomicLong();
    private final String expectedAuthorization;
    private volatile Consumer<Zhuanjiao> onNewReferral = z -> { };

    @Resource
    private WebServiceContext context;

    public CourtCallbackRecorder(String username, String password) {
        this.expectedAuthorization = username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    void onNewReferral(Consumer<Zhuanjiao> action) {
        this.onNewReferral = action;
    }

    @Override
    public JieshouHuizhi receiveAssistanceReferral(Zhuanjiao zhuanjiao) {
        checkCredentials();
        deliveries.incrementAndGet();
        boolean first = byMessageId.putIfAbsent(zhuanjiao.getXiaoxiId(), zhuanjiao) == null;
        if (first) {
            referrals.add(zhuanjiao);
            log.info("法院模拟器 received ReceiveAssistanceReferral {} ({} from {})", zhuanjiao.getPingtaiBh(),
                    String.join("/", zhuanjiao.getShenqing().getXzlx()), zhuanjiao.getLaiwenJg());
            onNewReferral.accept(zhuanjiao);
        }
        return answer(first, first ? "(2026)浙0304收" + String.format("%05d", referrals.size()) + "号" : null);
    }

    @Override
    public JieshouHuizhi notifyCaseStatus(ZhuangtaiTongzhi tongzhi) {
        checkCredentials();
        deliveries.incrementAndGet();
        boolean first = byMessageId.putIfAbsent(tongzhi.getXiaoxiId(), tongzhi) == null;
        if (first) {
            notices.add(tongzhi);
            log.info("法院模拟器 received NotifyCaseStatus {} for {} ({}): {} {}", tongzhi.getXiaoxiId(), tongzhi.getPingtaiBh(),
                    tongzhi.getAnhao(), tongzhi.getZt(), tongzhi.getZtmc());
        }
        return answer(first, null);
    }

    @Override
    public JieshouHuizhi receiveHubNotice(PingtaiTongzhi tongzhi) {
        checkCredentials();
        deliveries.incrementAndGet();
        boolean first = byMessageId.putIfAbsent(tongzhi.getXiaoxiId(), tongzhi) == null;
        if (first) {
            hubNotices.add(tongzhi);
            log.info("法院模拟器 received ReceiveHubNotice {} ({}) for {}: {}", tongzhi.getTzbh(), tongzhi.getTzlxmc(),
                    tongzhi.getPingtaiBh(), tongzhi.getBt());
        }
        return answer(first, null);
    }

    /** The hub's own notices to the court (保全协助, 催办 …), each message id once. */
    public List<PingtaiTongzhi> hubNotices() {
        return new ArrayList<>(hubNotices);
    }

    private static JieshouHuizhi answer(boolean first, String intakeNo) {
        JieshouHuizhi h = new JieshouHuizhi();
        h.setJieshou(true);
        h.setChongfu(!first);
        h.setFyslh(intakeNo);
        return h;
    }

    @SuppressWarnings("unchecked")
    private void checkCredentials() {
        if (expectedAuthorization == null) {
            return;
        }
        Map<String, List<String>> headers = (Map<String, List<String>>) context.getMessageContext().get(MessageContext.HTTP_REQUEST_HEADERS);
        List<String> sent = headers == null ? null : headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Authorization")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (sent == null || !sent.contains(expectedAuthorization)) {
            throw new SecurityException("The hub did not authenticate with the court's credentials. 回调认证失败。");
        }
    }

    public List<Zhuanjiao> referrals() {
        return new ArrayList<>(referrals);
    }

    public List<ZhuangtaiTongzhi> notices() {
        return new ArrayList<>(notices);
    }

    public List<ZhuangtaiTongzhi> noticesFor(String pingtaiBh) {
        return notices.stream().filter(n -> pingtaiBh.equals(n.getPingtaiBh())).toList();
    }

    /** Every call that got through, repeats included. */
    public long deliveries() {
        return deliveries.get();
    }
}
