package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.ContractJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a result file's rows — the row number in the uploaded file, the workstation's record number,
 * the applicant's name, 处理结果, 转介编号 and 原因 — read as a stream, so a 100,000-row result costs no
 * more memory than a page. No ID or phone numbers: the reasons already mask them. Blank rows are not in the
 * result file, so the row numbers come from the uploaded file when it is still in {@code processed/}.
 */
final class ResultRows {

    enum Outcome {
        ALL, REJECTED, ACCEPTED;

        static Outcome of(String value) {
            for (Outcome o : values()) {
                if (o.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                    return o;
                }
            }
            return ALL;
        }

        boolean takes(String result) {
            return switch (this) {
                case ALL -> true;
                case REJECTED -> !result.startsWith(BatchProcessor.ACCEPTED);
                case ACCEPTED -> result.startsWith(BatchProcessor.ACCEPTED);
            };
        }
    }

    private ResultRows() {
    }

    static String page(Path resultFile, Path originalFile, String batchId, Outcome outcome, int page, int size) throws Exception {
        List<Integer> rowNumbers = originalFile == null ? null : dataRowNumbers(originalFile);
        ObjectNode answer = ContractJson.newMapper().createObjectNode();
        answer.put("batchId", batchId);
        ArrayNode items = answer.putArray("items");
        int[] matched = {0};
        int[] dataRow = {0};
        Columns[] columns = {null};
        read(resultFile, (rowNumber, cells) -> {
            if (columns[0] == null) {
                columns[0] = Columns.of(cells);
                return;
            }
            int index = dataRow[0]++;
            String result = columns[0].cell(cells, columns[0].result);
            if (!outcome.takes(result)) {
                return;
            }
            int position = matched[0]++;
            if (position < page * size || position >= (page + 1) * size) {
                return;
            }
            ObjectNode item = items.addObject();
            boolean wholeFile = BatchProcessor.FILE_REJECTED.equals(result);
            item.put("row", wholeFile ? 0 : rowNumbers != null && index < rowNumbers.size() ? rowNumbers.get(index) : rowNumber);
            item.put("recordNo", columns[0].record(cells, "workstationRecordNo"));
            item.put("applicantName", columns[0].record(cells, "applicantName"));
            item.put("result", result);
            item.put("referralId", columns[0].cell(cells, columns[0].referral));
            item.put("reason", columns[0].cell(cells, columns[0].reason));
        });
        answer.put("outcome", outcome.name().toLowerCase());
        answer.put("total", matched[0]);
        answer.put("page", page);
        answer.put("size", size);
        return answer.toString();
    }

    /** The row numbers (from 1, the header being row 1) of the file's non-blank rows after the header. */
    private static List<Integer> dataRowNumbers(Path file) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        boolean[] header = {true};
        read(file, (rowNumber, cells) -> {
            if (header[0]) {
                header[0] = false;
            } else if (!IntakeRowReader.isBlank(cells)) {
                numbers.add(rowNumber);
            }
        });
        return numbers;
    }

    private static void read(Path file, RowHandler handler) throws Exception {
        if (file.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
            XlsxBatchFile.read(file, handler);
        } else {
            CsvBatchFile.read(file, handler);
        }
    }

    /** Where the result columns (the last 处理结果, 转介编号, 原因) and the template's columns are in the result file. */
    private record Columns(int result, int referral, int reason, IntakeTemplate.HeaderMapping template) {

        static Columns of(List<String> header) {
            List<String> names = header.stream().map(h -> h == null ? "" : h.replace("\uFEFF", "").trim()).toList();
            int result = names.lastIndexOf(IntakeTemplate.STATUS_HEADER);
            List<String> own = result < 0 ? names : names.subList(0, result);
            return new Columns(result, names.lastIndexOf(IntakeTemplate.REFERRAL_HEADER), names.lastIndexOf(IntakeTemplate.REASON_HEADER),
                    IntakeTemplate.mapHeader(own));
        }

        String cell(List<String> cells, int index) {
            String value = index >= 0 && index < cells.size() ? cells.get(index) : null;
            return value == null ? "" : value;
        }

        String record(List<String> cells, String property) {
            String value = template.cell(cells, property);
            return value == null ? "" : value;
        }
    }
}
