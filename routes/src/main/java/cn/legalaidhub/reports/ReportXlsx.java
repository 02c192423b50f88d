package cn.legalaidhub.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** A report as an XLSX workbook (streamed): a sheet of tables, and a sheet of its typical cases. */
@Component
class ReportXlsx {

    byte[] render(JsonNode report) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle heading = wb.createCellStyle();
            heading.setFont(bold);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));

            SXSSFSheet sheet = wb.createSheet("统计报表");
            int r = 0;
            cell(sheet.createRow(r++), 0, report.path("title").asText(), heading);
            cell(sheet.createRow(r++), 0, "统计期间：" + report.path("from").asText() + " 至 " + report.path("to").asText() + "（"
                    + report.path("periodLabel").asText() + "，按受理转介时间）", null);
            cell(sheet.createRow(r++), 0, "生成时间：" + report.path("generatedAt").asText() + "　报表编号：" + report.path("reportId").asText()
                    + (report.path("complete").asBoolean() ? "" : "　（统计期间尚未结束，数据截至生成时间）"), null);
            for (ReportTables.Table t : ReportTables.tables(report)) {
                r++;
                cell(sheet.createRow(r++), 0, t.title(), heading);
                Row header = sheet.createRow(r++);
                for (int c = 0; c < t.headers().size(); c++) {
                    cell(header, c, t.headers().get(c), heading);
                }
                for (var values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof BigDecimal d) {
                            row.createCell(c).setCellValue(d.doubleValue());
                            row.getCell(c).setCellStyle(money);
                        } else if (v instanceof Long n) {
                            row.createCell(c).setCellValue(n);
                        } else {
                            cell(row, c, String.valueOf(v), null);
                        }
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 30 * 256);

            Sheet cases = wb.createSheet("典型案例");
            Row header = cases.createRow(0);
            String[] columns = {"编号", "标题", "案件类别", "人群", "当事人", "基本案情", "援助过程", "办理结果", "评析", "发布时间"};
            for (int c = 0; c < columns.length; c++) {
                cell(header, c, columns[c], heading);
            }
            int i = 1;
            for (JsonNode c : report.path("typicalCases")) {
                Row row = cases.createRow(i++);
                String[] values = {c.path("typicalCaseId").asText(), c.path("title").asText(), c.path("categoryLabel").asText(),
                        c.path("groupLabel").asText(), c.path("parties").asText(), c.path("facts").asText(), c.path("actions").asText(),
                        c.path("result").asText(), c.path("commentary").asText(), c.path("publishedAt").asText()};
                for (int k = 0; k < values.length; k++) {
                    cell(row, k, values[k], null);
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
