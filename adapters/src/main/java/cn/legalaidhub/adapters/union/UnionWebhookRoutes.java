package cn.legalaidhub.adapters.union;

import cn.legalaidhub.adapters.support.FieldProblem;
import cn.legalaidhub.adapters.support.OutboundDelivery;
import cn.legalaidhub.adapters.support.PartnerErrors;
import cn.legalaidhub.adapters.support.PartnerHttpClient;
import cn.legalaidhub.adapters.support.PartnerInputException;
import cn.legalaidhub.adapters.support.PartnerDeliveryException;
import cn.legalaidhub.adapters.support.PartnerProblems;
import cn.legalaidhub.adapters.support.PartnerRequests;
import cn.legalaidhub.contract.AgencyKind;
import cn.legalaidhub.contract.HubExchange;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Union workstations have no server of their own: they read the hub's inbox. A workstation that
 * runs a webhook receiver gets each message pushed as a signed Standard Webhook instead (registry
 * entry: {@code transport: adapter}, {@code endpoint}, setting {@code webhook-secret}); every attempt
 * is logged and readable at {@code GET /partner/union/webhook-deliveries}. Failed pushes are
 * redelivered with backoff by the hub's broker, and the message stays in the inbox meanwhile.
 */
@Component
class UnionWebhookRoutes extends RouteBuilder {

    static final String SECRET_SETTING = "webhook-secret";

    private final PartnerHttpClient http;
    private final WebhookDeliveryLog deliveryLog;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    UnionWebhookRoutes(PartnerHttpClient http, WebhookDeliveryLog deliveryLog) {
        this.http = http;
        this.deliveryLog = deliveryLog;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void configure() {
        from(HubExchange.outbound(AgencyKind.UNION)).routeId("outbound-union-webhook")
                .errorHandler(noErrorHandler()) // failures go back to the hub's delivery route, which records them and rolls back
                .process(this::push);

        rest("/partner/union")
                .get("/webhook-deliveries").id("rest-union-webhook-deliveries").produces("application/json")
                .to("direct:union-webhook-deliveries");

        from("direct:union-webhook-deliveries").routeId("union-webhook-deliveries").routeConfigurationId(PartnerErrors.ID)
                .process(this::listDeliveries);
    }

    void push(Exchange exchange) {
        OutboundDelivery delivery = OutboundDelivery.of(exchange);
        URI endpoint = delivery.requireEndpoint();
        String secret = delivery.settings().get(SECRET_SETTING);
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("Agency " + delivery.agencyId() + " has transport adapter but no '" + SECRET_SETTING
                    + "' setting; a union webhook is always signed (or use transport: inbox)");
        }
        StandardWebhookSigner signer = new StandardWebhookSigner(secret);
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", delivery.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signer.sign(delivery.messageId(), timestamp, delivery.envelopeJson()));
        long started = System.nanoTime();
        try {
            PartnerHttpClient.Response response = http.postJson(endpoint, delivery.envelopeJson(), headers);
            log(delivery, endpoint, now, started, response.status(), WebhookDeliveryLog.Outcome.DELIVERED, null);
            OutboundDelivery.delivered(exchange, "webhook HTTP " + response.status());
        } catch (PartnerDeliveryException e) {
            log(delivery, endpoint, now, started, e.status() == 0 ? null : e.status(), WebhookDeliveryLog.Outcome.FAILED, e.getMessage());
            throw e;
        }
    }

    private void log(OutboundDelivery d, URI endpoint, Instant at, long startedNanos, Integer status,
            WebhookDeliveryLog.Outcome outcome, String error) {
        deliveryLog.record(new WebhookDeliveryLog.Attempt(d.agencyId(), d.messageId(), d.type(), d.referralId(), d.attempt(),
                withoutUserInfo(endpoint), at, (System.nanoTime() - startedNanos) / 1_000_000, status, outcome, error));
    }

    private void listDeliveries(Exchange exchange) throws Exception {
        String agency = PartnerRequests.agency(exchange);
        String webhookId = exchange.getMessage().getHeader("webhookId", String.class);
        String sizeParam = exchange.getMessage().getHeader("size", "50", String.class);
        int size;
        try {
            size = Integer.parseInt(sizeParam.trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > 500) {
            throw new PartnerInputException("Invalid query parameter", List.of(new FieldProblem("size", "?size", "range",
                    "size must be a whole number from 1 to 500. 每页条数须为 1–500。")));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", deliveryLog.list(agency, webhookId == null || webhookId.isBlank() ? null : webhookId, size));
        PartnerProblems.answer(exchange, 200, "application/json", mapper.writeValueAsString(answer));
    }

    private static String withoutUserInfo(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
    }
}
