package cn.legalaidhub.referral;

import static cn.legalaidhub.contract.ReferralStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.legalaidhub.contract.EventType;
import cn.legalaidhub.contract.ReferralStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final Set<Lifecycle.Party> RECEIVER = EnumSet.of(Lifecycle.Party.RECEIVER);

    private static Lifecycle.Facts facts(ReferralStatus status, Set<Lifecycle.Party> parties, String kind, int pending) {
        return new Lifecycle.Facts(status, parties, kind, pending, false, false, false, false, Optional.empty());
    }

    private static Optional<ReferralStatus> to(Lifecycle.Facts facts, EventType event) {
        return Lifecycle.decide(facts, event).to();
    }

    @Test
    void aLegalAidCentreDecidesBeforeItAssigns() {
        assertThat(to(facts(ACCEPTED, RECEIVER, "legalaid", 0), EventType.ASSIGNED)).isEmpty();
        assertThat(Lifecycle.decide(facts(ACCEPTED, RECEIVER, "legalaid", 0), EventType.ASSIGNED).refusal().orElseThrow().reason())
                .contains("GRANTED");
        assertThat(to(facts(ACCEPTED, RECEIVER, "legalaid", 0), EventType.GRANTED)).contains(GRANTED);
        assertThat(to(facts(GRANTED, RECEIVER, "legalaid", 0), EventType.ASSIGNED)).contains(ASSIGNED);
        assertThat(to(facts(ACCEPTED, RECEIVER, "union", 0), EventType.ASSIGNED)).as("a workstation assigns directly").contains(ASSIGNED);
    }

    @Test
    void missingDocumentsBlockRefusingAndClosingButNotGranting() {
        Lifecycle.Facts pending = facts(ACCEPTED_PENDING_DOCUMENTS, RECEIVER, "legalaid", 2);
        assertThat(to(pending, EventType.REFUSED)).isEmpty();
        assertThat(to(pending, EventType.GRANTED)).as("aid may go ahead (先行援助) while papers are missing").contains(GRANTED);
        assertThat(to(facts(IN_PROGRESS, RECEIVER, "legalaid", 1), EventType.CLOSED)).isEmpty();
        assertThat(to(facts(IN_PROGRESS, RECEIVER, "legalaid", 0), EventType.CLOSED)).contains(CLOSED);
        assertThat(Lifecycle.allowed(pending)).doesNotContain("REFUSED").contains("DOCUMENTS_RECEIVED", "GRANTED");
    }

    @Test
    void theLastDocumentEndsTheWaitButNotAnEarlierOne() {
        var last = new Lifecycle.Facts(ACCEPTED_PENDING_DOCUMENTS, RECEIVER, "legalaid", 1, true, false, false, false, Optional.empty());
        var notLast = new Lifecycle.Facts(ACCEPTED_PENDING_DOCUMENTS, RECEIVER, "legalaid", 2, false, false, false, false, Optional.empty());
        assertThat(to(last, EventType.DOCUMENTS_RECEIVED)).contains(ACCEPTED);
        assertThat(to(notLast, EventType.DOCUMENTS_RECEIVED)).contains(ACCEPTED_PENDING_DOCUMENTS);
    }

    @Test
    void onlyASupervisorWaives() {
        assertThat(to(facts(ACCEPTED_PENDING_DOCUMENTS, RECEIVER, "legalaid", 1), EventType.DOCUMENTS_WAIVED)).isEmpty();
        var supervisor = new Lifecycle.Facts(ACCEPTED_PENDING_DOCUMENTS, RECEIVER, "legalaid", 1, true, false, false, true, Optional.empty());
        assertThat(to(supervisor, EventType.DOCUMENTS_WAIVED)).contains(ACCEPTED);
    }

    @Test
    void theReferrerMayOnlyCancelAndOnlyBeforeAcceptance() {
        Set<Lifecycle.Party> sender = EnumSet.of(Lifecycle.Party.SENDER);
        assertThat(Lifecycle.allowed(facts(DELIVERED, sender, "legalaid", 0))).containsExactly("CANCELLED");
        assertThat(Lifecycle.allowed(facts(ACCEPTED, sender, "legalaid", 0))).isEmpty();
        var refusal = Lifecycle.decide(facts(ACCEPTED, sender, "legalaid", 0), EventType.CANCELLED).refusal().orElseThrow();
        assertThat(refusal.reason()).contains("sender cannot report CANCELLED while the referral is ACCEPTED (已受理)");
    }

    @Test
    void anObjectionIsDecidedByTheJusticeBureau() {
        Set<Lifecycle.Party> bureau = EnumSet.of(Lifecycle.Party.COORDINATOR);
        assertThat(to(facts(REFUSED, bureau, "legalaid", 0), EventType.OBJECTION_FILED)).contains(OBJECTION_REVIEW);
        var overturned = new Lifecycle.Facts(OBJECTION_REVIEW, bureau, "legalaid", 0, false, false, true, false, Optional.empty());
        assertThat(to(overturned, EventType.OBJECTION_DECIDED)).contains(GRANTED);
        assertThat(to(facts(OBJECTION_REVIEW, bureau, "legalaid", 0), EventType.OBJECTION_DECIDED)).contains(REFUSED);
    }

    @Test
    void aDuplicateAlreadyAssignedIsNotAssignedAgain() {
        var duplicate = new Lifecycle.Facts(GRANTED, RECEIVER, "legalaid", 0, false, false, false, false,
                Optional.of("referral R1 of legalaid-330300"));
        var decision = Lifecycle.decide(duplicate, EventType.ASSIGNED);
        assertThat(decision.to()).isEmpty();
        assertThat(decision.refusal().orElseThrow().reason()).contains("R1", "DUPLICATE");
        assertThat(decision.refusal().orElseThrow().allowed()).doesNotContain("ASSIGNED").contains("DECLINED");
    }

    @Test
    void mediationOutcomesAreTheCommitteesAndAFailureMovesTheCaseOn() {
        assertThat(to(facts(IN_PROGRESS, RECEIVER, "mediation", 0), EventType.MEDIATION_AGREED)).contains(CLOSED);
        assertThat(to(facts(IN_PROGRESS, RECEIVER, "mediation", 0), EventType.MEDIATION_FAILED)).contains(SUBMITTED);
        assertThat(to(facts(IN_PROGRESS, RECEIVER, "legalaid", 0), EventType.MEDIATION_FAILED)).isEmpty();
    }

    @Test
    void theAssigneeReportsProgressAndMayHandTheAssignmentBack() {
        Set<Lifecycle.Party> assignee = EnumSet.of(Lifecycle.Party.ASSIGNEE);
        assertThat(to(facts(ASSIGNED, assignee, "legalaid", 0), EventType.ASSIGNMENT_ACCEPTED)).contains(IN_PROGRESS);
        assertThat(to(facts(ASSIGNED, assignee, "legalaid", 0), EventType.ASSIGNMENT_DECLINED)).contains(GRANTED);
        assertThat(to(facts(IN_PROGRESS, assignee, "legalaid", 0), EventType.PROGRESS)).contains(IN_PROGRESS);
        assertThat(to(facts(IN_PROGRESS, assignee, "legalaid", 0), EventType.TERMINATED)).as("only the centre terminates").isEmpty();
    }

    @Test
    void finishedCasesAllowNothingButArchiving() {
        assertThat(Lifecycle.allowed(facts(CLOSED, RECEIVER, "legalaid", 0))).containsExactly("ARCHIVED");
        for (ReferralStatus done : EnumSet.of(ARCHIVED, DECLINED, CANCELLED)) {
            assertThat(Lifecycle.allowed(facts(done, EnumSet.allOf(Lifecycle.Party.class), "legalaid", 0))).as(done.name()).isEmpty();
        }
    }
}
