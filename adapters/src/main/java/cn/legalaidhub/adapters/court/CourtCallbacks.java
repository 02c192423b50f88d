package cn.legalaidhub.adapters.court;

import cn.legalaidhub.adapters.court.ws.callback.CourtCallbackPort;
import cn.legalaidhub.adapters.court.ws.types.JieshouHuizhi;
import cn.legalaidhub.adapters.soap.SoapClients;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Delivers the hub's messages to a court through its callback service (CourtCallbackService.wsdl):
 * referrals addressed to the court (preservation measures, enforcement help) become
 * ReceiveAssistanceReferral, status events on the court's own requests NotifyCaseStatus. Returns only once
 * the court confirmed (jieshou); otherwise throws, so the hub redelivers and finally dead-letters.
 */
@Component
class CourtCallbacks {

    private final SoapClients<CourtCallbackPort> clients;
    private final ObjectMapper mapper;

    CourtCallbacks(SoapClients<CourtCallbackPort> clients, ObjectMapper mapper) {
        this.clients = clients;
        this.mapper = mapper;
    }

    @SuppressWarnings("unchecked")
    void deliver(Exchange exchange) throws Exception {
        JsonNode envelope = mapper.readTree(exchange.getIn().getBody(String.class));
        String type = envelope.path("type").asText();
        String agency = exchange.getIn().getHeader(HubExchange.AGENCY_ID, String.class);
        if (!"REFERRAL".equals(type) && !"STATUS_EVENT".equals(type)) {
            throw new IllegalArgumentException("The courts' callback service takes referrals and status events only; a " + type
                    + " for " + agency + " cannot be delivered by SOAP. 法院回调服务只接收协助请求和状态通知。");
        }
        String endpoint = exchange.getIn().getHeader(HubExchange.AGENCY_ENDPOINT, String.class);
        CourtCallbackPort client = clients.forAgency(agency, endpoint, exchange.getIn().getHeader(HubExchange.AGENCY_SETTINGS, Map.class));
        JieshouHuizhi answer;
        try {
            answer = "REFERRAL".equals(type)
                    ? client.receiveAssistanceReferral(CourtReferralMapping.forwarded(envelope))
                    : client.notifyCaseStatus(CourtStatusMapping.notice(envelope));
        } catch (RuntimeException e) {
            throw SoapClients.failure("REFERRAL".equals(type) ? "ReceiveAssistanceReferral" : "NotifyCaseStatus", endpoint, e);
        }
        if (answer == null || !answer.isJieshou()) {
            throw new IllegalStateException("The court did not confirm " + type + " (jieshou=false)");
        }
        exchange.getMessage().setHeader(HubExchange.DELIVERY_DETAIL, "SOAP " + ("REFERRAL".equals(type)
                ? "ReceiveAssistanceReferral" : "NotifyCaseStatus") + ": jieshou" + (answer.isChongfu() ? " (chongfu)" : "")
                + (answer.getFyslh() != null ? ", fyslh " + answer.getFyslh() : ""));
    }
}
