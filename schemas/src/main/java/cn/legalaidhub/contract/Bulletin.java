package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/** An information bulletin 工作信息通报 (schemas/json/bulletin.schema.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Bulletin(
        String bulletinId,
        String publisher,
        Topic topic,
        String title,
        String body,
        Boolean requiresAck,
        List<Attachment> attachments,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime publishedAt) {

    public boolean requiresAckOrDefault() {
        return Boolean.TRUE.equals(requiresAck);
    }

    /** Topic 通报主题: decides which agencies receive the bulletin. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Topic(BulletinCategory category, String region, List<AgencyKind> agencyKinds) {
    }

    /** Attachment 附件, downloaded from its URL and checked against its SHA-256. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attachment(String name, String mediaType, Long sizeBytes, String sha256, String url) {
    }
}
