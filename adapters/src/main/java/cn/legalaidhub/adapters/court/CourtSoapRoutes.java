package cn.legalaidhub.adapters.court;

import static cn.legalaidhub.adapters.court.CourtSoapConfiguration.*;

import cn.legalaidhub.adapters.court.ws.assistance.CourtAssistancePort;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.HubExchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The courts' SOAP service (CourtAssistanceService.wsdl) under /partner/court/: SOAP 1.1 at
 * {@code AssistanceService}, SOAP 1.2 at {@code AssistanceService12}; and the hub's deliveries to a court
 * through its own callback service (referrals for preservation or enforcement help, status notices).
 */
@Component
class CourtSoapRoutes extends RouteBuilder {

    private final CourtSoapRequests requests;
    private final CourtCallbacks callbacks;

    CourtSoapRoutes(CourtSoapRequests requests, CourtCallbacks callbacks) {
        this.requests = requests;
        this.callbacks = callbacks;
    }

    @Override
    public void configure() {
        // SOAP faults and delivery failures go back to the caller as they are: no retries or logging here.
        errorHandler(noErrorHandler());

        from(service("/AssistanceService", "CourtAssistanceSoap11")).routeId("court-soap11")
                .to("direct:court-soap-request");
        from(service("/AssistanceService12", "CourtAssistanceSoap12")).routeId("court-soap12")
                .to("direct:court-soap-request");
        from("direct:court-soap-request").routeId("court-soap-request")
                .process(requests::handle);

        from(HubExchange.outbound(AgencyKind.COURT)).routeId("outbound-court")
                .process(callbacks::deliver);
    }

    private static String service(String address, String port) {
        return "cxf:" + address + "?bus=#" + BUS + "&serviceClass=" + CourtAssistancePort.class.getName()
                + "&wsdlURL=" + SERVICE_WSDL + "&serviceName={" + SERVICE_NS + "}CourtAssistanceService"
                + "&portName={" + SERVICE_NS + "}" + port;
    }
}
