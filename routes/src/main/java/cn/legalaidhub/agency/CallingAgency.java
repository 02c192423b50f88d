package cn.legalaidhub.agency;

import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.Problem;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Resolves the authenticated agency of a REST exchange (set by the API-key filter). */
@Component
public class CallingAgency {

    public static final String HEADER = HubExchange.CALLING_AGENCY;

    private final AgencyRegistry registry;

    CallingAgency(AgencyRegistry registry) {
        this.registry = registry;
    }

    public Agency of(Exchange exchange) {
        String id = exchange.getMessage().getHeader(HEADER, String.class);
        return registry.byId(id).orElseThrow(() -> new HubException(Problem.of(401, "Unauthorized 未认证",
                "The call is not authenticated as a known agency.")));
    }
}
