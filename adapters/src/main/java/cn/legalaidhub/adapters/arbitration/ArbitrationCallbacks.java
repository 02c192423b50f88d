package cn.legalaidhub.adapters.arbitration;

import cn.legalaidhub.adapters.arbitration.ws.callback.InstituteCallbackPort;
import cn.legalaidhub.adapters.arbitration.ws.types.NoticeAck;
import cn.legalaidhub.adapters.soap.CoordinationNotice;
import cn.legalaidhub.adapters.soap.SoapClients;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Delivers the hub's messages to an institute through its callback service (ArbitrationInstituteCallback.wsdl):
 * status events become NotifyStatus; the hub's notices, bulletins and meeting notices ReceiveHubNotice. Returns only once the institute confirmed; otherwise throws, and the
 * hub's delivery route redelivers later and finally parks the message in the agency's dead-letter queue.
 */
@Component
class ArbitrationCallbacks {

    private final SoapClients<InstituteCallbackPort> clients;
    private final ObjectMapper mapper;

    ArbitrationCallbacks(SoapClients<InstituteCallbackPort> clients, ObjectMapper mapper) {
        this.clients = clients;
        this.mapper = mapper;
    }

    @SuppressWarnings("unchecked")
    void deliver(Exchange exchange) throws Exception {
        JsonNode envelope = mapper.readTree(exchange.getIn().getBody(String.class));
        String type = envelope.path("type").asText();
        String agency = exchange.getIn().getHeader(HubExchange.AGENCY_ID, String.class);
        if (!"STATUS_EVENT".equals(type) && !"NOTICE".equals(type) && !CoordinationNotice.handles(type)) {
            throw new IllegalArgumentException("The arbitration institutes' callback service takes status events, the hub's notices,"
                    + " bulletins and meeting notices only; a " + type + " for " + agency + " cannot be delivered by SOAP."
                    + " 仲裁院回调服务只接收状态通知、枢纽通知、信息通报和会议通知。");
        }
        String endpoint = exchange.getIn().getHeader(HubExchange.AGENCY_ENDPOINT, String.class);
        InstituteCallbackPort client = clients.forAgency(agency, endpoint, exchange.getIn().getHeader(HubExchange.AGENCY_SETTINGS, Map.class));
        String operation = "STATUS_EVENT".equals(type) ? "NotifyStatus" : "ReceiveHubNotice";
        NoticeAck ack;
        try {
            ack = "STATUS_EVENT".equals(type)
                    ? client.notifyStatus(ArbitrationStatusMapping.notice(envelope))
                    : client.receiveHubNotice(CoordinationNotice.handles(type) ? ArbitrationStatusMapping.coordinationNotice(envelope)
                            : ArbitrationStatusMapping.hubNotice(envelope));
        } catch (RuntimeException e) {
            throw SoapClients.failure(operation, endpoint, e);
        }
        if (ack == null || !ack.isReceived()) {
            throw new IllegalStateException("The institute did not confirm " + operation
                    + (ack != null && ack.getRemark() != null ? ": " + ack.getRemark() : ""));
        }
        exchange.getMessage().setHeader(HubExchange.DELIVERY_DETAIL,
                "SOAP " + operation + ": received" + (ack.isDuplicate() ? " (duplicate)" : ""));
    }
}
