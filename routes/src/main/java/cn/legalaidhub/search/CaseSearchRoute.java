package cn.legalaidhub.search;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/cases}: full-text and filtered search of the shared case feed, audited. */
@Component
class CaseSearchRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final CaseSearch search;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    CaseSearchRoute(CallingAgency callingAgency, CaseSearch search, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.search = search;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/cases").get().id("rest-search-cases").produces(ApiRoutes.JSON).to("direct:case-search");

        from(HubExchange.CASE_SEARCH).routeId("case-search").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(this::search);
    }

    private void search(Exchange exchange) throws Exception {
        Agency caller = callingAgency.of(exchange);
        var m = exchange.getMessage();
        int size = ApiRoutes.intParam(exchange, "size", 20, 1, 100);
        int page = ApiRoutes.intParam(exchange, "page", 0, 0, 10_000 / size - 1);
        String region = m.getHeader("region", String.class);
        if (region != null && !region.isBlank() && !region.matches("^\\d{2,6}$")) {
            throw ApiRoutes.badParam("region", "must be a division code or its prefix (2-6 digits)");
        }
        String channel = m.getHeader("channel", String.class);
        if (channel != null && !channel.isBlank() && !channel.matches("^[a-z]{2,20}$")) {
            throw ApiRoutes.badParam("channel", "must be an agency kind, e.g. arbitration");
        }
        var criteria = new CaseSearch.Criteria(m.getHeader("q", String.class), m.getHeader("category", String.class),
                m.getHeader("group", String.class), region, m.getHeader("status", String.class),
                date(m.getHeader("from", String.class), "from"), date(m.getHeader("to", String.class), "to"),
                flag(m.getHeader("greenChannel", String.class), "greenChannel"), flag(m.getHeader("overdue", String.class), "overdue"),
                m.getHeader("rule", String.class), channel, page, size);
        var result = search.search(caller, criteria);
        // the staff console names the signed-in user (the API-key filter drops this header from API clients)
        String user = m.getHeader(HubExchange.CALLING_USER, String.class);
        ledger.audit(caller.id(), "SEARCH_CASES", null, json.write(criteria) + (user == null ? "" : " user=" + user));
        ApiRoutes.respond(exchange, 200, json.write(result));
    }

    private static Boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiRoutes.badParam(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static String date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).toString();
        } catch (DateTimeParseException e) {
            throw ApiRoutes.badParam(name, "must be a date like 2026-01-31");
        }
    }
}
