package cn.legalaidhub.meetings;

import cn.legalaidhub.contract.ActionItemState;
import cn.legalaidhub.contract.MeetingStatus;
import cn.legalaidhub.web.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What may happen to a meeting now, decided from its state and time alone: the convener changes or
 * cancels a meeting until its minutes are out; minutes come after the meeting has begun; participants
 * acknowledge a live meeting and reply until it begins; an action item is closed once, by its owner
 * or the convener. Each refusal says why in English and Chinese.
 */
final class MeetingRules {

    private MeetingRules() {
    }

    static Optional<String> mayReschedule(MeetingStatus status) {
        return switch (status) {
            case CANCELLED -> refuse("The meeting was cancelled; convene a new one. 会议已取消，请重新召集。");
            case MINUTED -> refuse("The meeting was held and its minutes are out. 会议已召开并印发纪要，不能改期。");
            default -> Optional.empty();
        };
    }

    static Optional<String> mayCancel(MeetingStatus status) {
        return switch (status) {
            case CANCELLED -> refuse("The meeting is already cancelled. 会议已取消。");
            case MINUTED -> refuse("The meeting was held and its minutes are out. 会议已召开并印发纪要，不能取消。");
            default -> Optional.empty();
        };
    }

    static Optional<String> mayRecordMinutes(MeetingStatus status, Instant startsAt, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            return refuse("The meeting was cancelled. 会议已取消，无会议纪要。");
        }
        if (status == MeetingStatus.MINUTED) {
            return refuse("The minutes are already out. 会议纪要已印发。");
        }
        if (now.isBefore(startsAt)) {
            return refuse("The meeting has not begun yet (starts " + startsAt + "). 会议尚未召开，不能印发纪要。");
        }
        return Optional.empty();
    }

    static Optional<String> mayAcknowledge(MeetingStatus status) {
        return status == MeetingStatus.CANCELLED ? refuse("The meeting was cancelled. 会议已取消，无需签收。") : Optional.empty();
    }

    static Optional<String> mayReply(MeetingStatus status, Instant startsAt, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            return refuse("The meeting was cancelled. 会议已取消，无需回复。");
        }
        if (status == MeetingStatus.MINUTED || !now.isBefore(startsAt)) {
            return refuse("The meeting has begun; replies are closed. 会议已开始，回执已截止。");
        }
        return Optional.empty();
    }

    static Optional<String> mayClose(ActionItemState state, boolean ownerOrConvener) {
        if (!ownerOrConvener) {
            return refuse("Only the owner agency or the convener closes an action item. 仅责任单位或召集单位可办结议定事项。");
        }
        return state == ActionItemState.DONE ? refuse("The action item is already closed. 该议定事项已办结。") : Optional.empty();
    }

    /** Problems of a reply: a deputy needs a name, an absence a reason (一次性告知). */
    static List<Problem.FieldError> replyProblems(MeetingReply reply, String person, String reason) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (reply == MeetingReply.DEPUTY && (person == null || person.isBlank())) {
            problems.add(new Problem.FieldError("/person", "required",
                    "person: the deputy's name is required when sending a deputy. 委派代表参会须填写代表姓名。"));
        }
        if (reply == MeetingReply.ABSENT && (reason == null || reason.isBlank())) {
            problems.add(new Problem.FieldError("/reason", "required", "reason: a reason is required for an absence. 请假须说明理由。"));
        }
        return problems;
    }

    private static Optional<String> refuse(String why) {
        return Optional.of(why);
    }
}
