package cn.legalaidhub.referral;

import cn.legalaidhub.contract.ReferralStatus;
import static cn.legalaidhub.referral.StatusTransitions.Party.RECEIVER;
import static cn.legalaidhub.referral.StatusTransitions.Party.SENDER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTransitionsTest {

    @Test
    void receiverRunsTheCaseFromAcceptanceToClosing() {
        assertThat(StatusTransitions.next(ReferralStatus.DELIVERED, RECEIVER, "ACCEPTED")).contains(ReferralStatus.ACCEPTED);
        assertThat(StatusTransitions.next(ReferralStatus.ACCEPTED, RECEIVER, "ASSIGNED")).contains(ReferralStatus.ASSIGNED);
        assertThat(StatusTransitions.next(ReferralStatus.ASSIGNED, RECEIVER, "PROGRESS")).contains(ReferralStatus.IN_PROGRESS);
        assertThat(StatusTransitions.next(ReferralStatus.IN_PROGRESS, RECEIVER, "PROGRESS")).contains(ReferralStatus.IN_PROGRESS);
        assertThat(StatusTransitions.next(ReferralStatus.IN_PROGRESS, RECEIVER, "CLOSED")).contains(ReferralStatus.CLOSED);
    }

    @Test
    void senderMayOnlyCancelBeforeAcceptance() {
        assertThat(StatusTransitions.next(ReferralStatus.OPENED, SENDER, "CANCELLED")).contains(ReferralStatus.CANCELLED);
        assertThat(StatusTransitions.next(ReferralStatus.ACCEPTED, SENDER, "CANCELLED")).isEmpty();
        assertThat(StatusTransitions.next(ReferralStatus.DELIVERED, SENDER, "ACCEPTED")).isEmpty();
        assertThat(StatusTransitions.allowed(ReferralStatus.SUBMITTED, SENDER)).containsExactly("CANCELLED");
    }

    @Test
    void cannotCloseBeforeAssignment() {
        assertThat(StatusTransitions.next(ReferralStatus.ACCEPTED, RECEIVER, "CLOSED")).isEmpty();
        assertThat(StatusTransitions.allowed(ReferralStatus.ACCEPTED, RECEIVER)).containsExactly("ASSIGNED", "PROGRESS");
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"DECLINED", "CLOSED", "CANCELLED"})
    void endStatesAllowNothing(ReferralStatus end) {
        assertThat(StatusTransitions.allowed(end, RECEIVER)).isEmpty();
        assertThat(StatusTransitions.allowed(end, SENDER)).isEmpty();
    }
}
