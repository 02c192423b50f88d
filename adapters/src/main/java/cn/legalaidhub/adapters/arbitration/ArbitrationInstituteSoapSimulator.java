package cn.legalaidhub.adapters.arbitration;

import static cn.legalaidhub.adapters.arbitration.ArbitrationSoapConfiguration.*;

import cn.legalaidhub.adapters.arbitration.ws.referral.ArbitrationReferralPort;
import cn.legalaidhub.adapters.arbitration.ws.referral.ArbitrationReferralService;
import cn.legalaidhub.adapters.arbitration.ws.types.DisputeReferral;
import cn.legalaidhub.adapters.arbitration.ws.types.QueryReferralStatus;
import cn.legalaidhub.adapters.soap.SoapCallbackServer;
import cn.legalaidhub.adapters.support.SampleReferrals;
import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.net.URL;
import java.util.Map;

/**
 * An arbitration institute's case system as the hub sees it over SOAP: clients generated from
 * ArbitrationReferralService.wsdl that refer disputes and ask for their status (HTTP Basic: agency id +
 * API key), and the institute's own callback service (ArbitrationInstituteCallback.wsdl) on 127.0.0.1,
 * which records the hub's status notices once each.
 */
public final class ArbitrationInstituteSoapSimulator implements AutoCloseable {

    private final InstituteCallbackRecorder recorder;
    private final SoapCallbackServer callbackServer;
    private final SampleReferrals samples = new SampleReferrals(System.nanoTime());

    private ArbitrationInstituteSoapSimulator(String host, int callbackPort, String callbackUser, String callbackPassword) {
        recorder = new InstituteCallbackRecorder(callbackUser, callbackPassword);
        callbackServer = new SoapCallbackServer(recorder, CALLBACK_WSDL, CALLBACK_SERVICE, CALLBACK_SOAP11, CALLBACK_SOAP12,
                host, callbackPort);
    }

    /**
     * Starts the institute's callback service ({@code callbackPort} 0: a free port); {@code callbackUser}
     * null: the hub need not authenticate to it.
     */
    public static ArbitrationInstituteSoapSimulator callbackOnly(String host, int callbackPort, String callbackUser,
            String callbackPassword) {
        return new ArbitrationInstituteSoapSimulator(host, callbackPort, callbackUser, callbackPassword);
    }

    /** The institute's client of the hub (generated from the WSDL), SOAP 1.1 or 1.2, as the given agency. */
    public static ArbitrationReferralPort client(URI hubBase, String agencyId, String apiKey, boolean soap12) {
        URL wsdl = ArbitrationInstituteSoapSimulator.class.getResource("/schemas/wsdl/arbitration/ArbitrationReferralService.wsdl");
        ArbitrationReferralService service = new ArbitrationReferralService(wsdl);
        ArbitrationReferralPort port = soap12 ? service.getArbitrationReferralSoap12() : service.getArbitrationReferralSoap11();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                hubBase.resolve("/partner/arbitration/ReferralService" + (soap12 ? "12" : "")).toString());
        context.put(BindingProvider.USERNAME_PROPERTY, agencyId);
        context.put(BindingProvider.PASSWORD_PROPERTY, apiKey);
        return port;
    }

    public static QueryReferralStatus byHubId(String hubReferralId) {
        QueryReferralStatus query = new QueryReferralStatus();
        query.setHubReferralId(hubReferralId);
        return query;
    }

    public static QueryReferralStatus byCaseNo(String arbitrationCaseNo) {
        QueryReferralStatus query = new QueryReferralStatus();
        query.setArbitrationCaseNo(arbitrationCaseNo);
        return query;
    }

    /** A realistic migrant worker's wage-arrears referral in the institute's format. */
    public DisputeReferral sampleReferral(String arbitrationCaseNo) {
        return ArbitrationReferralMapping.toPartner(samples.wageArrears(arbitrationCaseNo));
    }

    public InstituteCallbackRecorder callbacks() {
        return recorder;
    }

    public SoapCallbackServer callbackServer() {
        return callbackServer;
    }

    @Override
    public void close() {
        callbackServer.close();
    }
}
