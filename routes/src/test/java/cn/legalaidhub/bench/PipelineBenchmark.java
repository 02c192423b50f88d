package cn.legalaidhub.bench;

import static org.awaitility.Awaitility.await;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.feed.CaseFeedIndex;
import cn.legalaidhub.ledger.ReferralLedger;
import cn.legalaidhub.support.HubIntegrationTest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Not a test: a measurement, run with {@code ./mvnw -Pbenchmark verify} (see README "Benchmarks").
 * In one run on the same machine it prints (1) the raw durable send rate of the hub's own Artemis
 * broker, (2) the rate of the hub's HTTP door with no work behind it (the same clients asking
 * {@code GET /api/v1/agencies/me}), the ceiling of any intake on this stack and machine, (3) the
 * accept rate of POST /api/v1/referrals while the pipeline behind intake (delivery, case feed,
 * clocks and linking, outbox) is paused, which is what intake alone costs, (4) the accept rate with
 * p50/p99 latency at full load with everything running, and (5) at half that rate,
 * intake→delivered and intake→searchable latency p50/p99.
 */
class PipelineBenchmark extends HubIntegrationTest {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    CaseFeedIndex index;
    @Autowired
    cn.legalaidhub.intake.GroupCommit groupCommit;
    @Autowired
    CamelContext camel;
    @Autowired
    ReferralLedger ledger;
    @Autowired
    javax.sql.DataSource dataSource;

    // the integration tests sweep clocks every 500 ms so that deadlines fire quickly; the hub's default is measured here
    static {
        System.setProperty(SWEEP_PERIOD_PROPERTY, System.getProperty("bench.sweep-period-ms", "10000"));
    }

    @Value("${hub.lifecycle.sweep-period-ms}")
    long sweepPeriodMs;

    @Test
    void measure() throws Exception {
        String body = new SampleReferrals(1).wageArrears("BENCH-SIZE").toString();
        warmUp();
        // -Dbench.jfr=target/bench.jfr records a profile of the whole measurement (JDK Flight Recorder)
        String jfr = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = jfr == null ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        if (recording != null) {
            recording.start();
        }
        double raw = rawDurableSendRate(body.length() + 300);
        Load door = load(Double.MAX_VALUE, DOOR, new ConcurrentHashMap<>());
        Load alone = intakeAlone();
        Map<String, Long> fullSubmitted = new ConcurrentHashMap<>();
        var fullWatch = watchSearchable(fullSubmitted);
        Load full = load(Double.MAX_VALUE, referrals("FULL"), fullSubmitted);
        Map<String, Long> fullSearchable = fullWatch.finish(600);
        await().atMost(Duration.ofMinutes(10)).until(() -> LEGAL_AID.referralsReceived().containsAll(full.submittedAt().keySet()));
        long drained = Math.max(fullSearchable.values().stream().mapToLong(Long::longValue).max().orElse(0),
                full.submittedAt().keySet().stream().mapToLong(LEGAL_AID::firstReceivedNanos).max().orElse(0));
        double endToEndRate = full.submittedAt().size() / ((drained - full.startedAt()) / 1e9);
        Map<String, Long> halfSubmitted = new ConcurrentHashMap<>();
        var halfWatch = watchSearchable(halfSubmitted);
        Load half = load(full.rate() / 2, referrals("HALF"), halfSubmitted);
        List<Long> delivered = new ArrayList<>();
        List<Long> searchable = new ArrayList<>();
        endToEnd(half, halfWatch.finish(120), delivered, searchable);

        StringBuilder out = new StringBuilder();
        out.append(String.format("%n=== Legal Aid Hub pipeline benchmark (%d clients, %d s per phase, %d cores) ===%n",
                CLIENTS, SECONDS, Runtime.getRuntime().availableProcessors()));
        out.append(String.format("clock sweep and linking every %d ms; ledger %s%n", sweepPeriodMs, ledgerProduct()));
        out.append(String.format("raw Artemis durable send rate (same broker, %d producers): %.0f msg/s%n", CLIENTS, raw));
        out.append(String.format("the hub's HTTP door, no work behind it (GET /api/v1/agencies/me, same clients): %.0f /s, "
                + "p50 %.1f ms (ratio to raw durable rate %.2f)%n", door.rate(), ms(percentile(door.latencies(), 50)), door.rate() / raw));
        out.append(String.format("accepted referrals with the pipeline behind intake paused (intake alone): %.0f /s, p50 %.1f ms, "
                + "p99 %.1f ms (ratio to raw durable rate %.2f)%n", alone.rate(), ms(percentile(alone.latencies(), 50)),
                ms(percentile(alone.latencies(), 99)), alone.rate() / raw));
        out.append(String.format("accepted referrals (POST → 202) at full load: %.0f /s, p50 %.1f ms, p99 %.1f ms (%d accepted)%n",
                full.rate(), ms(percentile(full.latencies(), 50)), ms(percentile(full.latencies(), 99)), full.latencies().size()));
        out.append(String.format("ratio accept rate / raw durable rate: %.2f (aim >= 0.40)%n", full.rate() / raw));
        out.append(String.format("group commit: %.1f submissions per ledger and broker transaction on average%n",
                groupCommit.meanGroupSize()));
        out.append(String.format("end-to-end rate at full load (all of them accepted, delivered and searchable): %.0f /s "
                + "(ratio to raw durable rate %.2f)%n", endToEndRate, endToEndRate / raw));
        out.append(String.format("end to end at half load (%.0f /s offered, %.0f /s accepted):%n", full.rate() / 2, half.rate()));
        out.append(String.format("  intake → delivered to partner: p50 %.0f ms, p99 %.0f ms (%d referrals)%n",
                ms(percentile(delivered, 50)), ms(percentile(delivered, 99)), delivered.size()));
        out.append(String.format("  intake → searchable in case feed: p50 %.0f ms, p99 %.0f ms (aim p99 <= 2500 ms)%n",
                ms(percentile(searchable, 50)), ms(percentile(searchable, 99))));
        System.out.println(out);
        Files.writeString(Path.of("target", "benchmark-results.txt"), out.toString());
        if (recording != null) {
            recording.dump(Path.of(jfr));
            recording.close();
        }
    }

    private void warmUp() throws Exception {
        HubApiClient client = as("arbitration-330300");
        SampleReferrals samples = new SampleReferrals(99);
        for (int i = 0; i < 300; i++) {
            client.post("/api/v1/referrals", samples.wageArrears("WARM-" + i + "-" + System.nanoTime()).toString());
        }
    }

    private double rawDurableSendRate(int messageSize) throws Exception {
        String payload = "x".repeat(messageSize);
        AtomicLong sent = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int t = 0; t < CLIENTS; t++) {
            pool.submit(() -> {
                try (Connection c = connectionFactory.createConnection()) {
                    Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    MessageProducer producer = session.createProducer(session.createQueue("bench.raw"));
                    producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                    while (System.nanoTime() < deadline) {
                        producer.send(session.createTextMessage(payload));
                        sent.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        done.await();
        pool.shutdown();
        return sent.get() / ((System.nanoTime() - start) / 1e9);
    }

    record Load(double rate, List<Long> latencies, Map<String, Long> submittedAt, long startedAt) {
    }

    /** One request of a load phase: the referral id it was answered with, "" for an answer without one, null if refused. */
    interface Request {
        String send(HubApiClient client, long n, long phaseStart) throws Exception;
    }

    /** The hub's HTTP door with no work behind it. */
    private static final Request DOOR = (client, n, phaseStart) -> client.get("/api/v1/agencies/me").status() == 200 ? "" : null;

    /** A new referral each time, with a case number of its own. */
    private static Request referrals(String label) {
        SampleReferrals samples = new SampleReferrals(label.hashCode());
        return (client, n, phaseStart) -> {
            HubApiClient.Response r = client.post("/api/v1/referrals", samples.wageArrears(label + "-" + n + "-" + phaseStart).toString());
            return r.status() == 202 ? json(r).path("referralId").asText() : null;
        };
    }

    /** Closed loop when {@code targetRate} is unbounded, else paced to the target. */
    private Load load(double targetRate, Request request, Map<String, Long> submittedAt) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong issued = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int t = 0; t < CLIENTS; t++) {
            pool.submit(() -> {
                HubApiClient client = as("arbitration-330300");
                try {
                    while (true) {
                        long n = issued.getAndIncrement();
                        long due = targetRate == Double.MAX_VALUE ? 0 : start + (long) (n * 1e9 / targetRate);
                        while (System.nanoTime() < due) {
                            LockSupport.parkNanos(200_000);
                        }
                        long begin = System.nanoTime();
                        if (begin >= deadline) {
                            return null;
                        }
                        String answered = request.send(client, n, start);
                        long end = System.nanoTime();
                        if (answered != null) {
                            latencies.add(end - begin);
                            if (!answered.isEmpty()) {
                                submittedAt.put(answered, begin);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Load(latencies.size() / elapsed, latencies, submittedAt, start);
    }

    /**
     * Full load with the consumers behind intake stopped, so only intake runs; then they are
     * started again and the backlog is drained before the next phase.
     */
    private Load intakeAlone() throws Exception {
        List<String> paused = camel.getRoutes().stream().map(org.apache.camel.Route::getRouteId)
                .filter(id -> id.startsWith("deliver-") || id.startsWith("outbox-") || id.equals("case-feed-projection")
                        || id.equals("clock-sweep"))
                .toList();
        for (String id : paused) {
            camel.getRouteController().stopRoute(id);
        }
        Load alone;
        try {
            alone = load(Double.MAX_VALUE, referrals("ALONE"), new ConcurrentHashMap<>());
        } finally {
            for (String id : paused) {
                camel.getRouteController().startRoute(id);
            }
        }
        await().atMost(Duration.ofMinutes(10)).until(() -> LEGAL_AID.referralsReceived().containsAll(alone.submittedAt().keySet())
                && ledger.countFeedPending() == 0);
        return alone;
    }

    private void endToEnd(Load load, Map<String, Long> seenInFeed, List<Long> delivered, List<Long> searchable) {
        await().atMost(Duration.ofMinutes(2)).until(() -> LEGAL_AID.referralsReceived().containsAll(load.submittedAt().keySet()));
        for (var entry : load.submittedAt().entrySet()) {
            Long arrived = LEGAL_AID.firstReceivedNanos(entry.getKey());
            if (arrived != null) {
                delivered.add(arrived - entry.getValue());
            }
            Long seen = seenInFeed.get(entry.getKey());
            if (seen != null) {
                searchable.add(seen - entry.getValue());
            }
        }
    }

    /** Polls the case feed while a load runs, noting when each submitted referral first shows up in a search. */
    private SearchableWatch watchSearchable(Map<String, Long> submitted) {
        SearchableWatch watch = new SearchableWatch(submitted);
        watch.thread.start();
        return watch;
    }

    private final class SearchableWatch {
        private final Map<String, Long> submitted;
        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private volatile long deadline = Long.MAX_VALUE;
        private final Thread thread = new Thread(this::poll, "searchable-watch");

        SearchableWatch(Map<String, Long> submitted) {
            this.submitted = submitted;
        }

        Map<String, Long> finish(int maxSeconds) throws InterruptedException {
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
            thread.join();
            return seen;
        }

        private void poll() {
            while (System.nanoTime() < deadline && (deadline == Long.MAX_VALUE || seen.size() < submitted.size())) {
                List<String> missing = submitted.keySet().stream().filter(id -> !seen.containsKey(id)).limit(500).toList();
                if (!missing.isEmpty()) {
                    try {
                        // a search (not a get, which is real-time) sees only what a refresh has made searchable
                        SearchResponse<Void> response = elasticsearch.search(s -> s.index(index.name())
                                .query(q -> q.ids(i -> i.values(missing))).size(missing.size())
                                .source(src -> src.fetch(false)), Void.class);
                        long now = System.nanoTime();
                        response.hits().hits().forEach(hit -> seen.putIfAbsent(hit.id(), now));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        }
    }

    private String ledgerProduct() throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
