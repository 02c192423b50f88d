package cn.legalaidhub.statistics;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/statistics} for coordinator agencies (e.g. a justice bureau: its whole region), and
 * the door {@value HubExchange#STATISTICS} that the staff console uses for any agency (its own cases).
 */
@Component
class StatisticsRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final Statistics statistics;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    StatisticsRoute(CallingAgency callingAgency, Statistics statistics, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.statistics = statistics;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/statistics").get().id("rest-statistics").produces(ApiRoutes.JSON).to("direct:statistics-api");

        from("direct:statistics-api").routeId("statistics-api").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    if (!caller.coordinator()) {
                        throw new HubException(Problem.of(403, "Forbidden 无权访问",
                                "Statistics over the API are for coordinator agencies; agency " + caller.id() + " is not one."));
                    }
                })
                .to(HubExchange.STATISTICS);

        from(HubExchange.STATISTICS).routeId("statistics").routeConfigurationId(ApiRoutes.API_ERRORS).process(this::compute);
    }

    private void compute(Exchange exchange) {
        Agency caller = callingAgency.of(exchange);
        LocalDate from = date(exchange.getMessage().getHeader("from", String.class), "from");
        LocalDate to = date(exchange.getMessage().getHeader("to", String.class), "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiRoutes.badParam("to", "must not be before from");
        }
        String user = exchange.getMessage().getHeader(HubExchange.CALLING_USER, String.class);
        var answer = statistics.compute(caller, from, to);
        ledger.audit(caller.id(), "STATISTICS", null, "from=" + from + " to=" + to + (user == null ? "" : " user=" + user));
        ApiRoutes.respond(exchange, 200, json.write(answer));
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiRoutes.badParam(name, "must be a date like 2026-01-31");
        }
    }
}
