package cn.legalaidhub.intake;

import cn.legalaidhub.agency.Agency;
import cn.legalaidhub.web.HubException;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of referral intake: the submissions that arrive while a commit is under way are
 * written together in the next one — one ledger transaction and one broker transaction — instead
 * of one each. A commit costs nearly the same for one referral as for twenty (the embedded ledger
 * writes its changed pages once per commit), so the committer also gathers: while other
 * submissions are still being read and validated ({@link #arrival()}), it waits for them up to
 * {@code hub.intake.gather-ms} before it commits. Nobody waits for a group to fill: with nothing
 * else on its way, a lone submission is committed at once. Each caller still gets its 202 only
 * once its referral is committed and enqueued.
 */
@Component
public class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending(ReferralIntake.Item item, CompletableFuture<ReferralIntake.Result> result) {
    }

    private final ReferralIntake intake;
    private final int committers;
    private final int maxGroup;
    private final long timeoutMs;
    private final long gatherNanos;
    private final AtomicInteger arriving = new AtomicInteger();
    private final BlockingQueue<Pending> queue;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicLong groups = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong committed = new java.util.concurrent.atomic.AtomicLong();

    GroupCommit(ReferralIntake intake, @Value("${hub.intake.committers}") int committers,
            @Value("${hub.intake.max-group}") int maxGroup, @Value("${hub.intake.timeout-ms}") long timeoutMs,
            @Value("${hub.intake.gather-ms}") double gatherMs) {
        this.intake = intake;
        this.committers = committers;
        this.maxGroup = maxGroup;
        this.timeoutMs = timeoutMs;
        this.gatherNanos = (long) (gatherMs * 1_000_000);
        this.queue = new LinkedBlockingQueue<>(maxGroup * 64);
    }

    /**
     * Announces a submission on its way (being read and validated), so that a commit about to start
     * waits for it; closing the arrival — after {@link #submit} or on refusal — ends the wait.
     */
    Arrival arrival() {
        arriving.incrementAndGet();
        return new Arrival();
    }

    /** A submission on its way to the committer; closing it twice counts once. */
    final class Arrival implements AutoCloseable {
        private boolean open = true;

        @Override
        public void close() {
            if (open) {
                open = false;
                arriving.decrementAndGet();
            }
        }
    }

    /** Submits and waits for the commit; the arrival, if any, is closed once the submission is queued. */
    ReferralIntake.Result submit(Arrival arrival, Agency sender, JsonNode referral) throws InterruptedException {
        if (!running) {
            arrival.close();
            return intake.submit(sender, referral);
        }
        Pending pending = new Pending(new ReferralIntake.Item(sender, referral), new CompletableFuture<>());
        boolean queued = queue.offer(pending, timeoutMs, TimeUnit.MILLISECONDS);
        arrival.close();
        if (!queued) {
            throw busy();
        }
        try {
            return pending.result().get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // the commit may still happen; a retry with the same sourceRef is answered idempotently
            throw busy();
        }
    }

    private void commitLoop() {
        List<Pending> group = new ArrayList<>(maxGroup);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroup - 1);
                gather(group);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    /** Waits, at most the gather time, for the submissions still being validated to join the group. */
    private void gather(List<Pending> group) throws InterruptedException {
        long deadline = System.nanoTime() + gatherNanos;
        while (group.size() < maxGroup && arriving.get() > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Pending next = queue.poll(Math.min(left, 200_000), TimeUnit.NANOSECONDS);
            if (next != null) {
                group.add(next);
                queue.drainTo(group, maxGroup - group.size());
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            List<ReferralIntake.Result> results = intake.submitGroup(group.stream().map(Pending::item).toList());
            groups.incrementAndGet();
            committed.addAndGet(group.size());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            log.warn("Group commit of {} submissions failed: {}", group.size(), e.toString());
            group.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    /** Submissions per commit so far (1.0 when every commit was a lone submission). */
    public double meanGroupSize() {
        long g = groups.get();
        return g == 0 ? 0 : (double) committed.get() / g;
    }

    private static HubException busy() {
        return new HubException(Problem.of(503, "Busy 系统繁忙",
                "The hub could not commit the referral in time; send it again (the same sourceRef is never accepted twice)."));
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < committers; i++) {
            Thread t = new Thread(this::commitLoop, "intake-commit-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops after the web server (no new requests) and before the broker and the database
        return Integer.MAX_VALUE - 2048;
    }
}
