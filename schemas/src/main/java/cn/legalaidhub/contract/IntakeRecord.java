package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a chamber-of-commerce workstation's batch file 商会工作站受理记录
 * (schemas/json/intake-record.schema.json), after intake and initial review.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeRecord(
        String workstationRecordNo,
        String reviewedBy,
        LocalDate reviewedAt,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        Group applicantGroup,
        String employerName,
        String employerCreditCode,
        String project,
        Category category,
        BigDecimal amountClaimed,
        Integer peopleCount,
        String facts,
        String region,
        LocalDate limitationDate,
        String documentsProvided) {

    /** Separator of the codes in {@code documentsProvided}. */
    public static final String DOCUMENT_SEPARATOR = ";";

    /** Column header of the Chinese batch-file template for each property, in template order. */
    public static final Map<String, String> TEMPLATE_COLUMNS = columns(
            "workstationRecordNo", "工作站登记号",
            "reviewedBy", "初审人",
            "reviewedAt", "初审日期",
            "applicantName", "申请人姓名",
            "applicantIdNumber", "身份证号码",
            "applicantPhone", "联系电话",
            "applicantGroup", "人群类别",
            "employerName", "用人单位",
            "employerCreditCode", "统一社会信用代码",
            "project", "工程项目",
            "category", "案由",
            "amountClaimed", "请求金额（元）",
            "peopleCount", "涉及人数",
            "facts", "基本案情",
            "region", "行政区划代码",
            "limitationDate", "时效届满日",
            "documentsProvided", "已提供材料");

    /** The codes of {@code documentsProvided} as document kinds (empty when none). */
    public List<DocumentKind> documentKinds() {
        if (documentsProvided == null || documentsProvided.isBlank()) {
            return List.of();
        }
        return Arrays.stream(documentsProvided.split(DOCUMENT_SEPARATOR))
                .map(String::trim)
                .filter(code -> !code.isEmpty())
                .map(code -> LabelledCode.parse(DocumentKind.class, code)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown document code '" + code + "'")))
                .toList();
    }

    public int peopleCountOrDefault() {
        return peopleCount == null ? 1 : peopleCount;
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
