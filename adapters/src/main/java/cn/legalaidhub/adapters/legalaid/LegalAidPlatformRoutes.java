package cn.legalaidhub.adapters.legalaid;

import cn.legalaidhub.adapters.support.HubDoors;
import cn.legalaidhub.adapters.support.OutboundDelivery;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.HubExchange;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Legal-aid centers. Centers of other regions use the REST API and canonical HTTP push ({@code
 * transport: http}); a provincial platform that speaks messaging ({@code transport: adapter},
 * {@code settings: {channel: amqp}}) uses two queues on the hub's broker, over AMQP 1.0 or JMS:
 * <ul>
 * <li>it sends canonical referrals and status events to {@code hub.in.legalaid.<id>} (property
 * {@code hubMessageType} REFERRAL or STATUS_EVENT, {@code hubReferralId} for events); the hub answers
 * each on its inbox with {@code hubMessageType} INTAKE_RESULT or EVENT_RESULT, {@code hubStatus}
 * (202, 400, 404, 409…) and the door's JSON answer, correlated by {@code JMSCorrelationID};</li>
 * <li>it receives the hub's envelopes on {@code partner.<id>.inbox}. The hub counts a message
 * delivered once the broker holds it there, so a platform that is offline misses nothing.</li>
 * </ul>
 */
@Component
class LegalAidPlatformRoutes extends RouteBuilder {

    static final String TYPE = HubExchange.MESSAGE_TYPE;
    static final String REFERRAL_ID = HubExchange.MESSAGE_REFERRAL_ID;
    static final String STATUS = "hubStatus";

    private final PlatformAgencies platforms;
    private final HubDoors doors;

    LegalAidPlatformRoutes(PlatformAgencies platforms, HubDoors doors) {
        this.platforms = platforms;
        this.doors = doors;
    }

    @Override
    public void configure() {
        for (PlatformAgencies.Platform platform : platforms.all()) {
            from("jms:queue:" + PlatformAgencies.inboundQueue(platform.id()) + "?transacted=true&disableReplyTo=true")
                    .routeId("legalaid-platform-in-" + platform.id())
                    .process(exchange -> receive(exchange, platform.id()))
                    .to("jms:queue:" + PlatformAgencies.partnerInbox(platform.id()));
        }

        from(HubExchange.outbound(AgencyKind.LEGALAID)).routeId("outbound-legalaid")
                .errorHandler(noErrorHandler()) // failures go back to the hub's delivery route, which records them and rolls back
                .process(this::toPlatformInbox)
                .toD("jms:queue:partner.${header." + HubExchange.AGENCY_ID + "}.inbox")
                .setHeader(HubExchange.DELIVERY_DETAIL, simple("queued on partner.${header." + HubExchange.AGENCY_ID + "}.inbox"));
    }

    /** Passes a platform's message to the hub's door; a refusal is answered, a failure of the hub rolled back. */
    private void receive(Exchange exchange, String agencyId) {
        Message in = exchange.getMessage();
        String type = in.getHeader(TYPE, "REFERRAL", String.class);
        String correlation = in.getHeader("JMSCorrelationID", String.class);
        if (correlation == null || correlation.isBlank()) {
            correlation = in.getHeader("JMSMessageID", String.class);
        }
        String body = in.getBody(String.class);
        HubDoors.Answer answer = switch (type) {
            case "STATUS_EVENT" -> doors.reportEvent(agencyId, in.getHeader(REFERRAL_ID, "", String.class), body);
            case "REFERRAL" -> doors.submitReferral(agencyId, body);
            default -> null;
        };
        in.removeHeaders("*");
        if (answer == null) {
            in.setHeader(TYPE, "ERROR_RESULT");
            in.setHeader(STATUS, 400);
            in.setBody("{\"title\":\"Unknown message type 未知消息类型\",\"status\":400,\"detail\":\"hubMessageType must be REFERRAL or STATUS_EVENT, not '"
                    + type.replace("\"", "") + "'.\"}");
        } else if (answer.status() >= 500) {
            throw new IllegalStateException("The hub could not take the platform's " + type + " (HTTP " + answer.status() + "); "
                    + "rolled back for redelivery");
        } else {
            in.setHeader(TYPE, "STATUS_EVENT".equals(type) ? "EVENT_RESULT" : "INTAKE_RESULT");
            in.setHeader(STATUS, answer.status());
            in.setBody(answer.body().toString());
        }
        in.setHeader("JMSCorrelationID", correlation);
    }

    private void toPlatformInbox(Exchange exchange) {
        OutboundDelivery delivery = OutboundDelivery.of(exchange);
        String channel = delivery.setting(PlatformAgencies.CHANNEL_SETTING, "");
        if (!PlatformAgencies.AMQP.equalsIgnoreCase(channel)) {
            throw new IllegalStateException("Agency " + delivery.agencyId() + " has transport adapter but no 'channel: amqp' "
                    + "setting; legal-aid centers with a REST server use transport: http");
        }
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(HubExchange.AGENCY_ID, delivery.agencyId());
        message.setHeader(TYPE, delivery.type());
        message.setHeader(HubExchange.MESSAGE_ID, delivery.messageId());
        message.setHeader(REFERRAL_ID, delivery.referralId() == null ? "" : delivery.referralId());
        message.setBody(delivery.envelopeJson());
    }
}
