package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/** A notice the hub sends an agency 提醒/催办/督办通知 (schemas/json/notice.schema.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notice(
        String noticeId,
        NoticeKind kind,
        String referralId,
        Subject subject,
        Clock clock,
        String title,
        String text,
        String responsibleAgency,
        List<Liaison> liaisons,
        Rule rule,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime createdAt) {

    /** What the notice is about, when not (only) a referral. */
    public record Subject(String type, String id) {
    }

    /** The deadline the notice is about. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Clock(
            String kind,
            String label,
            @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime startedAt,
            @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime dueAt) {
    }

    /** A named liaison the notice is meant for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Liaison(String name, String role, String phone, String agencyId) {
    }

    /** The rule the notice follows, with its source. */
    public record Rule(String id, String source) {
    }
}
