package cn.legalaidhub.adapters.commerce;

import static org.awaitility.Awaitility.await;

import cn.legalaidhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: a measurement, run with {@code ./mvnw -Pbenchmark verify}. Generates a 100,000-row CSV
 * and a 100,000-row XLSX batch file (valid ID numbers and credit codes; the XLSX with a shared-strings
 * table, as Excel writes it) and measures
 * <ol>
 * <li>the streaming reader alone (read + map every row to a referral, no hub): rows/s, and the heap the
 * reading retains, measured after a full GC every 10,000 rows — flat means bounded memory;</li>
 * <li>the whole hub: the file uploaded over SFTP by the workstation simulator and read into referrals
 * through the batch door (validation, triage, routing, ledger + broker), the result file written: rows/s
 * and peak heap of the hub's JVM (all of it: broker, search node, case-feed projection) while the file
 * was read. The rows are for Taiyuan (140105), whose legal-aid center reads its inbox, so that the
 * measurement is the intake, not 100,000 HTTP pushes running beside it.</li>
 * </ol>
 * Prints the figures and writes them to {@code routes/target/commerce-benchmark-results.txt}.
 */
class CommerceBatchBenchmark extends HubIntegrationTest {

    private static final int ROWS = Integer.getInteger("bench.commerce.rows", 100_000);
    private static final String WORKSTATION = "commerce-330300";
    /** Rows for Taiyuan (140105): its legal-aid center reads an inbox, so 100,000 HTTP pushes do not run alongside. */
    private static final int REGION_COLUMN = IntakeTemplate.COLUMNS.indexOf(IntakeTemplate.column("region"));

    @Autowired
    CommerceSftpServer sftpServer;

    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "commerce-bench-");
        String prefix = "BENCH-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Path csv = dir.resolve("bench-" + ROWS + ".csv");
        Path xlsx = dir.resolve("bench-" + ROWS + ".xlsx");
        try (OutputStream out = Files.newOutputStream(csv)) {
            WorkstationFiles.writeCsv(out, rows(prefix + "C-"), StandardCharsets.UTF_8, true);
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            WorkstationFiles.writeXlsx(out, rows(prefix + "X-"));
        }
        line("=== Commerce batch files: %,d rows, %d cores, max heap %d MB ===", ROWS,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        line("files: CSV %.1f MB, XLSX %.1f MB", Files.size(csv) / 1e6, Files.size(xlsx) / 1e6);

        readerOnly(csv, BatchFormat.CSV);
        readerOnly(xlsx, BatchFormat.XLSX);
        throughTheHub(csv);
        throughTheHub(xlsx);

        System.out.println(report);
        Files.writeString(Path.of("target", "commerce-benchmark-results.txt"), report.toString());
    }

    private void readerOnly(Path file, BatchFormat format) throws Exception {
        AtomicLong rows = new AtomicLong();
        AtomicLong retained = new AtomicLong();
        long baseline = usedAfterGc();
        IntakeRowReader[] reader = new IntakeRowReader[1];
        RowHandler handler = (n, cells) -> {
            if (reader[0] == null) {
                reader[0] = new IntakeRowReader(IntakeTemplate.mapHeader(cells));
                return;
            }
            IntakeRowReader.Row row = reader[0].read(cells);
            if (!row.valid()) {
                throw new IllegalStateException("row " + n + ": " + row.problems());
            }
            IntakeReferralMapping.toReferral(row.record());
            if (rows.incrementAndGet() % 10_000 == 0) {
                retained.accumulateAndGet(usedAfterGc() - baseline, Math::max);
            }
        };
        long start = System.nanoTime();
        if (format == BatchFormat.CSV) {
            CsvBatchFile.read(file, handler);
        } else {
            XlsxBatchFile.read(file, handler);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        line("%s streaming reader + row mapping (no hub): %,.0f rows/s (%d full GCs included); heap retained while reading: "
                + "at most %.1f MB above the start", format, rows.get() / seconds, rows.get() / 10_000, retained.get() / 1e6);
    }

    private void throughTheHub(Path file) throws Exception {
        try (WorkstationSimulator workstation = new WorkstationSimulator("127.0.0.1", sftpServer.port(), WORKSTATION,
                "it-commerce-330300-sftp", null, as(WORKSTATION))) {
            long liveBefore = usedAfterGc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long uploadStart = System.nanoTime();
            String name = file.getFileName().toString();
            workstation.upload(name, file);
            workstation.upload(name + ".done", new byte[0]);
            double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
            JsonNode batch = await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> batchNamed(name), b -> b != null && b.path("status").asText().equals("DONE"));
            sampler.stop();
            long poolPeaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            double seconds = Duration.between(OffsetDateTime.parse(batch.path("startedAt").asText()),
                    OffsetDateTime.parse(batch.path("finishedAt").asText())).toMillis() / 1000.0;
            int accepted = batch.path("rowsAccepted").asInt();
            line("%s through the hub (SFTP upload %.1f s, then read → batch door → ledger + broker → result file): %,d rows read, "
                    + "%,d accepted, %,d rejected in %.1f s = %,.0f rows/s; heap of the whole hub JVM while reading: peak %.0f MB "
                    + "(sampled), pools' peak sum %.0f MB; live heap (after a full GC every 10 s) %.0f MB before, at most %.0f MB "
                    + "while reading", batch.path("format").asText(), uploadSeconds, batch.path("rowsRead").asInt(),
                    accepted, batch.path("rowsRejected").asInt(), seconds, batch.path("rowsRead").asInt() / seconds,
                    sampler.peak() / 1e6, poolPeaks / 1e6, liveBefore / 1e6, sampler.livePeak() / 1e6);
        }
    }

    private JsonNode batchNamed(String name) throws Exception {
        for (JsonNode b : json(as(WORKSTATION).get("/partner/commerce/batches?size=20")).path("items")) {
            if (b.path("fileName").asText().equals(name)) {
                return b;
            }
        }
        return null;
    }

    private static Iterable<List<String>> rows(String prefix) {
        return () -> new Iterator<>() {
            private final WorkstationFiles.SampleRows samples = new WorkstationFiles.SampleRows(prefix.hashCode(), prefix);
            private int n = -1;

            @Override
            public boolean hasNext() {
                return n < ROWS;
            }

            @Override
            public List<String> next() {
                if (n++ < 0) {
                    return WorkstationFiles.header();
                }
                List<String> row = samples.next();
                row.set(REGION_COLUMN, "140105");
                return row;
            }
        };
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private void line(String format, Object... args) {
        report.append(String.format(format, args)).append('\n');
    }

    /** Samples the used heap every 50 ms, and the live heap after a full GC every 10 s. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong livePeak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::run, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak.get();
        }

        long livePeak() {
            return livePeak.get();
        }

        private void run() {
            long nextGc = System.nanoTime() + 10_000_000_000L;
            while (running) {
                Runtime r = Runtime.getRuntime();
                peak.accumulateAndGet(r.totalMemory() - r.freeMemory(), Math::max);
                if (System.nanoTime() > nextGc) {
                    livePeak.accumulateAndGet(usedAfterGc(), Math::max);
                    nextGc = System.nanoTime() + 10_000_000_000L;
                }
                LockSupport.parkNanos(50_000_000);
            }
        }
    }
}
