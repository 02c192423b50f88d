package cn.legalaidhub.meetings;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.contract.MeetingStatus;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The joint-meeting API ({@code /api/v1/meetings}): a coordinator convenes, reschedules, cancels and
 * minutes; participants read, acknowledge and reply; owners close action items; coordinators ask the
 * ledger which cases of their region to put on the agenda. Every read is audited.
 */
@Component
class MeetingRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final Meetings meetings;
    private final MeetingViews views;
    private final List<AgendaCandidates> agendaSources;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    MeetingRoute(CallingAgency callingAgency, Meetings meetings, MeetingViews views, List<AgendaCandidates> agendaSources,
            ReferralLedger ledger, JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.meetings = meetings;
        this.views = views;
        this.agendaSources = agendaSources;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/meetings")
                .get().id("rest-list-meetings").produces(ApiRoutes.JSON).to("direct:meeting-list")
                .post().id("rest-convene-meeting").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:meeting-convene")
                .get("/agenda-suggestions").id("rest-meeting-agenda-suggestions").produces(ApiRoutes.JSON)
                .to("direct:meeting-agenda-suggestions");

        rest("/api/v1/meetings/{id}")
                .get().id("rest-get-meeting").produces(ApiRoutes.JSON).to("direct:meeting-read")
                .post("/reschedule").id("rest-reschedule-meeting").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:meeting-reschedule")
                .post("/cancel").id("rest-cancel-meeting").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:meeting-cancel")
                .post("/acknowledge").id("rest-acknowledge-meeting").produces(ApiRoutes.JSON).to("direct:meeting-acknowledge")
                .post("/reply").id("rest-reply-meeting").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:meeting-reply")
                .post("/minutes").id("rest-meeting-minutes").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:meeting-minutes")
                .get("/action-items").id("rest-meeting-action-items").produces(ApiRoutes.JSON).to("direct:meeting-action-items")
                .post("/action-items/{itemId}/close").id("rest-close-meeting-action-item").consumes(ApiRoutes.JSON)
                .produces(ApiRoutes.JSON).to("direct:meeting-close-action-item");

        from("direct:meeting-list").routeId("meeting-list").routeConfigurationId(ApiRoutes.API_ERRORS).process(this::list);
        from("direct:meeting-agenda-suggestions").routeId("meeting-agenda-suggestions").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(this::suggestions);
        from("direct:meeting-read").routeId("meeting-read").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            StoredMeeting m = meetings.visible(caller, id(exchange));
            ledger.audit(caller.id(), "READ_MEETING", m.id(), null);
            answer(exchange, 200, m, caller);
        });
        from("direct:meeting-convene").routeId("meeting-convene").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    StoredMeeting m = meetings.convene(caller, body(exchange));
                    ledger.audit(caller.id(), "CONVENE_MEETING", m.id(), m.participants().size() + " participants");
                    answer(exchange, 201, m, caller);
                });
        from("direct:meeting-reschedule").routeId("meeting-reschedule").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    answer(exchange, 200, audited(caller, "RESCHEDULE_MEETING", meetings.reschedule(caller, id(exchange), body(exchange))), caller);
                });
        from("direct:meeting-cancel").routeId("meeting-cancel").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    answer(exchange, 200, audited(caller, "CANCEL_MEETING", meetings.cancel(caller, id(exchange), body(exchange))), caller);
                });
        from("direct:meeting-acknowledge").routeId("meeting-acknowledge").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    answer(exchange, 200, audited(caller, "ACKNOWLEDGE_MEETING", meetings.acknowledge(caller, id(exchange))), caller);
                });
        from("direct:meeting-reply").routeId("meeting-reply").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    answer(exchange, 200, audited(caller, "REPLY_MEETING", meetings.reply(caller, id(exchange), body(exchange))), caller);
                });
        from("direct:meeting-minutes").routeId("meeting-minutes").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    answer(exchange, 200, audited(caller, "MINUTE_MEETING", meetings.recordMinutes(caller, id(exchange), body(exchange))), caller);
                });
        from("direct:meeting-action-items").routeId("meeting-action-items").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    StoredMeeting m = meetings.visible(caller, id(exchange));
                    var clocks = meetings.clocksOf(m);
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("meetingId", m.id());
                    answer.put("items", m.actionItems().stream().map(a -> views.item(a, clocks)).toList());
                    ledger.audit(caller.id(), "READ_MEETING_ACTION_ITEMS", m.id(), null);
                    ApiRoutes.respond(exchange, 200, json.write(answer));
                });
        from("direct:meeting-close-action-item").routeId("meeting-close-action-item").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    String itemId = exchange.getMessage().getHeader("itemId", String.class);
                    answer(exchange, 200, audited(caller, "CLOSE_MEETING_ACTION_ITEM " + itemId, meetings.closeItem(caller, id(exchange), itemId,
                            body(exchange))), caller);
                });
    }

    private void list(Exchange exchange) {
        Agency caller = callingAgency.of(exchange);
        String statusParam = exchange.getMessage().getHeader("status", String.class);
        MeetingStatus status = null;
        if (statusParam != null && !statusParam.isBlank()) {
            try {
                status = MeetingStatus.valueOf(statusParam.trim());
            } catch (IllegalArgumentException e) {
                throw ApiRoutes.badParam("status", "must be one of SCHEDULED, RESCHEDULED, CANCELLED, MINUTED");
            }
        }
        int size = ApiRoutes.intParam(exchange, "size", 50, 1, 200);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", meetings.involving(caller, status, size).stream().map(views::summary).toList());
        ledger.audit(caller.id(), "LIST_MEETINGS", null, statusParam);
        ApiRoutes.respond(exchange, 200, json.write(answer));
    }

    private void suggestions(Exchange exchange) {
        Agency caller = callingAgency.of(exchange);
        if (!caller.coordinator()) {
            throw HubException.forbidden("Only a coordinating agency asks for agenda suggestions. 仅协调机构可查看会商案件建议。");
        }
        String region = exchange.getMessage().getHeader("region", caller.region(), String.class).trim();
        if (!region.matches("[0-9]{6}") || !region.startsWith(caller.regionPrefix())) {
            throw ApiRoutes.badParam("region", "must be a 6-digit division code within your region " + caller.region());
        }
        int limit = ApiRoutes.intParam(exchange, "limit", 20, 1, 200);
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        List<AgendaCandidates.Candidate> items = new ArrayList<>();
        for (AgendaCandidates source : agendaSources) {
            items.addAll(source.candidates(prefix, limit));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("region", region);
        answer.put("items", items);
        ledger.audit(caller.id(), "MEETING_AGENDA_SUGGESTIONS", region, items.size() + " cases");
        ApiRoutes.respond(exchange, 200, json.write(answer));
    }

    private void answer(Exchange exchange, int status, StoredMeeting m, Agency caller) {
        ApiRoutes.respond(exchange, status, json.write(views.view(m, caller)));
    }

    private StoredMeeting audited(Agency caller, String action, StoredMeeting m) {
        ledger.audit(caller.id(), action.split(" ")[0], m.id(), action.contains(" ") ? action.substring(action.indexOf(' ') + 1) : null);
        return m;
    }

    private JsonNode body(Exchange exchange) {
        return json.parse(exchange.getMessage().getBody(String.class));
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader("id", String.class);
    }
}
