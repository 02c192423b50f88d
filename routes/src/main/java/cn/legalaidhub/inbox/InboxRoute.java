package cn.legalaidhub.inbox;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.InboxPage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The inbox of agencies without a server of their own: the messages not yet received, most urgent
 * first, then oldest. Fetching marks them delivered and opened, so the next call returns the next ones.
 */
@Component
class InboxRoute extends RouteBuilder {

    private static final Set<String> TYPES = Set.of("REFERRAL", "STATUS_EVENT", "MEETING_NOTICE", "BULLETIN", "NOTICE");

    private final CallingAgency callingAgency;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    InboxRoute(CallingAgency callingAgency, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/inbox").get().id("rest-inbox").produces(ApiRoutes.JSON).to("direct:inbox");

        from("direct:inbox").routeId("inbox").routeConfigurationId(ApiRoutes.API_ERRORS).process(this::fetch);
    }

    private void fetch(Exchange exchange) throws Exception {
        Agency agency = callingAgency.of(exchange);
        int page = ApiRoutes.intParam(exchange, "page", 0, 0, 100_000);
        int size = ApiRoutes.intParam(exchange, "size", 20, 1, 200);
        String type = exchange.getMessage().getHeader("type", String.class);
        if (type != null && !TYPES.contains(type)) {
            throw ApiRoutes.badParam("type", "must be one of " + TYPES);
        }
        InboxPage inbox = ledger.fetchInbox(agency.id(), type, page, size);
        ObjectNode answer = json.mapper().createObjectNode();
        ArrayNode items = answer.putArray("items");
        for (var message : inbox.items()) {
            items.add(json.mapper().readTree(message.body()));
        }
        answer.put("page", inbox.page());
        answer.put("size", inbox.size());
        answer.put("remaining", inbox.remaining());
        ApiRoutes.respond(exchange, 200, answer.toString());
    }
}
