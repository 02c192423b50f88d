package cn.legalaidhub.adapters.arbitration;

import cn.legalaidhub.adapters.arbitration.ws.callback.InstituteCallbackPort;
import cn.legalaidhub.adapters.arbitration.ws.types.HubNotice;
import cn.legalaidhub.adapters.arbitration.ws.types.NoticeAck;
import cn.legalaidhub.adapters.arbitration.ws.types.StatusNotice;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The institute's side of ArbitrationInstituteCallback.wsdl: stores each status notice once by its
 * messageId (delivery is at least once), checks the hub's HTTP Basic credentials when it has some.
 */
@WebService(endpointInterface = "cn.legalaidhub.adapters.arbitration.ws.callback.InstituteCallbackPort",
        targetNamespace = ArbitrationSoapConfiguration.CALLBACK_NS, serviceName = "InstituteCallbackService")
public class InstituteCallbackRecorder implements InstituteCallbackPort {

    private static final Logger log = LoggerFactory.getLogger(InstituteCallbackRecorder.class);

    private final Map<String, StatusNotice> byMessageId = new ConcurrentHashMap<>();
    private final List<StatusNotice> inOrder = new CopyOnWriteArrayList<>();
    private final Map<String, HubNotice> hubNotices = new ConcurrentHashMap<>();
    private final AtomicLong deliveries = new AtomicLong();
    private final String expectedAuthorization;

    @Resource
    private WebServiceContext context;

    /** {@code username} null: no authentication asked of the hub. */
    public InstituteCallbackRecorder(String username, String password) {
        this.expectedAuthorization = username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public NoticeAck notifyStatus(StatusNotice notice) {
        checkCredentials();
        deliveries.incrementAndGet();
        boolean first = byMessageId.putIfAbsent(notice.getMessageId(), notice) == null;
        if (first) {
            inOrder.add(notice);
            log.info("仲裁院模拟器 received NotifyStatus {} for {} ({}): {} {}", notice.getMessageId(), notice.getHubReferralId(),
                    notice.getArbitrationCaseNo(), notice.getStatus(), notice.getStatusName());
        }
        NoticeAck ack = new NoticeAck();
        ack.setReceived(true);
        ack.setDuplicate(!first);
        return ack;
    }

    @Override
    public NoticeAck receiveHubNotice(HubNotice notice) {
        checkCredentials();
        deliveries.incrementAndGet();
        boolean first = hubNotices.putIfAbsent(notice.getMessageId(), notice) == null;
        if (first) {
            log.info("仲裁院模拟器 received ReceiveHubNotice {} ({}): {}", notice.getNoticeId(), notice.getNoticeKindName(), notice.getTitle());
        }
        NoticeAck ack = new NoticeAck();
        ack.setReceived(true);
        ack.setDuplicate(!first);
        return ack;
    }

    /** The hub's own notices (reminders, overdue notices …), each message id once. */
    public List<HubNotice> hubNotices() {
        return new ArrayList<>(hubNotices.values());
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
            throw new SecurityException("The hub did not authenticate with the institute's credentials. 回调认证失败。");
        }
    }

    /** Notices stored (each message id once), in arrival order. */
    public List<StatusNotice> notices() {
        return new ArrayList<>(inOrder);
    }

    public List<StatusNotice> noticesFor(String hubReferralId) {
        return inOrder.stream().filter(n -> hubReferralId.equals(n.getHubReferralId())).toList();
    }

    /** Every NotifyStatus call that got through, repeats included. */
    public long deliveries() {
        return deliveries.get();
    }
}
