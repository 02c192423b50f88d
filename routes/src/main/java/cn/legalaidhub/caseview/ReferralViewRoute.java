package cn.legalaidhub.caseview;

import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.privacy.RoleMasking;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * {@value HubExchange#REFERRAL_VIEW}: a referral as one staff member of a party agency may see it — the
 * party's read ({@value HubExchange#REFERRAL_READ}) masked by the staff member's role, and the read
 * audited with the user's name. The read itself already masks a case for agencies that do not handle it;
 * this adds the person's role. Only the hub's own console calls it; it has no REST path.
 */
@Component
class ReferralViewRoute extends RouteBuilder {

    private static final String ROLE = "staffRole";
    private static final String USER = "staffUser";

    private final CallingAgency callingAgency;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    ReferralViewRoute(CallingAgency callingAgency, ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        from(HubExchange.REFERRAL_VIEW).routeId("referral-view").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    callingAgency.of(exchange);
                    exchange.setProperty(ROLE, exchange.getMessage().getHeader(HubExchange.CALLING_USER_ROLE, String.class));
                    exchange.setProperty(USER, exchange.getMessage().getHeader(HubExchange.CALLING_USER, String.class));
                    exchange.setProperty(HubExchange.CALLING_AGENCY, exchange.getMessage().getHeader(HubExchange.CALLING_AGENCY));
                })
                .to(HubExchange.REFERRAL_READ)
                .process(this::maskForRole);
    }

    private void maskForRole(Exchange exchange) throws Exception {
        Integer status = exchange.getMessage().getHeader(HubExchange.RESPONSE_CODE, Integer.class);
        if (status == null || status != 200) {
            return;
        }
        String role = exchange.getProperty(ROLE, String.class);
        ObjectNode view = (ObjectNode) json.mapper().readTree(exchange.getMessage().getBody(String.class));
        if (view.get("referral") instanceof ObjectNode referral) {
            RoleMasking.mask(referral, role);
        }
        view.put("personalDataMasked", view.path("masked").asBoolean() || !RoleMasking.seesPersonalData(role));
        ledger.audit(exchange.getProperty(HubExchange.CALLING_AGENCY, String.class), "CONSOLE_READ_REFERRAL",
                view.path("referralId").asText(), "user=" + exchange.getProperty(USER, String.class) + " role=" + role);
        ApiRoutes.respond(exchange, 200, json.write(view));
    }
}
