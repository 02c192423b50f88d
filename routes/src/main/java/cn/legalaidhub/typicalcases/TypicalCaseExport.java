package cn.legalaidhub.typicalcases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** Typical cases as an XLSX sheet (典型案例汇编), one row per case, already masked. */
@Component
class TypicalCaseExport {

    private static final String[][] COLUMNS = {{"typicalCaseId", "编号"}, {"title", "标题"}, {"statusLabel", "状态"},
            {"categoryLabel", "案件类别"}, {"groupLabel", "人群"}, {"region", "地区"}, {"agency", "报送单位"}, {"parties", "当事人"},
            {"facts", "基本案情"}, {"actions", "援助过程"}, {"result", "办理结果"}, {"commentary", "评析"}, {"publishedAt", "发布时间"}};

    byte[] xlsx(List<TypicalCase> cases) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle heading = wb.createCellStyle();
            heading.setFont(bold);
            Sheet sheet = wb.createSheet("典型案例");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(COLUMNS[c][1]);
                header.getCell(c).setCellStyle(heading);
            }
            int r = 1;
            for (TypicalCase tc : cases) {
                Map<String, Object> v = tc.view();
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.length; c++) {
                    Object value = v.get(COLUMNS[c][0]);
                    // a string cell is never evaluated as a formula, so the text is kept as written
                    row.createCell(c).setCellValue(value == null ? "" : value.toString());
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
