package cn.legalaidhub.bulletins;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.agency.AgencyRegistry;
import cn.legalaidhub.clocks.ClockKind;
import cn.legalaidhub.clocks.ClockLedger;
import cn.legalaidhub.clocks.ClockPlanner;
import cn.legalaidhub.contract.BulletinCategory;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.ledger.OutboundMessage;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.messaging.Envelopes;
import cn.legalaidhub.messaging.MessagePublisher;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.JsonDocuments;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Information bulletins (工作信息通报, 晋司发〔2023〕25号 四（二）): an agency publishes to a topic — a
 * category, a region and optionally agency kinds, e.g. "wage arrears, 330300, inspection + union"; the
 * hub sends one BULLETIN message to each subscriber, delivered by the subscriber's own transport. By
 * default every agency of the topic's kinds within its region subscribes; an agency may opt in to
 * more (IN: a category within a region) or out of a category (OUT) — but a bulletin that requires
 * acknowledgement reaches every agency of its topic all the same, and each must acknowledge in time
 * or be chased, then escalated. Attachments are kept in the ledger (size-limited) and downloaded
 * from the hub by the recipients, checked against their SHA-256.
 */
@Component
public class Bulletins {

    static final String SUBJECT = "BULLETIN";
    static final String IN = "IN";
    static final String OUT = "OUT";
    private static final List<String> HUB_FIELDS = List.of("bulletinId", "publisher", "publishedAt");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Shanghai"));
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final BulletinLedger bulletins;
    private final AgencyRegistry registry;
    private final Envelopes envelopes;
    private final ClockPlanner planner;
    private final ClockLedger clocks;
    private final ReferralLedger ledger;
    private final MessagePublisher publisher;
    private final TransactionTemplate tx;
    private final JsonDocuments json;
    private final java.time.Clock clock;
    private final long maxAttachmentBytes;
    private final String publicUrl;
    private final String serverAddress;
    private final ApplicationContext context;
    private final SecureRandom random = new SecureRandom();

    Bulletins(BulletinLedger bulletins, AgencyRegistry registry, Envelopes envelopes, ClockPlanner planner, ClockLedger clocks,
            ReferralLedger ledger, MessagePublisher publisher, TransactionTemplate tx, JsonDocuments json, java.time.Clock clock,
            @Value("${hub.bulletins.max-attachment-size:512KB}") DataSize maxAttachment,
            @Value("${hub.bulletins.public-url:}") String publicUrl, @Value("${server.address:127.0.0.1}") String serverAddress,
            ApplicationContext context) {
        this.bulletins = bulletins;
        this.registry = registry;
        this.envelopes = envelopes;
        this.planner = planner;
        this.clocks = clocks;
        this.ledger = ledger;
        this.publisher = publisher;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.maxAttachmentBytes = maxAttachment.toBytes();
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        this.serverAddress = serverAddress;
        this.context = context;
    }

    /**
     * Publishes a bulletin: {@code body} is the bulletin of the contract without the hub's fields
     * (bulletinId, publisher, publishedAt), attachments given as {@code {name, mediaType, contentBase64}}.
     */
    StoredBulletin publish(Agency from, JsonNode body) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = newId(now);
        List<Problem.FieldError> problems = new ArrayList<>();
        for (String field : HUB_FIELDS) {
            if (body.has(field)) {
                problems.add(new Problem.FieldError("/" + field, "hub-set", field + " is set by the hub. 该字段由平台生成。"));
            }
        }
        ObjectNode doc = body.deepCopy();
        HUB_FIELDS.forEach(doc::remove);
        doc.put("bulletinId", id).put("publisher", from.id()).put("publishedAt", TIME.format(now));
        if (doc.path("topic").isObject() && !doc.path("topic").has("region")) {
            ((ObjectNode) doc.path("topic")).put("region", from.region());
        }
        List<byte[]> contents = new ArrayList<>();
        List<StoredBulletin.Attachment> attachments = new ArrayList<>();
        JsonNode given = doc.path("attachments");
        if (given.isArray()) {
            ArrayNode described = doc.putArray("attachments");
            for (int i = 0; i < given.size(); i++) {
                JsonNode a = given.get(i);
                ObjectNode d = a.deepCopy();
                d.remove("contentBase64");
                byte[] content = decode(a.path("contentBase64"), "/attachments/" + i + "/contentBase64", problems);
                String sha256 = sha256(content);
                d.put("sizeBytes", content.length).put("sha256", sha256).put("url", attachmentUrl(id, i + 1));
                if (a.has("sizeBytes") && a.path("sizeBytes").asLong() != content.length) {
                    problems.add(new Problem.FieldError("/attachments/" + i + "/sizeBytes", "mismatch", "sizeBytes: the content has "
                            + content.length + " bytes. 文件大小与内容不符。"));
                }
                if (a.has("sha256") && !sha256.equals(a.path("sha256").asText())) {
                    problems.add(new Problem.FieldError("/attachments/" + i + "/sha256", "mismatch", "sha256: the content's digest is "
                            + sha256 + ". 文件摘要与内容不符，文件可能已损坏。"));
                }
                described.add(d);
                contents.add(content);
                attachments.add(new StoredBulletin.Attachment(i + 1, a.path("name").asText(), a.path("mediaType").asText(), content.length,
                        sha256));
            }
        }
        problems.addAll(json.schemaProblems(ContractSchemas.BULLETIN, doc));
        String region = doc.path("topic").path("region").asText(from.region());
        if (!region.startsWith(from.regionPrefix())) {
            problems.add(new Problem.FieldError("/topic/region", "outside-region", "topic.region: " + region + " is outside your "
                    + "agency's region " + from.region() + ". 通报范围不得超出本单位辖区。"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid bulletin", problems);
        }
        BulletinCategory category = BulletinCategory.valueOf(doc.path("topic").path("category").asText());
        List<String> kinds = new ArrayList<>();
        doc.path("topic").path("agencyKinds").forEach(k -> kinds.add(k.asText()));
        boolean requiresAck = doc.path("requiresAck").asBoolean(false);
        List<String> recipients = recipients(from.id(), category, region, kinds, requiresAck);
        if (recipients.isEmpty()) {
            throw new InvalidInputException("No recipient", List.of(new Problem.FieldError("/topic", "no-recipient", "No agency falls "
                    + "under or subscribes to this topic (category " + category + ", region " + region + ", kinds " + kinds + "). "
                    + "该通报主题没有接收单位。")));
        }
        StoredBulletin b = new StoredBulletin(id, from.id(), category, region, kinds, doc.path("title").asText(), doc.path("body").asText(),
                requiresAck, now, recipients.stream().map(r -> new StoredBulletin.Recipient(r, null, null)).toList(), attachments);
        int priority = (category == BulletinCategory.EARLY_WARNING ? 8 : 5) + (requiresAck ? 1 : 0);
        List<OutboundMessage> messages = recipients.stream().map(r -> envelopes.wrap("BULLETIN", from.id(), r, null, priority, doc, now))
                .toList();
        tx.executeWithoutResult(status -> {
            bulletins.insert(b, contents);
            if (requiresAck) {
                for (String r : recipients) {
                    planner.fixedClock(ClockKind.BULLETIN_ACK, SUBJECT, id, null, r, "within", now).ifPresent(clocks::insert);
                }
            }
            ledger.insertMessages(messages);
        });
        publisher.publishAll(messages);
        return bulletins.find(id).orElseThrow();
    }

    /**
     * Who receives a bulletin: every agency of the topic's kinds (all kinds when none) within its
     * region, less those that opted out of the category (unless acknowledgement is required), plus
     * those that opted in to the category for a region covering the topic's; never the publisher.
     */
    List<String> recipients(String publisherId, BulletinCategory category, String region, List<String> kinds, boolean requiresAck) {
        List<BulletinLedger.Subscription> subscriptions = bulletins.subscriptions();
        Set<String> optedOut = new LinkedHashSet<>();
        subscriptions.stream().filter(s -> OUT.equals(s.mode()) && s.covers(category)).forEach(s -> optedOut.add(s.agencyId()));
        Set<String> to = new LinkedHashSet<>();
        String prefix = prefix(region);
        for (Agency a : registry.all()) {
            boolean inTopic = a.region().startsWith(prefix) && (kinds.isEmpty() || kinds.contains(a.kind().slug()));
            if (inTopic && (requiresAck || !optedOut.contains(a.id()))) {
                to.add(a.id());
            }
        }
        subscriptions.stream().filter(s -> IN.equals(s.mode()) && s.covers(category) && region.startsWith(prefix(s.region())))
                .filter(s -> registry.byId(s.agencyId()).isPresent()).forEach(s -> to.add(s.agencyId()));
        to.remove(publisherId);
        return List.copyOf(to);
    }

    StoredBulletin acknowledge(Agency caller, String id, JsonNode body) {
        StoredBulletin b = visible(caller, id);
        if (b.recipient(caller.id()).isEmpty()) {
            throw HubException.forbidden("Only the recipients acknowledge a bulletin. 仅接收单位签收通报。");
        }
        String note = body == null ? null : body.path("note").asText(null);
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("Invalid acknowledgement", List.of(new Problem.FieldError("/note", "maxLength",
                    "note: at most 500 characters. 签收意见至多500字。")));
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            bulletins.acknowledge(id, caller.id(), note == null || note.isBlank() ? null : note.trim(), now);
            clocks.stopSubject(SUBJECT, id, ClockKind.BULLETIN_ACK, caller.id(), now);
        });
        return bulletins.find(id).orElseThrow();
    }

    StoredBulletin visible(Agency caller, String id) {
        return bulletins.find(id).filter(b -> b.visibleTo(caller.id())).orElseThrow(() -> HubException.notFound(
                "No bulletin " + id + " that your agency published or received. 未找到本单位发布或接收的该通报。"));
    }

    List<StoredBulletin> involving(Agency caller, BulletinCategory category, int limit) {
        return bulletins.involving(caller.id(), category, limit);
    }

    byte[] attachment(Agency caller, String id, int position) {
        StoredBulletin b = visible(caller, id);
        return bulletins.content(b.id(), position).orElseThrow(() -> HubException.notFound("Bulletin " + id + " has no attachment "
                + position + ". 无此附件。"));
    }

    List<BulletinLedger.Subscription> subscriptionsOf(Agency caller) {
        return bulletins.subscriptionsOf(caller.id());
    }

    /** Replaces the caller's subscriptions: {@code {"subscriptions":[{"category","mode":"IN"|"OUT","region"}]}}. */
    List<BulletinLedger.Subscription> replaceSubscriptions(Agency caller, JsonNode body) {
        List<Problem.FieldError> problems = new ArrayList<>();
        JsonNode list = body.path("subscriptions");
        if (!list.isArray() || list.size() > 100) {
            throw new InvalidInputException("Invalid subscriptions", List.of(new Problem.FieldError("/subscriptions", "type",
                    "subscriptions: a list of at most 100 {category, mode, region}. 订阅须为列表（至多100项）。")));
        }
        List<BulletinLedger.Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String at = "/subscriptions/" + i;
            String category = s.path("category").asText(BulletinLedger.Subscription.ALL);
            if (!BulletinLedger.Subscription.ALL.equals(category) && java.util.Arrays.stream(BulletinCategory.values())
                    .noneMatch(c -> c.name().equals(category))) {
                problems.add(new Problem.FieldError(at + "/category", "enum", "category: one of " + java.util.Arrays.toString(
                        BulletinCategory.values()) + " or * for all. 通报类别有误。"));
            }
            String mode = s.path("mode").asText("");
            if (!IN.equals(mode) && !OUT.equals(mode)) {
                problems.add(new Problem.FieldError(at + "/mode", "enum", "mode: IN (also receive) or OUT (do not receive by "
                        + "default). 订阅方式须为 IN 或 OUT。"));
            }
            String region = s.path("region").asText(caller.region());
            if (!region.matches("[0-9]{6}")) {
                problems.add(new Problem.FieldError(at + "/region", "pattern", "region: a 6-digit division code. 请填写6位行政区划代码。"));
            }
            BulletinLedger.Subscription sub = new BulletinLedger.Subscription(caller.id(), category, mode, region);
            if (subscriptions.contains(sub)) {
                problems.add(new Problem.FieldError(at, "duplicate", "This subscription is listed twice. 订阅重复。"));
            }
            subscriptions.add(sub);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid subscriptions", problems);
        }
        tx.executeWithoutResult(status -> bulletins.replaceSubscriptions(caller.id(), subscriptions, clock.instant()));
        return bulletins.subscriptionsOf(caller.id());
    }

    private byte[] decode(JsonNode content, String pointer, List<Problem.FieldError> problems) {
        if (!content.isTextual() || content.asText().isEmpty()) {
            problems.add(new Problem.FieldError(pointer, "required", "contentBase64: the file's bytes in Base64 are required. "
                    + "请提供附件内容（Base64编码）。"));
            return new byte[0];
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(content.asText().replaceAll("\\s", ""));
            if (bytes.length > maxAttachmentBytes) {
                problems.add(new Problem.FieldError(pointer, "too-large", "The attachment has " + bytes.length + " bytes; at most "
                        + maxAttachmentBytes + " are kept. 附件过大。"));
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem.FieldError(pointer, "base64", "contentBase64 is not Base64: " + e.getMessage() + ". 附件内容不是有效的Base64编码。"));
            return new byte[0];
        }
    }

    /**
     * Where recipients download an attachment: under {@code hub.bulletins.public-url} (HUB_PUBLIC_URL), or
     * the hub's own listener when none is set — never a host a caller named.
     */
    String attachmentUrl(String id, int position) {
        String base = publicUrl;
        if (base.isEmpty()) {
            int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null ? web.getWebServer().getPort() : 8080;
            String host = serverAddress.contains(":") ? "[" + serverAddress + "]" : serverAddress;
            base = "http://" + ("0.0.0.0".equals(serverAddress) ? "127.0.0.1" : host) + ":" + port;
        }
        return base + "/api/v1/bulletins/" + id + "/attachments/" + position;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String prefix(String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private String newId(Instant now) {
        StringBuilder id = new StringBuilder("B").append(DAY.format(now)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
