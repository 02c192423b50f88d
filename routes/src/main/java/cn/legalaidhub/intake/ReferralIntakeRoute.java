package cn.legalaidhub.intake;

import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Intake of referrals. {@code direct:referral-intake} is the one door for every transport: REST
 * here, SOAP, batch files and messaging in the adapters, which set the caller's agency header
 * after authenticating it and translate refusals into their partner's kind of error.
 */
@Component
class ReferralIntakeRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final ReferralValidator validator;
    private final ReferralIntake intake;
    private final JsonDocuments json;

    ReferralIntakeRoute(CallingAgency callingAgency, ReferralValidator validator, ReferralIntake intake, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.validator = validator;
        this.intake = intake;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/referrals")
                .post().id("rest-submit-referral").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:referral-intake");

        from("direct:referral-intake").routeId("referral-intake").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class)
                .process(exchange -> {
                    var sender = callingAgency.of(exchange);
                    var referral = validator.validate(exchange.getMessage().getBody(String.class));
                    var result = intake.submit(sender, referral);
                    ApiRoutes.respond(exchange, 202, json.write(result));
                });
    }
}
