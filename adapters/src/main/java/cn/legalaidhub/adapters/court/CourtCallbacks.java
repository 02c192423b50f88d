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
 * ReceiveAssistanceReferral, status events on the court's own requests NotifyCaseStatus, the hub's notices
 * (e.g. 保全协助) ReceiveHubNotice. Returns only once
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
        String operation = switch (type) {
            case "REFERRAL" -> "ReceiveAssistanceReferral";
            case "STATUS_EVENT" -> "NotifyCaseStatus";
            case "NOTICE", "BULLETIN", "MEETING_NOTICE" -> "ReceiveHubNotice";
            default -> throw new IllegalArgumentException("The courts' callback service takes referrals, status events, the hub's"
                    + " notices, bulletins and meeting notices only; a " + type + " for " + agency + " cannot be delivered by SOAP."
                    + " 法院回调服务只接收协助请求、状态通知、平台通知、信息通报和会议通知。");
        };
        String endpoint = exchange.getIn().getHeader(HubExchange.AGENCY_ENDPOINT, String.class);
        CourtCallbackPort client = clients.forAgency(agency, endpoint, exchange.getIn().getHeader(HubExchange.AGENCY_SETTINGS, Map.class));
        JieshouHuizhi answer;
        try {
            answer = switch (type) {
                case "REFERRAL" -> client.receiveAssistanceReferral(CourtReferralMapping.forwarded(envelope));
                case "STATUS_EVENT" -> client.notifyCaseStatus(CourtStatusMapping.notice(envelope));
                case "NOTICE" -> client.receiveHubNotice(CourtStatusMapping.hubNotice(envelope));
                default -> client.receiveHubNotice(CourtStatusMapping.coordinationNotice(envelope));
            };
        } catch (RuntimeException e) {
            throw SoapClients.failure(operation, endpoint, e);
        }
        if (answer == null || !answer.isJieshou()) {
            throw new IllegalStateException("The court did not confirm " + operation + " (jieshou=false)");
        }
        exchange.getMessage().setHeader(HubExchange.DELIVERY_DETAIL, "SOAP " + operation + ": jieshou"
                + (answer.isChongfu() ? " (chongfu)" : "") + (answer.getFyslh() != null ? ", fyslh " + answer.getFyslh() : ""));
    }
}
