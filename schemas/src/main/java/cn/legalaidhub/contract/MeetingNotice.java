package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Notice of a joint meeting 联席会议通知 (schemas/json/meeting-notice.schema.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingNotice(
        String meetingId,
        String convener,
        String title,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime startsAt,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime endsAt,
        String place,
        String videoLink,
        List<Participant> participants,
        List<AgendaItem> agenda,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime replyBy,
        MeetingStatus status,
        String note,
        Minutes minutes,
        List<ActionItem> actionItems) {

    /** A participating agency and its person 参会单位及人员. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String agencyId, String person, String role) {
    }

    /** An agenda item 议题 with the referrals to discuss 会商案件. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaItem(String title, List<String> referralIds, String presenter) {
    }

    /** The minutes 会议纪要, sent with status MINUTED. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Minutes(String text,
            @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime recordedAt) {
    }

    /** An action item agreed 议定事项: an owner agency, a due date, tracked to closure. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionItem(
            String itemId,
            String title,
            String ownerAgency,
            LocalDate dueDate,
            List<String> referralIds,
            ActionItemState state,
            @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime closedAt,
            String closingNote) {
    }
}
