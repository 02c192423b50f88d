package cn.legalaidhub.adapters.arbitration;

import static cn.legalaidhub.adapters.arbitration.ArbitrationSoapConfiguration.*;

import cn.legalaidhub.adapters.arbitration.ws.referral.ArbitrationReferralPort;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.HubExchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The arbitration institutes' SOAP service (ArbitrationReferralService.wsdl) under
 * /partner/arbitration/: SOAP 1.1 at {@code ReferralService}, SOAP 1.2 at {@code ReferralService12};
 * and the hub's deliveries to an institute, through its own callback service.
 */
@Component
class ArbitrationSoapRoutes extends RouteBuilder {

    private final ArbitrationSoapRequests requests;
    private final ArbitrationCallbacks callbacks;

    ArbitrationSoapRoutes(ArbitrationSoapRequests requests, ArbitrationCallbacks callbacks) {
        this.requests = requests;
        this.callbacks = callbacks;
    }

    @Override
    public void configure() {
        // SOAP faults and delivery failures go back to the caller as they are: no retries or logging here.
        errorHandler(noErrorHandler());

        from(service("/ReferralService", "ArbitrationReferralSoap11")).routeId("arbitration-soap11")
                .to("direct:arbitration-soap-request");
        from(service("/ReferralService12", "ArbitrationReferralSoap12")).routeId("arbitration-soap12")
                .to("direct:arbitration-soap-request");
        from("direct:arbitration-soap-request").routeId("arbitration-soap-request")
                .process(requests::handle);

        from(HubExchange.outbound(AgencyKind.ARBITRATION)).routeId("outbound-arbitration")
                .process(callbacks::deliver);
    }

    private static String service(String address, String port) {
        return "cxf:" + address + "?bus=#" + BUS + "&serviceClass=" + ArbitrationReferralPort.class.getName()
                + "&wsdlURL=" + SERVICE_WSDL + "&serviceName={" + SERVICE_NS + "}ArbitrationReferralService"
                + "&portName={" + SERVICE_NS + "}" + port;
    }
}
