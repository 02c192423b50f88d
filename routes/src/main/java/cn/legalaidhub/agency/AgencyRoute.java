package cn.legalaidhub.agency;

import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Lets a caller check which agency its key belongs to (never the key). */
@Component
class AgencyRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final JsonDocuments json;

    AgencyRoute(CallingAgency callingAgency, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/agencies/me").get().id("rest-agency-me").produces(ApiRoutes.JSON).to("direct:agency-me");

        from("direct:agency-me").routeId("agency-me").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency a = callingAgency.of(exchange);
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("id", a.id());
                    view.put("kind", a.kind().slug());
                    view.put("kindLabel", a.kind().label());
                    view.put("name", a.name());
                    view.put("region", a.region());
                    view.put("transport", a.transport().type().name().toLowerCase());
                    view.put("coordinator", a.coordinator());
                    view.put("liaisons", a.liaisons());
                    ApiRoutes.respond(exchange, 200, json.write(view));
                });
    }
}
