package cn.legalaidhub.adapters.soap;

import cn.legalaidhub.contract.HubExchange;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/** The agency the hub's filter authenticated for a SOAP call, read from the servlet request it wrapped. */
public final class SoapCaller {

    private SoapCaller() {
    }

    /** The calling agency's id, if it is of {@code kind}; empty otherwise (never trust a client-set header). */
    public static Optional<String> agencyOfKind(Exchange exchange, String kind) {
        Message cxf = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        if (cxf == null || !(cxf.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest request)) {
            return Optional.empty();
        }
        String agency = request.getHeader(HubExchange.CALLING_AGENCY);
        String agencyKind = request.getHeader(HubExchange.CALLING_AGENCY_KIND);
        return agency != null && kind.equals(agencyKind) ? Optional.of(agency) : Optional.empty();
    }
}
