package cn.legalaidhub.delivery;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.messaging.MessagePublisher;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * One delivery route per agency, consuming its own durable queue {@code hub.out.<agency id>} in a
 * JMS transaction. A failure rolls the message back to the broker, which redelivers it with
 * exponential backoff and finally moves it to {@code DLQ.hub.out.<agency id>}; the ledger keeps
 * every cause. A partner that is down only holds its own queue. Agencies with {@code transport:
 * adapter} are delivered to by the adapter of their kind, through {@code direct:outbound-<kind>}.
 */
@Component
class AgencyDeliveryRoutes extends RouteBuilder {

    private final AgencyRegistry registry;
    private final DeliveryRecorder recorder;

    AgencyDeliveryRoutes(AgencyRegistry registry, DeliveryRecorder recorder) {
        this.registry = registry;
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(false).bean(recorder, "failed");

        for (Agency agency : registry.all()) {
            var route = from("jms:queue:" + agency.queueName()
                    + "?transacted=true&concurrentConsumers={{hub.delivery.concurrent-consumers}}")
                    .routeId("deliver-" + agency.id())
                    .bean(recorder, "begin")
                    .filter(method(recorder, "notYetDelivered"));
            switch (agency.transport().type()) {
                case HTTP -> route.process(this::partnerHeaders)
                        .to(agency.transport().endpoint())
                        .bean(recorder, "delivered");
                case ADAPTER -> route.process(exchange -> adapterHeaders(exchange, agency))
                        .to(agency.adapterEndpoint())
                        .bean(recorder, "deliveredByAdapter");
                case INBOX -> route.bean(recorder, "availableInInbox");
            }
        }
    }

    private static void adapterHeaders(Exchange exchange, Agency agency) {
        var message = exchange.getMessage();
        message.setHeader(HubExchange.AGENCY_ID, agency.id());
        message.setHeader(HubExchange.AGENCY_ENDPOINT, agency.transport().endpoint());
        message.setHeader(HubExchange.AGENCY_SETTINGS, agency.settings());
        message.setHeader(HubExchange.ATTEMPT, exchange.getProperty(DeliveryRecorder.ATTEMPT));
        message.removeHeader(HubExchange.DELIVERY_DETAIL);
    }

    private void partnerHeaders(Exchange exchange) {
        var message = exchange.getMessage();
        String type = message.getHeader(MessagePublisher.MESSAGE_TYPE, String.class);
        String referralId = message.getHeader(MessagePublisher.REFERRAL_ID, String.class);
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        message.setHeader("Idempotency-Key", exchange.getProperty(DeliveryRecorder.MESSAGE_ID));
        message.setHeader("X-Hub-Message-Type", type);
        if (referralId != null && !referralId.isEmpty()) {
            message.setHeader("X-Hub-Referral-Id", referralId);
        }
    }
}
