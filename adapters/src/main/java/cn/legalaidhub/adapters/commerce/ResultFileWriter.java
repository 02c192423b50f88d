package cn.legalaidhub.adapters.commerce;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a result file row by row, in the format of the file it answers: the file's own columns
 * followed by 处理结果, 转介编号 and 原因. CSV in the input's encoding; XLSX through
 * {@link SXSSFWorkbook}, which keeps only a small window of rows in memory.
 */
interface ResultFileWriter extends Closeable {

    void write(List<String> cells) throws IOException;

    static ResultFileWriter csv(Path file, CsvBatchFile.Encoding encoding) throws IOException {
        return new Csv(file, encoding);
    }

    static ResultFileWriter xlsx(Path file) {
        return new Xlsx(file);
    }

    final class Csv implements ResultFileWriter {
        private static final CsvMapper CSV = new CsvMapper();
        private final Writer out;
        private final SequenceWriter rows;

        Csv(Path file, CsvBatchFile.Encoding encoding) throws IOException {
            OutputStream stream = Files.newOutputStream(file);
            if (encoding.bom()) {
                stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out = new BufferedWriter(new OutputStreamWriter(stream, encoding.charset()), 64 * 1024);
            rows = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out);
        }

        @Override
        public void write(List<String> cells) throws IOException {
            rows.write(cells.stream().map(c -> c == null ? "" : c).toArray(String[]::new));
        }

        @Override
        public void close() throws IOException {
            rows.close();
            out.close();
        }
    }

    final class Xlsx implements ResultFileWriter {
        private final Path file;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true);
        private final Sheet sheet = workbook.createSheet("处理结果");
        private final CellStyle headerStyle;
        private int rowIndex;

        Xlsx(Path file) {
            this.file = file;
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
        }

        @Override
        public void write(List<String> cells) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(cells.get(i) == null ? "" : cells.get(i));
                if (rowIndex == 0) {
                    cell.setCellStyle(headerStyle);
                }
            }
            rowIndex++;
        }

        @Override
        public void close() throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            } finally {
                workbook.close();
                workbook.dispose();
            }
        }
    }
}
