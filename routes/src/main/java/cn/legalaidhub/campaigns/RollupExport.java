package cn.legalaidhub.campaigns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A day's roll-up as a table for the superior: one row per unit, then per city, per province and
 * the total, with a column per category; as CSV (UTF-8 with BOM, so spreadsheet programs read the
 * Chinese) or XLSX.
 */
final class RollupExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String[] STATUS = {Rollup.REPORTED, "已报送", Rollup.NIL, "零报告", Rollup.MISSING, "未报送"};

    private RollupExport() {
    }

    static List<List<Object>> table(Rollup r) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>(List.of("层级", "单位/地区", "单位编号", "行政区划代码", "报送情况", "报送时间", "迟报", "修订次数"));
        r.categories().forEach(c -> head.add(c.label()));
        head.add("未报送单位");
        rows.add(head);
        for (Rollup.UnitRow u : r.units()) {
            List<Object> row = new ArrayList<>(List.of("单位", u.name(), u.agencyId(), u.region(), status(u.status()),
                    u.submittedAt() == null ? "" : TIME.format(u.submittedAt()), u.late() ? "是" : "否", u.revision()));
            r.categories().forEach(c -> row.add(u.counts().get(c.code())));
            row.add("");
            rows.add(row);
        }
        r.cities().forEach(a -> rows.add(area("市", a, r)));
        r.provinces().forEach(a -> rows.add(area("省", a, r)));
        rows.add(area("合计", r.total(), r));
        return rows;
    }

    private static List<Object> area(String level, Rollup.AreaRow a, Rollup r) {
        List<Object> row = new ArrayList<>(List.of(level, "ALL".equals(a.region()) ? "全部" : a.region(), "", "ALL".equals(a.region()) ? ""
                : a.region(), "应报" + a.units() + " 已报" + a.reported() + " 零报告" + a.nil() + " 未报" + a.missing(), "", "", ""));
        r.categories().forEach(c -> row.add(a.counts().get(c.code())));
        row.add(String.join("、", a.missingUnits()));
        return row;
    }

    static byte[] csv(Rollup r) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("专项行动,").append(cell(r.title())).append(",编号,").append(r.campaignId()).append(",日期,").append(r.day()).append("\r\n");
        for (List<Object> row : table(r)) {
            out.append(String.join(",", row.stream().map(v -> cell(String.valueOf(v))).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(Rollup r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("汇总 " + r.day());
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(r.title() + "（" + r.campaignId() + "） " + r.day() + " 每日报送汇总");
            int n = 1;
            for (List<Object> values : table(r)) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Integer number) {
                        row.createCell(i).setCellValue(number);
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String status(String code) {
        for (int i = 0; i < STATUS.length; i += 2) {
            if (STATUS[i].equals(code)) {
                return STATUS[i + 1];
            }
        }
        return code;
    }

    /** A CSV cell, quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    private static String cell(String value) {
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches(".*[,\"\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
