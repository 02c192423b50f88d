package cn.legalaidhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.ActionItemState;
import cn.legalaidhub.contract.MeetingStatus;
import cn.legalaidhub.web.Problem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What may happen to a meeting in each state, and what a reply must say. */
class MeetingRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

    @Test
    void theConvenerChangesOrCancelsALiveMeetingUntilItsMinutesAreOut() {
        for (MeetingStatus live : new MeetingStatus[] {MeetingStatus.SCHEDULED, MeetingStatus.RESCHEDULED}) {
            assertThat(MeetingRules.mayReschedule(live)).isEmpty();
            assertThat(MeetingRules.mayCancel(live)).isEmpty();
        }
        assertThat(MeetingRules.mayReschedule(MeetingStatus.CANCELLED)).hasValueSatisfying(w -> assertThat(w).contains("已取消"));
        assertThat(MeetingRules.mayReschedule(MeetingStatus.MINUTED)).hasValueSatisfying(w -> assertThat(w).contains("纪要"));
        assertThat(MeetingRules.mayCancel(MeetingStatus.CANCELLED)).isPresent();
        assertThat(MeetingRules.mayCancel(MeetingStatus.MINUTED)).isPresent();
    }

    @Test
    void minutesComeOnceAfterTheMeetingHasBegun() {
        assertThat(MeetingRules.mayRecordMinutes(MeetingStatus.SCHEDULED, TOMORROW, NOW))
                .hasValueSatisfying(w -> assertThat(w).contains("尚未召开"));
        assertThat(MeetingRules.mayRecordMinutes(MeetingStatus.RESCHEDULED, YESTERDAY, NOW)).isEmpty();
        assertThat(MeetingRules.mayRecordMinutes(MeetingStatus.SCHEDULED, NOW, NOW)).as("from the starting minute").isEmpty();
        assertThat(MeetingRules.mayRecordMinutes(MeetingStatus.MINUTED, YESTERDAY, NOW)).isPresent();
        assertThat(MeetingRules.mayRecordMinutes(MeetingStatus.CANCELLED, YESTERDAY, NOW)).isPresent();
    }

    @Test
    void participantsAcknowledgeALiveMeetingAndReplyUntilItBegins() {
        assertThat(MeetingRules.mayAcknowledge(MeetingStatus.RESCHEDULED)).isEmpty();
        assertThat(MeetingRules.mayAcknowledge(MeetingStatus.MINUTED)).isEmpty();
        assertThat(MeetingRules.mayAcknowledge(MeetingStatus.CANCELLED)).isPresent();
        assertThat(MeetingRules.mayReply(MeetingStatus.SCHEDULED, TOMORROW, NOW)).isEmpty();
        assertThat(MeetingRules.mayReply(MeetingStatus.SCHEDULED, YESTERDAY, NOW)).hasValueSatisfying(w -> assertThat(w).contains("截止"));
        assertThat(MeetingRules.mayReply(MeetingStatus.CANCELLED, TOMORROW, NOW)).isPresent();
        assertThat(MeetingRules.mayReply(MeetingStatus.MINUTED, TOMORROW, NOW)).isPresent();
    }

    @Test
    void aDeputyNeedsANameAndAnAbsenceAReason() {
        assertThat(MeetingRules.replyProblems(MeetingReply.ATTEND, null, null)).isEmpty();
        assertThat(MeetingRules.replyProblems(MeetingReply.DEPUTY, " ", null)).extracting(Problem.FieldError::pointer)
                .containsExactly("/person");
        assertThat(MeetingRules.replyProblems(MeetingReply.DEPUTY, "陈副院长", null)).isEmpty();
        assertThat(MeetingRules.replyProblems(MeetingReply.ABSENT, null, "")).extracting(Problem.FieldError::pointer)
                .containsExactly("/reason");
        assertThat(MeetingRules.replyProblems(MeetingReply.ABSENT, null, "同日有庭审")).isEmpty();
    }

    @Test
    void anActionItemIsClosedOnceByItsOwnerOrTheConvener() {
        assertThat(MeetingRules.mayClose(ActionItemState.OPEN, true)).isEmpty();
        assertThat(MeetingRules.mayClose(ActionItemState.OPEN, false)).hasValueSatisfying(w -> assertThat(w).contains("责任单位"));
        assertThat(MeetingRules.mayClose(ActionItemState.DONE, true)).hasValueSatisfying(w -> assertThat(w).contains("已办结"));
    }
}
