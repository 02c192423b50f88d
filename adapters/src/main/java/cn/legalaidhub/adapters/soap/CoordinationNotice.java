package cn.legalaidhub.adapters.soap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulletin (信息通报) or a joint-meeting notice (联席会议通知) as the plain notice the SOAP partners' callback
 * services know: their WSDLs predate the hub's coordination flows and have one operation for everything the hub
 * tells them, so the message is flattened into a title and a readable Chinese text. The partner acknowledges or
 * replies through the hub's REST API; the text says where.
 */
public record CoordinationNotice(String messageId, String id, String kind, String kindName, String title, String content,
        String publisher, String dueAt, String sentAt) {

    private static final int MAX_CONTENT = 5000;

    /** Whether the envelope's type is one this mapping flattens. */
    public static boolean handles(String type) {
        return "BULLETIN".equals(type) || "MEETING_NOTICE".equals(type);
    }

    public static CoordinationNotice of(JsonNode envelope) {
        JsonNode p = envelope.path("payload");
        String messageId = envelope.path("messageId").asText();
        String sentAt = envelope.path("sentAt").asText(null);
        return switch (envelope.path("type").asText()) {
            case "BULLETIN" -> bulletin(messageId, sentAt, p);
            case "MEETING_NOTICE" -> meeting(messageId, sentAt, p);
            default -> throw new IllegalArgumentException("not a bulletin or meeting notice: " + envelope.path("type").asText());
        };
    }

    private static CoordinationNotice bulletin(String messageId, String sentAt, JsonNode b) {
        List<String> lines = new ArrayList<>();
        lines.add(b.path("body").asText());
        if (b.path("attachments").size() > 0) {
            lines.add("附件：");
            b.path("attachments").forEach(a -> lines.add("  " + a.path("name").asText() + " " + a.path("url").asText()));
        }
        String id = b.path("bulletinId").asText();
        if (b.path("requiresAck").asBoolean()) {
            lines.add("本通报须签收：请通过平台接口 POST /api/v1/bulletins/" + id + "/acknowledge 签收并反馈处置情况。");
        }
        return new CoordinationNotice(messageId, id, "BULLETIN", "信息通报", b.path("title").asText(), join(lines),
                b.path("publisher").asText(), null, b.path("publishedAt").asText(sentAt));
    }

    private static CoordinationNotice meeting(String messageId, String sentAt, JsonNode m) {
        List<String> lines = new ArrayList<>();
        lines.add("会议状态：" + meetingStatus(m.path("status").asText()));
        lines.add("时间：" + m.path("startsAt").asText() + (m.hasNonNull("endsAt") ? " 至 " + m.path("endsAt").asText() : ""));
        if (m.hasNonNull("place")) {
            lines.add("地点：" + m.path("place").asText());
        }
        if (m.hasNonNull("videoLink")) {
            lines.add("视频会议：" + m.path("videoLink").asText());
        }
        if (m.path("agenda").size() > 0) {
            lines.add("议程：");
            int n = 1;
            for (JsonNode item : m.path("agenda")) {
                lines.add("  " + n++ + ". " + item.path("title").asText());
            }
        }
        if (m.hasNonNull("note")) {
            lines.add("说明：" + m.path("note").asText());
        }
        if (m.path("minutes").hasNonNull("text")) {
            lines.add("会议纪要：" + m.path("minutes").path("text").asText());
        }
        for (JsonNode item : m.path("actionItems")) {
            lines.add("  任务 " + item.path("itemId").asText() + "：" + item.path("title").asText() + "（牵头 "
                    + item.path("ownerAgency").asText() + "，" + item.path("dueDate").asText() + " 前）");
        }
        String id = m.path("meetingId").asText();
        if (!"CANCELLED".equals(m.path("status").asText()) && !"MINUTED".equals(m.path("status").asText())) {
            lines.add("请通过平台接口 POST /api/v1/meetings/" + id + "/acknowledge 签收，并通过 POST /api/v1/meetings/" + id
                    + "/reply 回复参会情况（参加/派员参加/请假并说明理由）。");
        }
        return new CoordinationNotice(messageId, id, "MEETING_NOTICE", "联席会议通知", m.path("title").asText(), join(lines),
                m.path("convener").asText(), m.path("replyBy").asText(null), sentAt);
    }

    private static String meetingStatus(String status) {
        return switch (status) {
            case "RESCHEDULED" -> "已改期";
            case "CANCELLED" -> "已取消";
            case "MINUTED" -> "已印发会议纪要";
            default -> "已安排";
        };
    }

    private static String join(List<String> lines) {
        String text = String.join("\n", lines);
        return text.length() > MAX_CONTENT ? text.substring(0, MAX_CONTENT - 1) + "…" : text;
    }
}
