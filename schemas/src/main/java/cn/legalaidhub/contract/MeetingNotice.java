package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
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
        String note) {

    /** A participating agency and its person 参会单位及人员. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String agencyId, String person, String role) {
    }

    /** An agenda item 议题 with the referrals to discuss 会商案件. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaItem(String title, List<String> referralIds, String presenter) {
    }
}
