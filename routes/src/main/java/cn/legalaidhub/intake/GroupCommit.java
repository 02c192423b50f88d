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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of referral intake: the submissions that arrive while a commit is under way are
 * written together in the next one — one ledger transaction and one broker transaction — instead
 * of one each. Nobody waits for a group to fill: an idle hub commits a lone submission at once.
 * Each caller still gets its 202 only once its referral is committed and enqueued.
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
    private final BlockingQueue<Pending> queue;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicLong groups = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong committed = new java.util.concurrent.atomic.AtomicLong();

    GroupCommit(ReferralIntake intake, @Value("${hub.intake.committers}") int committers,
            @Value("${hub.intake.max-group}") int maxGroup, @Value("${hub.intake.timeout-ms}") long timeoutMs) {
        this.intake = intake;
        this.committers = committers;
        this.maxGroup = maxGroup;
        this.timeoutMs = timeoutMs;
        this.queue = new LinkedBlockingQueue<>(maxGroup * 64);
    }

    /** Submits and waits for the commit. */
    ReferralIntake.Result submit(Agency sender, JsonNode referral) throws InterruptedException {
        if (!running) {
            return intake.submit(sender, referral);
        }
        Pending pending = new Pending(new ReferralIntake.Item(sender, referral), new CompletableFuture<>());
        if (!queue.offer(pending, timeoutMs, TimeUnit.MILLISECONDS)) {
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
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
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
