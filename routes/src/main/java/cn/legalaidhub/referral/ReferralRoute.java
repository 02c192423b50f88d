package cn.legalaidhub.referral;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.ledger.StoredReferral;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** A referral's parties read it with its timeline and report status events on it. */
@Component
class ReferralRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final ReferralEvents events;
    private final ReferralLedger ledger;
    private final JsonDocuments json;
    private final ReferralViews views;

    ReferralRoute(CallingAgency callingAgency, ReferralEvents events, ReferralLedger ledger, JsonDocuments json, ReferralViews views) {
        this.callingAgency = callingAgency;
        this.events = events;
        this.ledger = ledger;
        this.json = json;
        this.views = views;
    }

    @Override
    public void configure() {
        rest("/api/v1/referrals")
                .get().id("rest-find-referral-by-source").produces(ApiRoutes.JSON).to(HubExchange.REFERRAL_READ_BY_SOURCE);

        rest("/api/v1/referrals/{id}")
                .get().id("rest-get-referral").produces(ApiRoutes.JSON).to("direct:referral-read")
                .post("/events").id("rest-post-referral-event").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:referral-event");

        from(HubExchange.REFERRAL_READ).routeId("referral-read").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(this::read);

        from(HubExchange.REFERRAL_READ_BY_SOURCE).routeId("referral-read-by-source").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(this::readBySource);

        from("direct:referral-event").routeId("referral-event").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class)
                .process(exchange -> {
                    Agency actor = callingAgency.of(exchange);
                    JsonNode event = json.parse(exchange.getMessage().getBody(String.class));
                    var problems = json.schemaProblems(ContractSchemas.STATUS_EVENT, event);
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException("Invalid status event", problems);
                    }
                    var applied = events.apply(actor, exchange.getMessage().getHeader("id", String.class), event, roleOf(exchange));
                    ApiRoutes.respond(exchange, 202, json.write(applied));
                });
    }

    private void read(Exchange exchange) throws Exception {
        Agency caller = callingAgency.of(exchange);
        String id = exchange.getMessage().getHeader("id", String.class);
        StoredReferral r = ledger.find(id).orElseThrow(() -> notParty(id));
        answer(exchange, caller, r);
    }

    private void readBySource(Exchange exchange) throws Exception {
        Agency caller = callingAgency.of(exchange);
        String sourceRef = exchange.getMessage().getHeader(HubExchange.SOURCE_REF, String.class);
        if (sourceRef == null || sourceRef.isBlank()) {
            throw ApiRoutes.badParam("sourceRef", "is required: your agency's own case number");
        }
        StoredReferral r = ledger.findBySource(caller.id(), sourceRef)
                .orElseThrow(() -> HubException.notFound("Your agency has sent no referral with sourceRef " + sourceRef + "."));
        answer(exchange, caller, r);
    }

    /**
     * Those who handle the case (referrer, receiver, assigned workstation) read it whole; a former
     * receiver, a cooperating region or the region's justice bureau reads it masked; nobody else at all.
     */
    private void answer(Exchange exchange, Agency caller, StoredReferral r) throws Exception {
        boolean handles = views.handles(r, caller);
        boolean coordinator = caller.coordinator() && r.region().startsWith(caller.regionPrefix());
        if (!handles && !coordinator && !ledger.isParty(r, caller.id())) {
            throw notParty(r.id());
        }
        ledger.audit(caller.id(), "READ_REFERRAL", r.id(), userOf(exchange));
        Map<String, Object> view = views.view(r, caller, roleOf(exchange), !handles);
        view.put("timeline", ledger.timeline(r.id()).stream().map(t -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", t.at().toString());
            entry.put("kind", t.kind().name());
            entry.put("type", t.type());
            entry.put("agency", t.agency());
            if (t.statusAfter() != null) {
                entry.put("status", t.statusAfter());
            }
            if (t.detail() != null) {
                entry.put("detail", detail(t.detail()));
            }
            return entry;
        }).toList());
        ApiRoutes.respond(exchange, 200, json.write(view));
    }

    private static String userOf(Exchange exchange) {
        return exchange.getMessage().getHeader(HubExchange.CALLING_USER, String.class);
    }

    private static String roleOf(Exchange exchange) {
        return exchange.getMessage().getHeader(HubExchange.CALLING_USER_ROLE, String.class);
    }

    private static HubException notParty(String id) {
        return HubException.notFound("No referral " + id + " that your agency is party to.");
    }

    /** An agency's event is kept as the JSON it posted; receipts carry plain text. */
    private Object detail(String detail) {
        if (detail.startsWith("{")) {
            try {
                return json.mapper().readTree(detail);
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                return detail;
            }
        }
        return detail;
    }
}
