package cn.legalaidhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gathering rule of the group commit: a commit waits for submissions still being validated,
 * and only for them. The gather time is set far longer than any test runs, so a test that finishes
 * shows the committer did not wait for it.
 */
class GroupCommitTest {

    private static final double LONG_GATHER_MS = 60_000;

    private final RecordingIntake intake = new RecordingIntake();
    private GroupCommit groupCommit;

    @AfterEach
    void stop() {
        if (groupCommit != null) {
            groupCommit.stop();
        }
    }

    @Test
    void aLoneSubmissionIsCommittedAtOnce() throws Exception {
        start(LONG_GATHER_MS);

        CompletableFuture<ReferralIntake.Result> alone = submitAsync(groupCommit.arrival(), "A");

        await().atMost(Duration.ofSeconds(5)).until(alone::isDone);
        assertThat(intake.groups).containsExactly(List.of("A"));
    }

    @Test
    void aCommitWaitsForASubmissionStillBeingValidated() throws Exception {
        start(LONG_GATHER_MS);
        GroupCommit.Arrival stillValidating = groupCommit.arrival();

        CompletableFuture<ReferralIntake.Result> first = submitAsync(groupCommit.arrival(), "A");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !first.isDone());
        CompletableFuture<ReferralIntake.Result> second = submitAsync(stillValidating, "B");

        await().atMost(Duration.ofSeconds(5)).until(() -> first.isDone() && second.isDone());
        assertThat(intake.groups).containsExactly(List.of("A", "B"));
    }

    @Test
    void aRefusedSubmissionEndsTheWait() throws Exception {
        start(LONG_GATHER_MS);
        GroupCommit.Arrival refused = groupCommit.arrival();

        CompletableFuture<ReferralIntake.Result> first = submitAsync(groupCommit.arrival(), "A");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !first.isDone());
        refused.close();
        refused.close();

        await().atMost(Duration.ofSeconds(5)).until(first::isDone);
        assertThat(intake.groups).containsExactly(List.of("A"));
        CompletableFuture<ReferralIntake.Result> next = submitAsync(groupCommit.arrival(), "C");
        await().atMost(Duration.ofSeconds(5)).until(next::isDone);
        assertThat(intake.groups).containsExactly(List.of("A"), List.of("C"));
    }

    @Test
    void withoutGatheringTheCommitDoesNotWait() throws Exception {
        start(0);
        GroupCommit.Arrival neverComes = groupCommit.arrival();

        CompletableFuture<ReferralIntake.Result> first = submitAsync(groupCommit.arrival(), "A");

        await().atMost(Duration.ofSeconds(5)).until(first::isDone);
        assertThat(intake.groups).containsExactly(List.of("A"));
        neverComes.close();
    }

    private void start(double gatherMs) {
        groupCommit = new GroupCommit(intake, 1, 64, 30_000, gatherMs);
        groupCommit.start();
    }

    private CompletableFuture<ReferralIntake.Result> submitAsync(GroupCommit.Arrival arrival, String sourceRef) {
        var referral = JsonNodeFactory.instance.objectNode().put("sourceRef", sourceRef);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return groupCommit.submit(arrival, null, referral);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Stands in for the ledger and broker: records each group it is given. */
    private static final class RecordingIntake extends ReferralIntake {
        final List<List<String>> groups = new CopyOnWriteArrayList<>();

        RecordingIntake() {
            super(null, null, null, null, null, null, null, null, Clock.systemUTC());
        }

        @Override
        public List<Result> submitGroup(List<Item> items) {
            groups.add(items.stream().map(i -> i.referral().path("sourceRef").asText()).toList());
            return items.stream().map(i -> new Result("R-" + i.referral().path("sourceRef").asText(), "SUBMITTED", "x", false))
                    .toList();
        }
    }
}
