package cn.legalaidhub.worklist;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.ReferralStatus;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** {@value HubExchange#WORKLIST}: an agency's work list (待办) for the staff console, audited; see {@link HubExchange#WORKLIST}. */
@Component
class WorklistRoute extends RouteBuilder {

    private static final List<String> DIRECTIONS = List.of("all", "received", "sent", "assigned");
    private static final List<String> SORTS = List.of("urgency", "due", "submitted", "-submitted", "updated");

    private final CallingAgency callingAgency;
    private final Worklist worklist;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    WorklistRoute(CallingAgency callingAgency, Worklist worklist, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.worklist = worklist;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        from(HubExchange.WORKLIST).routeId("worklist").routeConfigurationId(ApiRoutes.API_ERRORS).process(this::list);
    }

    private void list(Exchange exchange) {
        Agency agency = callingAgency.of(exchange);
        Message m = exchange.getMessage();
        String direction = oneOf(m, "direction", DIRECTIONS);
        String sort = oneOf(m, "sort", SORTS);
        String status = blankToNull(m.getHeader("status", String.class));
        if (status == null) {
            status = "open";
        } else if (!List.of("open", "finished", "all").contains(status)
                && LabelledCode.parse(ReferralStatus.class, status).isEmpty()) {
            throw ApiRoutes.badParam("status", "must be open, finished, all or a referral status");
        }
        String category = blankToNull(m.getHeader("category", String.class));
        if (category != null && LabelledCode.parse(Category.class, category).isEmpty()) {
            throw ApiRoutes.badParam("category", "must be a category code");
        }
        String text = blankToNull(m.getHeader("q", String.class));
        var query = new Worklist.Query(agency.id(), direction, status, category, bool(m, "greenChannel"), bool(m, "urgent"),
                Boolean.TRUE.equals(bool(m, "overdue")), text == null ? null : text.trim(), sort,
                ApiRoutes.intParam(exchange, "page", 0, 0, 100_000), ApiRoutes.intParam(exchange, "size", 20, 1, 200),
                m.getHeader(HubExchange.CALLING_USER_ROLE, String.class));
        Worklist.Page page = worklist.list(query);
        ledger.audit(agency.id(), "WORKLIST", null, json.write(query) + " user=" + m.getHeader(HubExchange.CALLING_USER, String.class));
        ApiRoutes.respond(exchange, 200, json.write(page));
    }

    private static String oneOf(Message m, String name, List<String> allowed) {
        String value = blankToNull(m.getHeader(name, String.class));
        if (value == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(value)) {
            throw ApiRoutes.badParam(name, "must be one of " + allowed);
        }
        return value;
    }

    private static Boolean bool(Message m, String name) {
        String value = blankToNull(m.getHeader(name, String.class));
        return value == null ? null : Boolean.valueOf(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
