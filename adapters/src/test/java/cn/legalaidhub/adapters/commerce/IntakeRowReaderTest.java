package cn.legalaidhub.adapters.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem of a row is named with its column header, in one go (一次性告知). */
class IntakeRowReaderTest {

    private final List<String> header = IntakeTemplate.headers();
    private final IntakeRowReader reader = new IntakeRowReader(IntakeTemplate.mapHeader(header));

    @Test
    void namesEveryProblemOfARowByItsColumn() {
        List<String> row = emptyRow();
        set(row, "workstationRecordNo", "GS-WZ-JX-2026-0013");
        set(row, "reviewedAt", "去年冬天");
        set(row, "applicantIdNumber", "3.60731E+17");
        set(row, "applicantGroup", "外卖小哥");
        set(row, "employerName", "温州鹿城精艺鞋业有限公司");
        set(row, "employerCreditCode", "91330303MA2JC5T8E");
        set(row, "category", "讨薪");
        set(row, "amountClaimed", "一万八");
        set(row, "peopleCount", "1.5");
        set(row, "facts", "拖欠工资。");
        set(row, "region", "温州鹿城");
        set(row, "documentsProvided", "身份证明;合同原件");

        IntakeRowReader.Row read = reader.read(row);

        assertThat(read.valid()).isFalse();
        assertThat(read.problems()).hasSize(10);
        assertThat(read.problems()).anySatisfy(p -> assertThat(p).startsWith("「初审日期」").contains("2026-01-31"))
                .anySatisfy(p -> assertThat(p).startsWith("「身份证号码」").contains("文本格式"))
                .anySatisfy(p -> assertThat(p).startsWith("「人群类别」").contains("MIGRANT_WORKER 农民工"))
                .anySatisfy(p -> assertThat(p).startsWith("「统一社会信用代码」"))
                .anySatisfy(p -> assertThat(p).startsWith("「案由」").contains("UNPAID_WAGES 追索劳动报酬"))
                .anySatisfy(p -> assertThat(p).startsWith("「请求金额（元）」"))
                .anySatisfy(p -> assertThat(p).startsWith("「涉及人数」"))
                .anySatisfy(p -> assertThat(p).startsWith("「行政区划代码」"))
                .anySatisfy(p -> assertThat(p).startsWith("「已提供材料」").contains("合同原件"))
                .anySatisfy(p -> assertThat(p).startsWith("「申请人姓名」"));
    }

    @Test
    void acceptsLabelsLooseDatesAndAmounts() {
        List<String> row = emptyRow();
        set(row, "workstationRecordNo", " GS-1 ");
        set(row, "reviewedAt", "2026年1月9日");
        set(row, "applicantName", "罗小军");
        set(row, "applicantIdNumber", "36073119900509157x");
        set(row, "applicantGroup", "新就业形态劳动者");
        set(row, "employerName", "某公司");
        set(row, "category", "确认劳动关系");
        set(row, "amountClaimed", "¥1,234.5");
        set(row, "facts", "事实");
        set(row, "region", "330302");
        set(row, "limitationDate", "20261231");
        set(row, "documentsProvided", "身份证明，欠条、ID_PROOF");

        IntakeRowReader.Row read = reader.read(row);

        assertThat(read.problems()).isEmpty();
        assertThat(read.record().path("workstationRecordNo").asText()).isEqualTo("GS-1");
        assertThat(read.record().path("reviewedAt").asText()).isEqualTo("2026-01-09");
        assertThat(read.record().path("applicantIdNumber").asText()).isEqualTo("36073119900509157X");
        assertThat(read.record().path("applicantGroup").asText()).isEqualTo("NEW_FORM_WORKER");
        assertThat(read.record().path("category").asText()).isEqualTo("LABOR_RELATIONSHIP");
        assertThat(read.record().path("amountClaimed").decimalValue()).isEqualByComparingTo("1234.5");
        assertThat(read.record().path("limitationDate").asText()).isEqualTo("2026-12-31");
        assertThat(read.record().path("documentsProvided").asText()).isEqualTo("ID_PROOF;IOU");
    }

    @Test
    void aHeaderRowWithoutTheRequiredColumnsIsRefusedNamingThemAll() {
        IntakeTemplate.HeaderMapping mapping = IntakeTemplate.mapHeader(List.of("工作站登记号", "申请人姓名", "申请人姓名", "备注"));

        assertThat(mapping.problems()).hasSize(2);
        assertThat(mapping.problems().get(0)).contains("「申请人姓名」列重复");
        assertThat(mapping.problems().get(1)).contains("「身份证号码」", "「用人单位」", "「案由」", "「基本案情」", "「行政区划代码」")
                .doesNotContain("「工作站登记号」");
    }

    @Test
    void headersMayBePropertyNamesOrUseHalfWidthBrackets() {
        IntakeTemplate.HeaderMapping mapping = IntakeTemplate.mapHeader(List.of("workstationRecordNo", " 申请人姓名 ",
                "applicantIdNumber", "用人单位", "案由", "请求金额(元)", "基本案情", "REGION"));

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.indexByProperty()).containsEntry("amountClaimed", 5).containsEntry("region", 7);
    }

    private List<String> emptyRow() {
        return new ArrayList<>(Collections.nCopies(header.size(), ""));
    }

    private void set(List<String> row, String property, String value) {
        row.set(IntakeTemplate.COLUMNS.indexOf(IntakeTemplate.column(property)), value);
    }
}
