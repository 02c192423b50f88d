package cn.legalaidhub.adapters.court;

import static cn.legalaidhub.adapters.court.CourtSoapConfiguration.*;

import cn.legalaidhub.adapters.court.ws.assistance.CourtAssistancePort;
import cn.legalaidhub.adapters.court.ws.assistance.CourtAssistanceService;
import cn.legalaidhub.adapters.court.ws.types.Banliqk;
import cn.legalaidhub.adapters.court.ws.types.Kaiting;
import cn.legalaidhub.adapters.court.ws.types.XiezhuShenqing;
import cn.legalaidhub.adapters.court.ws.types.Zhuanjiao;
import cn.legalaidhub.adapters.soap.SoapCallbackServer;
import cn.legalaidhub.adapters.soap.SoapDates;
import cn.legalaidhub.adapters.support.SampleReferrals;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A court's case system as the hub sees it over SOAP: clients generated from CourtAssistanceService.wsdl
 * (HTTP Basic: agency id + API key) and the court's own callback service (CourtCallbackService.wsdl) on
 * 127.0.0.1, which records what the hub forwards once each and, when asked to, answers forwarded requests
 * as a court does: accepted (立案), then a hearing date (听证/开庭).
 */
public final class CourtSoapSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CourtSoapSimulator.class);

    private final CourtCallbackRecorder recorder;
    private final SoapCallbackServer callbackServer;
    private final SampleReferrals samples = new SampleReferrals(System.nanoTime());
    private final ExecutorService responder = Executors.newSingleThreadExecutor();

    private CourtSoapSimulator(String host, int callbackPort, String callbackUser, String callbackPassword) {
        recorder = new CourtCallbackRecorder(callbackUser, callbackPassword);
        callbackServer = new SoapCallbackServer(recorder, CALLBACK_WSDL, CALLBACK_SERVICE, CALLBACK_SOAP11, CALLBACK_SOAP12,
                host, callbackPort);
    }

    /** Starts the court's callback service ({@code callbackPort} 0: a free port). */
    public static CourtSoapSimulator callbackOnly(String host, int callbackPort, String callbackUser, String callbackPassword) {
        return new CourtSoapSimulator(host, callbackPort, callbackUser, callbackPassword);
    }

    /** The court's client of the hub (generated from the WSDL), SOAP 1.1 or 1.2, as the given agency. */
    public static CourtAssistancePort client(URI hubBase, String agencyId, String apiKey, boolean soap12) {
        URL wsdl = CourtSoapSimulator.class.getResource("/schemas/wsdl/court/CourtAssistanceService.wsdl");
        CourtAssistanceService service = new CourtAssistanceService(wsdl);
        CourtAssistancePort port = soap12 ? service.getCourtAssistanceSoap12() : service.getCourtAssistanceSoap11();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                hubBase.resolve("/partner/court/AssistanceService" + (soap12 ? "12" : "")).toString());
        context.put(BindingProvider.USERNAME_PROPERTY, agencyId);
        context.put(BindingProvider.PASSWORD_PROPERTY, apiKey);
        return port;
    }

    /** Answers each forwarded request through {@code client}: 立案受理, then a hearing date. */
    public CourtSoapSimulator respondingThrough(CourtAssistancePort client) {
        recorder.onNewReferral(z -> responder.submit(() -> answer(client, z)));
        return this;
    }

    /** A worker's wage claim that needs property preservation (财产保全), in the court's format. */
    public XiezhuShenqing sampleRequest(String anhao, String region) {
        ObjectNode referral = samples.wageArrears(anhao);
        referral.put("region", region);
        referral.with("matter").put("legalStatus", "FIRST_INSTANCE");
        referral.with("urgency").putArray("reasons").add("PRESERVATION_OF_PROPERTY");
        return CourtReferralMapping.toPartner(referral);
    }

    public static Banliqk report(String pingtaiBh, String sjlx) {
        Banliqk b = new Banliqk();
        b.setPingtaiBh(pingtaiBh);
        b.setSjlx(sjlx);
        return b;
    }

    private void answer(CourtAssistancePort client, Zhuanjiao z) {
        try {
            Banliqk accepted = report(z.getPingtaiBh(), "SL");
            accepted.setJzsm("已立案审查财产保全申请");
            client.reportCaseStatus(accepted);
            Banliqk hearing = report(z.getPingtaiBh(), "JZ");
            hearing.setJd("YS");
            Kaiting kaiting = new Kaiting();
            kaiting.setRq(SoapDates.xmlDate(LocalDate.now(SoapDates.CHINA).plusDays(10).toString()));
            kaiting.setSj("09:30");
            kaiting.setDd("瓯海区人民法院第二审判庭");
            hearing.setKaiting(kaiting);
            hearing.setJzsm("已裁定保全，定期开庭");
            client.reportCaseStatus(hearing);
        } catch (Exception e) {
            log.warn("Court simulator could not answer {}: {}", z.getPingtaiBh(), e.getMessage());
        }
    }

    public CourtCallbackRecorder callbacks() {
        return recorder;
    }

    public SoapCallbackServer callbackServer() {
        return callbackServer;
    }

    @Override
    public void close() {
        responder.shutdownNow();
        callbackServer.close();
    }
}
