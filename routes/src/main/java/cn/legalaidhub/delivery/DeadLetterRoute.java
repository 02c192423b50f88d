package cn.legalaidhub.delivery;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.JsonDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Operators' view of failed deliveries: {@code GET /api/v1/admin/dead-letters} and
 * {@code POST /api/v1/admin/dead-letters/{agency}/replay}. Coordinators only, for agencies of their region.
 */
@Component
class DeadLetterRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final AgencyRegistry registry;
    private final DeadLetters deadLetters;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    DeadLetterRoute(CallingAgency callingAgency, AgencyRegistry registry, DeadLetters deadLetters, ReferralLedger ledger,
            JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.registry = registry;
        this.deadLetters = deadLetters;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/admin/dead-letters")
                .get().id("rest-dead-letters").produces(ApiRoutes.JSON).to("direct:dead-letters")
                .post("/{agency}/replay").id("rest-dead-letters-replay").produces(ApiRoutes.JSON).to("direct:dead-letters-replay");

        from("direct:dead-letters").routeId("dead-letters").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(this::list);
        from("direct:dead-letters-replay").routeId("dead-letters-replay").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(this::replay);
    }

    private void list(Exchange exchange) throws Exception {
        Agency operator = coordinator(exchange);
        List<Map<String, Object>> parked = new ArrayList<>();
        for (Agency agency : registry.all()) {
            if (agency.region().startsWith(operator.regionPrefix())) {
                parked.addAll(deadLetters.list(agency));
            }
        }
        ledger.audit(operator.id(), "LIST_DEAD_LETTERS", null, parked.size() + " parked");
        ApiRoutes.respond(exchange, 200, json.write(Map.of("items", parked, "total", parked.size())));
    }

    private void replay(Exchange exchange) throws Exception {
        Agency operator = coordinator(exchange);
        String id = exchange.getMessage().getHeader("agency", String.class);
        Agency agency = registry.byId(id).filter(a -> a.region().startsWith(operator.regionPrefix()))
                .orElseThrow(() -> HubException.notFound("No agency " + id + " in your region."));
        int moved = deadLetters.replay(agency);
        ledger.audit(operator.id(), "REPLAY_DEAD_LETTERS", agency.id(), moved + " replayed");
        ApiRoutes.respond(exchange, 202, json.write(Map.of("agency", agency.id(), "replayed", moved)));
    }

    private Agency coordinator(Exchange exchange) {
        Agency caller = callingAgency.of(exchange);
        if (!caller.coordinator()) {
            throw HubException.forbidden("Only coordinator agencies may manage dead letters.");
        }
        return caller;
    }
}
