package cn.legalaidhub.adapters.commerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads one claimed batch file row by row, hands the good rows to the hub's batch door in chunks, and
 * writes the result file: every row of the file with its 处理结果, 转介编号 and 原因. Memory stays bounded
 * whatever the file's size: one chunk of rows at a time, streamed reading and writing. A file that
 * cannot be read as the template (wrong format, missing columns) ends {@code FAILED} with a result file
 * naming every problem; a passing failure of the hub itself leaves the file in the spool to be read
 * again later.
 */
@Component
class BatchProcessor {

    static final String ACCEPTED = "已受理";
    static final String DUPLICATE = "已受理（重复提交）";
    static final String REJECTED = "退回";
    static final String FILE_REJECTED = "文件退回";

    private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

    private final Workstations workstations;
    private final BatchLedger ledger;
    private final IntakeDoor door;
    private final CommerceSettings settings;

    BatchProcessor(Workstations workstations, BatchLedger ledger, IntakeDoor door, CommerceSettings settings) {
        this.workstations = workstations;
        this.ledger = ledger;
        this.door = door;
        this.settings = settings;
    }

    /** A problem with the file as a whole; every item is listed in the result file. */
    static final class FileProblem extends Exception {
        private final List<String> problems;

        FileProblem(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }
    }

    /** The hub could not take a chunk (database or broker down): the file is read again later. */
    static final class HubFailure extends Exception {
        HubFailure(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Processes the batch to its end; throws only when the hub itself failed and the file must be read again. */
    BatchLedger.Batch process(BatchInbox.Claimed claimed, BatchInbox inbox) throws Exception {
        BatchLedger.Batch batch = ledger.find(claimed.batchId()).orElseThrow();
        BatchFormat format = batch.format();
        ledger.started(batch.id());
        long started = System.nanoTime();
        Path partial = workstations.spool(claimed.agency()).resolve("." + batch.id() + ".result.part");
        String resultName = resultFileName(batch);
        BatchLedger.Status status;
        String error = null;
        Run run = null;
        try {
            CsvBatchFile.Encoding encoding = format == BatchFormat.CSV ? CsvBatchFile.detect(claimed.spoolFile())
                    : CsvBatchFile.Encoding.UTF8_BOM;
            try (ResultFileWriter writer = format == BatchFormat.XLSX ? ResultFileWriter.xlsx(partial)
                    : ResultFileWriter.csv(partial, encoding)) {
                run = new Run(batch, writer);
                try {
                    read(format, claimed.spoolFile(), run);
                    run.finish();
                    status = BatchLedger.Status.DONE;
                } catch (FileProblem problem) {
                    run.fileRejected(problem.problems);
                    status = BatchLedger.Status.FAILED;
                    error = problem.getMessage();
                }
            }
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            if (run != null) {
                ledger.progress(batch.id(), run.counts);
            }
            throw e;
        }
        Path result = workstations.folder(claimed.agency(), Workstations.RESULTS).resolve(resultName);
        Files.move(partial, result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ledger.finished(batch.id(), status, run.counts, error, Workstations.RESULTS + "/" + resultName);
        inbox.moveAway(claimed, status);
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Batch {} of {} {}: {} rows read, {} accepted ({} already known), {} rejected in {} s ({} rows/s)",
                batch.id(), claimed.agency(), status, run.counts.read(), run.counts.accepted(), run.counts.duplicate(),
                run.counts.rejected(), String.format("%.1f", seconds), String.format("%.0f", run.counts.read() / Math.max(seconds, 1e-3)));
        return ledger.find(batch.id()).orElseThrow();
    }

    static String resultFileName(BatchLedger.Batch batch) {
        String name = batch.fileName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = batch.format() == BatchFormat.XLSX ? ".xlsx" : ".csv";
        return batch.id() + "_" + base + ".result" + extension;
    }

    private static void read(BatchFormat format, Path file, RowHandler handler) throws Exception {
        if (format == BatchFormat.UNSUPPORTED) {
            throw new FileProblem(List.of("仅接受 .csv 或 .xlsx 文件（按发布的模板）。"
                    + "Only .csv and .xlsx files in the published template are accepted."));
        }
        try {
            if (format == BatchFormat.CSV) {
                CsvBatchFile.read(file, handler);
            } else {
                XlsxBatchFile.read(file, handler);
            }
        } catch (FileProblem | HubFailure e) {
            throw e;
        } catch (Exception unreadable) {
            throw new FileProblem(List.of("文件无法按 " + format + " 读取 The file cannot be read as " + format + ": "
                    + unreadable.getMessage()));
        }
    }

    /** One reading of a file: the header, then rows gathered into chunks for the hub's door. */
    private final class Run implements RowHandler {
        private final BatchLedger.Batch batch;
        private final ResultFileWriter writer;
        private final List<Pending> pending = new ArrayList<>();
        private IntakeRowReader rows;
        private List<String> header;
        private BatchLedger.Counts counts = BatchLedger.Counts.NONE;

        Run(BatchLedger.Batch batch, ResultFileWriter writer) {
            this.batch = batch;
            this.writer = writer;
        }

        /** A row waiting for its chunk: its cells, and either its referral or its problems. */
        private record Pending(int rowNumber, List<String> cells, ObjectNode referral, List<String> problems) {
        }

        @Override
        public void row(int rowNumber, List<String> cells) throws Exception {
            if (rows == null) {
                startWith(cells);
                return;
            }
            if (IntakeRowReader.isBlank(cells)) {
                return;
            }
            if (counts.read() + pending.size() >= settings.maxRows()) {
                pending.add(new Pending(rowNumber, cells, null, List.of("超过单个文件的行数上限 " + settings.maxRows()
                        + "，本行未处理，请拆分文件后重传。 More rows than a file may have (" + settings.maxRows() + "); split the file.")));
            } else {
                IntakeRowReader.Row row = rows.read(cells);
                if (row.valid()) {
                    pending.add(new Pending(rowNumber, cells, IntakeReferralMapping.toReferral(row.record()), null));
                } else {
                    pending.add(new Pending(rowNumber, cells, null, row.problems()));
                }
            }
            if (pending.size() >= settings.chunkSize()) {
                flush();
            }
        }

        private void startWith(List<String> headerCells) throws Exception {
            List<String> trimmed = new ArrayList<>(headerCells);
            while (!trimmed.isEmpty() && (trimmed.get(trimmed.size() - 1) == null || trimmed.get(trimmed.size() - 1).isBlank())) {
                trimmed.remove(trimmed.size() - 1);
            }
            header = trimmed.stream().map(h -> h == null ? "" : h.replace("\uFEFF", "").trim()).toList();
            IntakeTemplate.HeaderMapping mapping = IntakeTemplate.mapHeader(header);
            if (!mapping.problems().isEmpty()) {
                throw new FileProblem(mapping.problems());
            }
            rows = new IntakeRowReader(mapping);
            List<String> out = new ArrayList<>(header);
            out.addAll(IntakeTemplate.RESULT_HEADERS);
            writer.write(out);
        }

        void finish() throws Exception {
            if (rows == null) {
                throw new FileProblem(List.of("文件为空：第一行应为模板列名。 The file is empty: the first row must be the template's column headers."));
            }
            flush();
        }

        void fileRejected(List<String> problems) throws IOException {
            int width = header == null ? 0 : header.size();
            if (rows == null) {
                List<String> headerRow = new ArrayList<>(header == null ? List.of() : header);
                headerRow.addAll(IntakeTemplate.RESULT_HEADERS);
                writer.write(headerRow);
            }
            List<String> line = new ArrayList<>(Collections.nCopies(width, ""));
            line.add(FILE_REJECTED);
            line.add("");
            line.add(String.join("；", problems));
            writer.write(line);
        }

        private void flush() throws Exception {
            if (pending.isEmpty()) {
                return;
            }
            List<ObjectNode> referrals = pending.stream().filter(p -> p.referral() != null).map(Pending::referral).toList();
            List<JsonNode> answers;
            try {
                answers = referrals.isEmpty() ? List.of() : door.submit(batch.agency(), referrals);
            } catch (Exception e) {
                throw new HubFailure(e);
            }
            int next = 0;
            int accepted = 0;
            int duplicate = 0;
            int rejected = 0;
            for (Pending p : pending) {
                String status;
                String referralId = "";
                String reason;
                if (p.referral() == null) {
                    status = REJECTED;
                    reason = String.join("；", p.problems());
                    rejected++;
                } else {
                    JsonNode answer = answers.get(next++);
                    if (answer.hasNonNull("referralId")) {
                        referralId = answer.path("referralId").asText();
                        boolean known = answer.path("duplicate").asBoolean();
                        status = known ? DUPLICATE : ACCEPTED;
                        reason = "UNROUTABLE".equals(answer.path("status").asText())
                                ? "暂无负责该地区的法律援助中心，由协调人员人工分派。 No legal-aid center covers this region yet; a coordinator assigns it."
                                : "";
                        accepted++;
                        duplicate += known ? 1 : 0;
                    } else {
                        status = REJECTED;
                        reason = reasons(answer.path("problems"));
                        rejected++;
                    }
                }
                List<String> out = new ArrayList<>(header.size() + 3);
                for (int i = 0; i < header.size(); i++) {
                    out.add(i < p.cells().size() ? p.cells().get(i) : "");
                }
                out.add(status);
                out.add(referralId);
                out.add(reason);
                writer.write(out);
            }
            counts = counts.plus(new BatchLedger.Counts(pending.size(), accepted, duplicate, rejected));
            pending.clear();
            try {
                ledger.progress(batch.id(), counts);
            } catch (RuntimeException e) {
                throw new HubFailure(e);
            }
        }

        private String reasons(JsonNode problems) {
            List<String> messages = new ArrayList<>();
            for (JsonNode p : problems) {
                String property = IntakeReferralMapping.columnOf(p.path("pointer").asText(""));
                IntakeTemplate.Column column = property == null ? null : IntakeTemplate.column(property);
                messages.add((column == null ? "" : "「" + column.header() + "」") + p.path("message").asText());
            }
            return messages.stream().distinct().collect(Collectors.joining("；"));
        }
    }
}
