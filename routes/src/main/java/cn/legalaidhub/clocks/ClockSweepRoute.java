package cn.legalaidhub.clocks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every {@code hub.lifecycle.sweep-period-ms}, the replica holding the lease fires the clocks that
 * are due — reminders, overdue notices, escalations, mediation fall-backs — and then links new
 * cases (duplicates, collective cases). Other replicas wait for the lease.
 */
@Component
class ClockSweepRoute extends RouteBuilder {

    static final String LEASE = "clock-sweep";
    private static final int BATCH = 200;

    private final ClockLedger clocks;
    private final List<ClockHandler> handlers;
    private final List<AfterSweep> afterSweep;
    private final SchedulerLease lease;
    private final java.time.Clock clock;
    private final Duration ttl;

    ClockSweepRoute(ClockLedger clocks, List<ClockHandler> handlers, List<AfterSweep> afterSweep, SchedulerLease lease, java.time.Clock clock,
            @Value("${hub.lifecycle.sweep-period-ms}") long periodMs) {
        this.clocks = clocks;
        this.handlers = handlers;
        this.afterSweep = afterSweep;
        this.lease = lease;
        this.clock = clock;
        this.ttl = Duration.ofMillis(Math.max(3 * periodMs, 5_000));
    }

    @Override
    public void configure() {
        from("timer:clock-sweep?delay=2000&period={{hub.lifecycle.sweep-period-ms}}").routeId("clock-sweep")
                .process(exchange -> sweep());
    }

    void sweep() {
        Instant now = clock.instant();
        if (!lease.tryAcquire(LEASE, ttl, now)) {
            return;
        }
        List<Clock> due;
        do {
            due = clocks.due(now, BATCH);
            for (Clock c : due) {
                int level = Clock.levelAt(c.kind(), c.level(), now, c.remindAt(), c.dueAt(), c.escalateAt());
                if (level == c.level()) {
                    continue;
                }
                handlers.stream().filter(h -> h.handles(c)).findFirst().ifPresentOrElse(h -> {
                    try {
                        h.fire(c, level, now);
                    } catch (RuntimeException e) {
                        log.warn("Clock {} ({} of {} {}) could not fire: {}", c.id(), c.kind(), c.subjectType(), c.subjectId(),
                                e.toString());
                    }
                }, () -> log.warn("No handler for clock {} of {} {}", c.id(), c.subjectType(), c.subjectId()));
            }
        } while (due.size() == BATCH && lease.tryAcquire(LEASE, ttl, clock.instant()));
        afterSweep.forEach(a -> a.run(now));
    }
}
