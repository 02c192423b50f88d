package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.IntakeRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published batch-file template 商会工作站受理记录模板: one column per property of the intake record
 * (schemas/json/intake-record.schema.json) with the Chinese header of {@link IntakeRecord#TEMPLATE_COLUMNS},
 * plus the three columns the hub adds to a result file.
 */
final class IntakeTemplate {

    /** A template column: the record property, its Chinese header, whether it must be filled, and its help text. */
    record Column(String property, String header, boolean required, String description) {
    }

    static final String STATUS_HEADER = "处理结果";
    static final String REFERRAL_HEADER = "转介编号";
    static final String REASON_HEADER = "原因";
    static final List<String> RESULT_HEADERS = List.of(STATUS_HEADER, REFERRAL_HEADER, REASON_HEADER);

    static final List<Column> COLUMNS = columns();
    private static final Map<String, Column> BY_PROPERTY = new LinkedHashMap<>();
    private static final Map<String, Column> BY_HEADER = new LinkedHashMap<>();

    static {
        for (Column c : COLUMNS) {
            BY_PROPERTY.put(c.property(), c);
            BY_HEADER.put(normalize(c.header()), c);
            BY_HEADER.put(normalize(c.property()), c);
        }
        // 请求金额（元） may be written with half-width brackets or without the unit
        BY_HEADER.put(normalize("请求金额"), BY_PROPERTY.get("amountClaimed"));
    }

    private IntakeTemplate() {
    }

    static List<String> headers() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    static Column column(String property) {
        return BY_PROPERTY.get(property);
    }

    /** The column a header cell names: the Chinese header or the property name, spaces and bracket widths ignored. */
    static Optional<Column> byHeader(String header) {
        return Optional.ofNullable(header == null ? null : BY_HEADER.get(normalize(header)));
    }

    /** How the header row of a file maps onto the template, and what is wrong with it. */
    record HeaderMapping(Map<String, Integer> indexByProperty, List<String> problems) {

        String cell(List<String> cells, String property) {
            Integer index = indexByProperty.get(property);
            if (index == null || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    static HeaderMapping mapHeader(List<String> headerCells) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headerCells.size(); i++) {
            Optional<Column> column = byHeader(headerCells.get(i));
            if (column.isEmpty()) {
                continue;
            }
            String property = column.get().property();
            if (!seen.add(property)) {
                problems.add("「" + column.get().header() + "」列重复出现 The column appears twice.");
            } else {
                index.put(property, i);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> c.required() && !index.containsKey(c.property()))
                .map(c -> "「" + c.header() + "」").toList();
        if (!missing.isEmpty()) {
            problems.add("缺少必填列 Missing required columns: " + String.join("、", missing)
                    + "。请使用发布的模板（第一行为列名）。Use the published template (first row = column headers).");
        }
        return new HeaderMapping(index, problems);
    }

    static String normalize(String header) {
        String h = header.replace("\uFEFF", "").replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
        return h.toLowerCase();
    }

    private static List<Column> columns() {
        JsonNode schema = ContractSchemas.schemaDocument(ContractSchemas.INTAKE_RECORD);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Column> columns = new ArrayList<>();
        IntakeRecord.TEMPLATE_COLUMNS.forEach((property, header) -> {
            String description = schema.path("properties").path(property).path("description").asText("")
                    .replaceFirst("^「[^」]*」\\s*", "");
            columns.add(new Column(property, header, required.contains(property), description));
        });
        return List.copyOf(columns);
    }
}
