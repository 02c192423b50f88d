package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.DocumentKind;
import cn.legalaidhub.contract.Group;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The published template as files: {@code template.csv} (UTF-8 with BOM, the header row) and
 * {@code template.xlsx} (sheet 受理记录 with the header row, identifier columns formatted as text so that
 * ID numbers keep all 18 digits, drop-down lists for 人群类别 and 案由; sheet 填写说明 explaining each column).
 */
final class BatchTemplateFiles {

    private static final Set<String> TEXT_COLUMNS = Set.of("workstationRecordNo", "applicantIdNumber", "applicantPhone",
            "employerCreditCode", "region", "reviewedAt", "limitationDate", "documentsProvided");

    private BatchTemplateFiles() {
    }

    static byte[] csv() {
        String header = String.join(",", IntakeTemplate.headers()) + "\r\n";
        byte[] text = header.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            DataFormat format = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));

            Sheet records = workbook.createSheet("受理记录");
            Row header = records.createRow(0);
            List<IntakeTemplate.Column> columns = IntakeTemplate.COLUMNS;
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
                header.getCell(i).setCellStyle(headerStyle);
                records.setColumnWidth(i, Math.max(12, columns.get(i).header().length() * 4) * 256);
                if (TEXT_COLUMNS.contains(columns.get(i).property())) {
                    records.setDefaultColumnStyle(i, text);
                }
            }
            records.createFreezePane(0, 1);
            dropDown(records, columns.indexOf(IntakeTemplate.column("applicantGroup")), labels(Group.values()));
            dropDown(records, columns.indexOf(IntakeTemplate.column("category")), labels(Category.values()));

            Sheet help = workbook.createSheet("填写说明");
            Row helpHeader = help.createRow(0);
            List<String> titles = List.of("列名", "必填", "说明", "可填写的值（代码或中文名称）");
            for (int i = 0; i < titles.size(); i++) {
                helpHeader.createCell(i).setCellValue(titles.get(i));
                helpHeader.getCell(i).setCellStyle(headerStyle);
            }
            for (int i = 0; i < columns.size(); i++) {
                IntakeTemplate.Column c = columns.get(i);
                Row row = help.createRow(i + 1);
                row.createCell(0).setCellValue(c.header());
                row.createCell(1).setCellValue(c.required() ? "是" : "否");
                row.createCell(2).setCellValue(c.description());
                row.createCell(3).setCellValue(allowed(c.property()));
            }
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(2, 80 * 256);
            help.setColumnWidth(3, 80 * 256);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String allowed(String property) {
        return switch (property) {
            case "applicantGroup" -> IntakeRowReader.allowed(Group.class);
            case "category" -> IntakeRowReader.allowed(Category.class);
            case "documentsProvided" -> IntakeRowReader.allowed(DocumentKind.class) + "（多项以 ; 分隔）";
            case "reviewedAt", "limitationDate" -> "日期，如 2026-01-31";
            default -> "";
        };
    }

    private static String[] labels(cn.legalaidhub.contract.LabelledCode[] codes) {
        return Arrays.stream(codes).map(cn.legalaidhub.contract.LabelledCode::label).toArray(String[]::new);
    }

    private static void dropDown(Sheet sheet, int column, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, 100_000, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }
}
