package cn.legalaidhub.feed;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.HubException;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Keeps the case feed in step with the ledger, and lets a coordinator rebuild it from the ledger
 * ({@code POST /api/v1/admin/feed/rebuild}).
 */
@Component
class CaseFeedRoutes extends RouteBuilder {

    private final CaseFeedProjector projector;
    private final CaseFeedIndex index;
    private final ReferralLedger ledger;
    private final CallingAgency callingAgency;

    CaseFeedRoutes(CaseFeedProjector projector, CaseFeedIndex index, ReferralLedger ledger, CallingAgency callingAgency) {
        this.projector = projector;
        this.index = index;
        this.ledger = ledger;
        this.callingAgency = callingAgency;
    }

    @Override
    public void configure() {
        from("timer:case-feed?delay={{hub.feed.initial-delay-ms}}&period={{hub.feed.period-ms}}")
                .routeId("case-feed-projection")
                .onException(Exception.class).handled(true)
                    .log(org.apache.camel.LoggingLevel.WARN, "Case feed projection paused: ${exception.message}")
                .end()
                .bean(projector, "projectPending");

        rest("/api/v1/admin/feed/rebuild").post().id("rest-feed-rebuild").produces(ApiRoutes.JSON)
                .to("direct:feed-rebuild");

        from("direct:feed-rebuild").routeId("feed-rebuild").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    if (!caller.coordinator()) {
                        throw HubException.forbidden("Only coordinator agencies may rebuild the case feed.");
                    }
                    index.recreate();
                    int pending = ledger.markAllFeedPending();
                    long total = ledger.countFeedPending();
                    ledger.audit(caller.id(), "REBUILD_FEED", index.name(), total + " referrals");
                    ApiRoutes.respond(exchange, 202, "{\"index\":\"" + index.name() + "\",\"referralsToProject\":" + total
                            + ",\"markedNow\":" + pending + "}");
                });
    }
}
