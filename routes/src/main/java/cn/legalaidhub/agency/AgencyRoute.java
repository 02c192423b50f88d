package cn.legalaidhub.agency;

import cn.legalaidhub.contract.HubExchange;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Lets a caller check which agency its key belongs to (never the key); the console's agency directory. */
@Component
class AgencyRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final AgencyRegistry registry;
    private final JsonDocuments json;

    AgencyRoute(CallingAgency callingAgency, AgencyRegistry registry, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.registry = registry;
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

        // the staff console's directory of agencies (names, kinds, regions; never keys or settings)
        from(HubExchange.AGENCY_DIRECTORY).routeId("agency-directory").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    ApiRoutes.respond(exchange, 200, json.write(registry.all().stream().map(a -> {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("id", a.id());
                        entry.put("kind", a.kind().slug());
                        entry.put("kindLabel", a.kind().label());
                        entry.put("name", a.name());
                        entry.put("region", a.region());
                        entry.put("coordinator", a.coordinator());
                        return entry;
                    }).toList()));
                });
    }
}
