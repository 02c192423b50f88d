package cn.legalaidhub.bulletins;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.agency.CallingAgency;
import cn.legalaidhub.clocks.Clock;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.contract.BulletinCategory;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.web.ApiRoutes;
import cn.legalaidhub.web.JsonDocuments;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The bulletin API ({@code /api/v1/bulletins}): publish to a topic, read what one published or
 * received (the publisher sees every recipient's acknowledgement), acknowledge, download an
 * attachment, and keep one's subscriptions. Every read and download is audited.
 */
@Component
class BulletinRoute extends RouteBuilder {

    private final CallingAgency callingAgency;
    private final Bulletins bulletins;
    private final AgencyRegistry registry;
    private final ClockLedger clocks;
    private final ReferralLedger ledger;
    private final JsonDocuments json;

    BulletinRoute(CallingAgency callingAgency, Bulletins bulletins, AgencyRegistry registry, ClockLedger clocks, ReferralLedger ledger,
            JsonDocuments json) {
        this.callingAgency = callingAgency;
        this.bulletins = bulletins;
        this.registry = registry;
        this.clocks = clocks;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/api/v1/bulletins")
                .get().id("rest-list-bulletins").produces(ApiRoutes.JSON).to("direct:bulletin-list")
                .post().id("rest-publish-bulletin").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON).to("direct:bulletin-publish")
                .get("/subscriptions").id("rest-get-bulletin-subscriptions").produces(ApiRoutes.JSON)
                .to("direct:bulletin-subscriptions")
                .put("/subscriptions").id("rest-put-bulletin-subscriptions").consumes(ApiRoutes.JSON).produces(ApiRoutes.JSON)
                .to("direct:bulletin-subscribe");

        rest("/api/v1/bulletins/{id}")
                .get().id("rest-get-bulletin").produces(ApiRoutes.JSON).to("direct:bulletin-read")
                .post("/acknowledge").id("rest-acknowledge-bulletin").produces(ApiRoutes.JSON).to("direct:bulletin-acknowledge")
                .get("/attachments/{position}").id("rest-get-bulletin-attachment").to("direct:bulletin-attachment");

        from("direct:bulletin-list").routeId("bulletin-list").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            String categoryParam = exchange.getMessage().getHeader("category", String.class);
            BulletinCategory category = null;
            if (categoryParam != null && !categoryParam.isBlank()) {
                try {
                    category = BulletinCategory.valueOf(categoryParam.trim());
                } catch (IllegalArgumentException e) {
                    throw ApiRoutes.badParam("category", "must be one of " + java.util.Arrays.toString(BulletinCategory.values()));
                }
            }
            int size = ApiRoutes.intParam(exchange, "size", 50, 1, 200);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("items", bulletins.involving(caller, category, size).stream().map(b -> view(b, caller, false)).toList());
            ledger.audit(caller.id(), "LIST_BULLETINS", null, categoryParam);
            ApiRoutes.respond(exchange, 200, json.write(answer));
        });
        from("direct:bulletin-publish").routeId("bulletin-publish").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    StoredBulletin b = bulletins.publish(caller, json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "PUBLISH_BULLETIN", b.id(), b.recipients().size() + " recipients");
                    ApiRoutes.respond(exchange, 201, json.write(view(b, caller, true)));
                });
        from("direct:bulletin-read").routeId("bulletin-read").routeConfigurationId(ApiRoutes.API_ERRORS).process(exchange -> {
            Agency caller = callingAgency.of(exchange);
            StoredBulletin b = bulletins.visible(caller, id(exchange));
            ledger.audit(caller.id(), "READ_BULLETIN", b.id(), null);
            ApiRoutes.respond(exchange, 200, json.write(view(b, caller, true)));
        });
        from("direct:bulletin-acknowledge").routeId("bulletin-acknowledge").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    String text = exchange.getMessage().getBody(String.class);
                    StoredBulletin b = bulletins.acknowledge(caller, id(exchange), text == null || text.isBlank() ? null : json.parse(text));
                    ledger.audit(caller.id(), "ACKNOWLEDGE_BULLETIN", b.id(), null);
                    ApiRoutes.respond(exchange, 200, json.write(view(b, caller, true)));
                });
        from("direct:bulletin-attachment").routeId("bulletin-attachment").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    int position = ApiRoutes.intParam(exchange, "position", 1, 1, 20);
                    StoredBulletin b = bulletins.visible(caller, id(exchange));
                    StoredBulletin.Attachment a = b.attachments().stream().filter(x -> x.position() == position).findFirst()
                            .orElseThrow(() -> cn.legalaidhub.web.HubException.notFound("Bulletin " + b.id() + " has no attachment "
                                    + position + ". 无此附件。"));
                    byte[] content = bulletins.attachment(caller, b.id(), position);
                    ledger.audit(caller.id(), "DOWNLOAD_BULLETIN_ATTACHMENT", b.id(), a.name());
                    var message = exchange.getMessage();
                    message.removeHeaders("*");
                    message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
                    message.setHeader(Exchange.CONTENT_TYPE, a.mediaType());
                    message.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(a.name(), StandardCharsets.UTF_8).replace("+", "%20"));
                    message.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256()))
                            + ":");
                    message.setHeader("ETag", "\"" + a.sha256() + "\"");
                    message.setBody(content);
                });
        from("direct:bulletin-subscriptions").routeId("bulletin-subscriptions").routeConfigurationId(ApiRoutes.API_ERRORS)
                .process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    ApiRoutes.respond(exchange, 200, json.write(subscriptions(caller, bulletins.subscriptionsOf(caller))));
                });
        from("direct:bulletin-subscribe").routeId("bulletin-subscribe").routeConfigurationId(ApiRoutes.API_ERRORS)
                .convertBodyTo(String.class).process(exchange -> {
                    Agency caller = callingAgency.of(exchange);
                    var saved = bulletins.replaceSubscriptions(caller, json.parse(exchange.getMessage().getBody(String.class)));
                    ledger.audit(caller.id(), "SUBSCRIBE_BULLETINS", caller.id(), saved.size() + " subscriptions");
                    ApiRoutes.respond(exchange, 200, json.write(subscriptions(caller, saved)));
                });
    }

    private Map<String, Object> view(StoredBulletin b, Agency caller, boolean full) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("bulletinId", b.id());
        v.put("publisher", b.publisher());
        v.put("publisherName", name(b.publisher()));
        v.put("category", b.category().name());
        v.put("categoryLabel", b.category().label());
        v.put("region", b.region());
        v.put("agencyKinds", b.agencyKinds());
        v.put("title", b.title());
        if (full) {
            v.put("body", b.body());
        }
        v.put("requiresAck", b.requiresAck());
        v.put("publishedAt", b.publishedAt().toString());
        v.put("attachments", b.attachments().stream().map(a -> {
            Map<String, Object> av = new LinkedHashMap<>();
            av.put("position", a.position());
            av.put("name", a.name());
            av.put("mediaType", a.mediaType());
            av.put("sizeBytes", a.sizeBytes());
            av.put("sha256", a.sha256());
            av.put("url", bulletins.attachmentUrl(b.id(), a.position()));
            return av;
        }).toList());
        List<Clock> ackClocks = b.requiresAck() ? clocks.forSubject(Bulletins.SUBJECT, b.id()) : List.of();
        if (b.publisher().equals(caller.id())) {
            v.put("recipients", b.recipients().stream().map(r -> recipient(r, ackClocks)).toList());
            v.put("acknowledged", b.recipients().stream().filter(r -> r.acknowledgedAt() != null).count());
        } else {
            b.recipient(caller.id()).ifPresent(r -> v.put("mine", recipient(r, ackClocks)));
        }
        List<String> actions = new ArrayList<>();
        b.recipient(caller.id()).filter(r -> r.acknowledgedAt() == null).ifPresent(r -> actions.add("ACKNOWLEDGE"));
        v.put("allowedActions", actions);
        return v;
    }

    private Map<String, Object> recipient(StoredBulletin.Recipient r, List<Clock> ackClocks) {
        Map<String, Object> rv = new LinkedHashMap<>();
        rv.put("agencyId", r.agencyId());
        rv.put("agencyName", name(r.agencyId()));
        rv.put("acknowledgedAt", r.acknowledgedAt() == null ? null : r.acknowledgedAt().toString());
        rv.put("note", r.note());
        rv.put("overdue", ackClocks.stream().anyMatch(c -> r.agencyId().equals(c.responsibleAgency()) && c.state() != Clock.State.STOPPED
                && c.level() >= Clock.OVERDUE));
        return rv;
    }

    private Map<String, Object> subscriptions(Agency caller, List<BulletinLedger.Subscription> saved) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("agencyId", caller.id());
        v.put("defaults", "默认接收：本单位所在地区（" + caller.region() + "）内、接收机构类别包含本单位类别（" + caller.kind().slug()
                + "）或未限定类别的通报。OUT 取消默认接收某类通报（需回执的通报仍会送达）；IN 另行接收某地区某类通报。");
        v.put("subscriptions", saved.stream().map(s -> {
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("category", s.category());
            sv.put("categoryLabel", BulletinLedger.Subscription.ALL.equals(s.category()) ? "全部"
                    : BulletinCategory.valueOf(s.category()).label());
            sv.put("mode", s.mode());
            sv.put("region", s.region());
            return sv;
        }).toList());
        return v;
    }

    private String name(String agencyId) {
        return registry.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

    private static String id(Exchange exchange) {
        return exchange.getMessage().getHeader("id", String.class);
    }
}
