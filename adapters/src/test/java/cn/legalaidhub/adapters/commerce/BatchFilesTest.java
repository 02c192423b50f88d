package cn.legalaidhub.adapters.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming readers and the result writers of both formats. */
class BatchFilesTest {

    @TempDir
    Path dir;

    private final List<List<String>> rows = List.of(
            WorkstationFiles.header(),
            new WorkstationFiles.SampleRows(7, "GS-T-").next(),
            List.of("GS-T-2", "", "", "王春梅", "", "", "", "", "", "", "", "", "", "欠薪，\"包工头\"失联，\n多次催讨", "330302"));

    @Test
    void csvInUtf8WithAndWithoutBomAndInGbkReadsTheSame() throws Exception {
        for (var encoding : List.of(new CsvBatchFile.Encoding(StandardCharsets.UTF_8, true),
                new CsvBatchFile.Encoding(StandardCharsets.UTF_8, false), new CsvBatchFile.Encoding(CsvBatchFile.GBK, false))) {
            Path file = dir.resolve("rows-" + encoding.charset().name() + encoding.bom() + ".csv");
            Files.write(file, WorkstationFiles.csv(rows, encoding.charset(), encoding.bom()));

            List<List<String>> read = new ArrayList<>();
            CsvBatchFile.Encoding detected = CsvBatchFile.read(file, (n, cells) -> read.add(cells));

            assertThat(detected).isEqualTo(encoding);
            assertThat(read).isEqualTo(rows);
        }
    }

    @Test
    void xlsxIsStreamedWithSharedStringsDatesAndNumbersAsText() throws Exception {
        Path file = dir.resolve("rows.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            WorkstationFiles.writeXlsx(out, rows);
        }
        List<List<String>> read = new ArrayList<>();
        XlsxBatchFile.read(file, (n, cells) -> read.add(cells));
        assertThat(read.get(0)).isEqualTo(rows.get(0));
        assertThat(read.get(1)).isEqualTo(rows.get(1));
        assertThat(read.get(2)).isEqualTo(trimTrailing(rows.get(2)));

        Path typed = dir.resolve("typed.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(typed)) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("初审日期");
            Row row = sheet.createRow(2);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            row.createCell(0).setCellValue(LocalDate.of(2026, 1, 9));
            row.getCell(0).setCellStyle(date);
            row.createCell(2).setCellValue(13705771188d);
            row.createCell(3).setCellValue(520221198201253516d);
            row.createCell(4).setCellValue(18650.5);
            workbook.write(out);
        }
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        XlsxBatchFile.read(typed, (n, c) -> {
            numbers.add(n);
            cells.add(c);
        });
        assertThat(numbers).containsExactly(1, 3);
        assertThat(cells.get(1)).containsExactly("2026-01-09", "", "13705771188", "520221198201253500", "18650.5");
    }

    @Test
    void resultFilesAreWrittenInTheFormatAndEncodingOfTheInput() throws Exception {
        List<String> line = List.of("GS-1", "已受理", "R20261124-ABCDEFGH", "「身份证号码」无效；「联系电话」无效");
        Path csv = dir.resolve("result.csv");
        try (ResultFileWriter writer = ResultFileWriter.csv(csv, new CsvBatchFile.Encoding(CsvBatchFile.GBK, false))) {
            writer.write(line);
        }
        List<List<String>> back = new ArrayList<>();
        assertThat(CsvBatchFile.read(csv, (n, c) -> back.add(c)).charset()).isEqualTo(CsvBatchFile.GBK);
        assertThat(back).containsExactly(line);

        Path xlsx = dir.resolve("result.xlsx");
        try (ResultFileWriter writer = ResultFileWriter.xlsx(xlsx)) {
            writer.write(line);
        }
        back.clear();
        XlsxBatchFile.read(xlsx, (n, c) -> back.add(c));
        assertThat(back).containsExactly(line);
    }

    @Test
    void theXlsxTemplateHasTheHeaderRowAndTheCsvTemplateABom() throws Exception {
        Path xlsx = dir.resolve("template.xlsx");
        Files.write(xlsx, BatchTemplateFiles.xlsx());
        List<List<String>> read = new ArrayList<>();
        XlsxBatchFile.read(xlsx, (n, c) -> read.add(c));
        assertThat(read).containsExactly(IntakeTemplate.headers());

        Path csv = dir.resolve("template.csv");
        Files.write(csv, BatchTemplateFiles.csv());
        read.clear();
        assertThat(CsvBatchFile.read(csv, (n, c) -> read.add(c))).isEqualTo(CsvBatchFile.Encoding.UTF8_BOM);
        assertThat(read).containsExactly(IntakeTemplate.headers());
    }

    private static List<String> trimTrailing(List<String> cells) {
        List<String> copy = new ArrayList<>(cells);
        while (!copy.isEmpty() && copy.get(copy.size() - 1).isEmpty()) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }
}
