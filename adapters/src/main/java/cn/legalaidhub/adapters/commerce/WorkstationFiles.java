package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.adapters.support.SampleReferrals;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Batch files as a workstation's system writes them: the template's header row, then the records;
 * CSV in a chosen encoding (with or without BOM) or XLSX (with a shared-strings table, as Excel writes
 * it). Also realistic sample rows. Used by the simulator, the demo, tests and the benchmark.
 */
public final class WorkstationFiles {

    private static final CsvMapper CSV = new CsvMapper();
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "罗", "潘", "吴");
    private static final List<String> GIVEN = List.of("建明", "小军", "秀英", "志强", "大勇", "春梅", "德明", "国华");
    private static final List<String> HOMES = List.of("520221", "360731", "341204", "511623", "412726");
    private static final List<String> EMPLOYERS = List.of("温州鹿城精艺鞋业有限公司", "苍南宏基建筑劳务有限公司",
            "温州瓯泰建设工程有限公司", "乐清市电气安装工程有限公司", "温州市瓯海眼镜制造有限公司");
    private static final List<String> REGIONS = List.of("330302", "330303", "330304", "330327", "330382");

    private WorkstationFiles() {
    }

    /** The template's header row (Chinese column headers, in order). */
    public static List<String> header() {
        return IntakeTemplate.headers();
    }

    public static byte[] csv(List<List<String>> rowsWithHeader, Charset charset, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCsv(out, rowsWithHeader, charset, bom);
        return out.toByteArray();
    }

    public static void writeCsv(OutputStream target, Iterable<List<String>> rowsWithHeader, Charset charset, boolean bom)
            throws IOException {
        if (bom) {
            target.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(target, charset), 64 * 1024);
        try (SequenceWriter rows = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                .writeValues(writer)) {
            for (List<String> row : rowsWithHeader) {
                rows.write(row.toArray(String[]::new));
            }
        }
    }

    public static byte[] xlsx(List<List<String>> rowsWithHeader) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(out, rowsWithHeader);
        return out.toByteArray();
    }

    /** Streams the rows into an XLSX workbook that keeps its strings in a shared-strings table, as Excel does. */
    public static void writeXlsx(OutputStream target, Iterable<List<String>> rowsWithHeader) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
        try {
            Sheet sheet = workbook.createSheet("受理记录");
            int r = 0;
            for (List<String> cells : rowsWithHeader) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(target);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /**
     * Valid template rows of Wenzhou wage-arrears cases with correct ID numbers and credit codes, spread
     * over some 100,000 employers (a few rows each, as in a real month of several workstations).
     */
    public static final class SampleRows {
        private final Random random;
        private final String recordPrefix;
        private int sequence;

        public SampleRows(long seed, String recordPrefix) {
            this.random = new Random(seed);
            this.recordPrefix = recordPrefix;
        }

        /** One row in template column order (see {@link #header()}). */
        public List<String> next() {
            int n = ++sequence;
            LocalDate birth = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String id = SampleReferrals.residentId(HOMES.get(random.nextInt(HOMES.size())), birth, random.nextInt(999));
            int employer = random.nextInt(EMPLOYERS.size());
            int company = random.nextInt(20_000);
            String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
            List<String> row = new ArrayList<>();
            row.add(recordPrefix + String.format("%06d", n));                                   // 工作站登记号
            row.add("潘志远");                                                                  // 初审人
            row.add("2026-01-" + String.format("%02d", 1 + random.nextInt(28)));                // 初审日期
            row.add(name);                                                                      // 申请人姓名
            row.add(id);                                                                        // 身份证号码
            row.add("13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000))); // 联系电话
            row.add(random.nextInt(4) == 0 ? "MIGRANT_WORKER" : "农民工");                       // 人群类别
            String employerName = company == 0 ? EMPLOYERS.get(employer) : EMPLOYERS.get(employer).replace("有限公司", company + "分公司");
            row.add(employerName);                                                              // 用人单位
            row.add(SampleReferrals.creditCode("91330302MA" + String.format("%07d", employer * 100_000 + company))); // 统一社会信用代码
            row.add(employer % 2 == 1 ? "苍南县灵溪镇城东安置小区" : "");                        // 工程项目
            row.add(random.nextInt(5) == 0 ? "工伤赔偿" : "UNPAID_WAGES");                       // 案由
            row.add(String.valueOf(3000 + random.nextInt(60_000)) + ".50");                     // 请求金额（元）
            row.add(String.valueOf(1 + random.nextInt(3)));                                     // 涉及人数
            row.add(name + "在" + employerName + "务工，" + (2 + random.nextInt(9))
                    + "个月工资未发放，经商会法律援助工作站调解未果，初审后申请法律援助。");              // 基本案情
            row.add(REGIONS.get(random.nextInt(REGIONS.size())));                               // 行政区划代码
            row.add("");                                                                        // 时效届满日
            row.add("ID_PROOF;IOU");                                                            // 已提供材料
            return row;
        }
    }
}
