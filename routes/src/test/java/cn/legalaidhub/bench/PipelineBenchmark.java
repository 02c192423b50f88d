package cn.legalaidhub.bench;

import cn.legalaidhub.adapters.support.HubApiClient;
import cn.legalaidhub.adapters.support.SampleReferrals;
import cn.legalaidhub.feed.CaseFeedIndex;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: a measurement, run with {@code ./mvnw -Pbenchmark verify} (see README "Benchmarks").
 * In one run on the same machine it prints (1) the raw durable send rate of the hub's own Artemis
 * broker, (2) the accept rate of POST /api/v1/referrals with p50/p99 latency at full load, and
 * (3) at half that rate, intake→delivered and intake→searchable latency p50/p99.
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

    @Test
    void measure() throws Exception {
        String body = new SampleReferrals(1).wageArrears("BENCH-SIZE").toString();
        warmUp();
        double raw = rawDurableSendRate(body.length() + 300);
        Load full = load(Double.MAX_VALUE, "FULL");
        Load half = load(full.rate() / 2, "HALF");
        List<Long> delivered = new ArrayList<>();
        List<Long> searchable = new ArrayList<>();
        endToEnd(half, delivered, searchable);

        StringBuilder out = new StringBuilder();
        out.append(String.format("%n=== Legal Aid Hub pipeline benchmark (%d clients, %d s per phase, %d cores) ===%n",
                CLIENTS, SECONDS, Runtime.getRuntime().availableProcessors()));
        out.append(String.format("raw Artemis durable send rate (same broker, %d producers): %.0f msg/s%n", CLIENTS, raw));
        out.append(String.format("accepted referrals (POST → 202) at full load: %.0f /s, p50 %.1f ms, p99 %.1f ms (%d accepted)%n",
                full.rate(), ms(percentile(full.latencies(), 50)), ms(percentile(full.latencies(), 99)), full.latencies().size()));
        out.append(String.format("ratio accept rate / raw durable rate: %.2f (aim >= 0.40)%n", full.rate() / raw));
        out.append(String.format("end to end at half load (%.0f /s offered, %.0f /s accepted):%n", full.rate() / 2, half.rate()));
        out.append(String.format("  intake → delivered to partner: p50 %.0f ms, p99 %.0f ms (%d referrals)%n",
                ms(percentile(delivered, 50)), ms(percentile(delivered, 99)), delivered.size()));
        out.append(String.format("  intake → searchable in case feed: p50 %.0f ms, p99 %.0f ms (aim p99 <= 2500 ms)%n",
                ms(percentile(searchable, 50)), ms(percentile(searchable, 99))));
        System.out.println(out);
        Files.writeString(Path.of("target", "benchmark-results.txt"), out.toString());
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

    record Load(double rate, List<Long> latencies, Map<String, Long> submittedAt) {
    }

    /** Closed loop when {@code targetRate} is unbounded, else paced to the target. */
    private Load load(double targetRate, String label) throws Exception {
        SampleReferrals samples = new SampleReferrals(label.hashCode());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> submittedAt = new ConcurrentHashMap<>();
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
                        String body = samples.wageArrears(label + "-" + n + "-" + start).toString();
                        HubApiClient.Response r = client.post("/api/v1/referrals", body);
                        long end = System.nanoTime();
                        if (r.status() == 202) {
                            latencies.add(end - begin);
                            submittedAt.put(json(r).path("referralId").asText(), begin);
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
        return new Load(latencies.size() / elapsed, latencies, submittedAt);
    }

    private void endToEnd(Load load, List<Long> delivered, List<Long> searchable) throws Exception {
        Map<String, Long> seenInFeed = new ConcurrentHashMap<>();
        List<String> ids = new ArrayList<>(load.submittedAt().keySet());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (seenInFeed.size() < ids.size() && System.nanoTime() < deadline) {
            List<String> missing = ids.stream().filter(id -> !seenInFeed.containsKey(id)).limit(1000).toList();
            // a search (not a get, which is real-time) sees only what a refresh has made searchable
            SearchResponse<Void> response = elasticsearch.search(s -> s.index(index.name())
                    .query(q -> q.ids(i -> i.values(missing))).size(missing.size()).source(src -> src.fetch(false)), Void.class);
            long now = System.nanoTime();
            response.hits().hits().forEach(hit -> seenInFeed.putIfAbsent(hit.id(), now));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        for (String id : ids) {
            long submitted = load.submittedAt().get(id);
            Long arrived = LEGAL_AID.firstReceivedNanos(id);
            if (arrived != null) {
                delivered.add(arrived - submitted);
            }
            Long seen = seenInFeed.get(id);
            if (seen != null) {
                searchable.add(seen - submitted);
            }
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
