package cn.legalaidhub.adapters.womensfed;

import cn.legalaidhub.adapters.support.HubDoors;
import cn.legalaidhub.adapters.support.PartnerErrors;
import cn.legalaidhub.adapters.support.PartnerInputException;
import cn.legalaidhub.adapters.support.PartnerJson;
import cn.legalaidhub.adapters.support.PartnerProblems;
import cn.legalaidhub.adapters.support.PartnerRequests;
import cn.legalaidhub.contract.ContractSchemas;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Women's-federation workstations refer women and minors at {@code POST /partner/womensfed/referrals}
 * (canonical JSON with the federation's categories allowed); the applicant is flagged first
 * ({@link WomensfedFlags}). They receive referrals by canonical HTTP push ({@code transport: http}).
 */
@Component
class WomensfedRoutes extends RouteBuilder {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final HubDoors doors;
    private final ObjectMapper mapper = PartnerJson.newMapper();
    private final Clock clock = Clock.system(CHINA);

    WomensfedRoutes(HubDoors doors) {
        this.doors = doors;
    }

    @Override
    public void configure() {
        rest("/partner/womensfed")
                .post("/referrals").id("rest-womensfed-referral").consumes("application/json").produces("application/json")
                .to("direct:womensfed-referral");

        from("direct:womensfed-referral").routeId("womensfed-referral").routeConfigurationId(PartnerErrors.ID)
                .process(this::refer);
    }

    private void refer(Exchange exchange) {
        String agency = PartnerRequests.agency(exchange);
        WomensfedFlags.Flagged flagged = WomensfedFlags.apply(PartnerRequests.jsonObject(exchange), LocalDate.now(clock));
        if (!flagged.problems().isEmpty()) {
            throw new PartnerInputException("转介数据有误 Invalid referral", PartnerProblems.merge(flagged.problems(),
                    PartnerProblems.translate(ContractSchemas.validate(ContractSchemas.REFERRAL, flagged.referral()), Map.of())));
        }
        HubDoors.Answer answer = doors.submitReferral(agency, flagged.referral().toString());
        if (answer.refused()) {
            throw new PartnerInputException(answer.status(), "转介数据有误 Invalid referral: " + answer.body().path("detail").asText(""),
                    PartnerProblems.translate(answer.body(), Map.of()));
        }
        if (!answer.ok()) {
            throw new IllegalStateException("The hub answered " + answer.status() + ": " + answer.body());
        }
        ObjectNode reply = ((ObjectNode) answer.body()).deepCopy();
        reply.set("flags", mapper.valueToTree(flagged.flags()));
        PartnerProblems.answer(exchange, answer.status(), "application/json", reply.toString());
    }
}
