package cn.legalaidhub.adapters.commerce;

import cn.legalaidhub.contract.Category;
import cn.legalaidhub.contract.ContractSchemas;
import cn.legalaidhub.contract.DocumentKind;
import cn.legalaidhub.contract.Group;
import cn.legalaidhub.contract.IntakeRecord;
import cn.legalaidhub.contract.LabelledCode;
import cn.legalaidhub.contract.SchemaProblem;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one row of a batch file into an intake record (schemas/json/intake-record.schema.json) and
 * names every problem of the row at once, each with its column header (一次性告知). Lenient where a
 * workstation's spreadsheet habits are harmless: Chinese labels for codes, dates as 2026/1/9 or
 * 2026年1月9日, amounts with thousands separators or 元, document lists separated by 、 or ，.
 */
final class IntakeRowReader {

    /** The record read from a row (only the filled columns), and what is wrong with it. */
    record Row(ObjectNode record, List<String> problems) {

        boolean valid() {
            return problems.isEmpty();
        }

        String recordNo() {
            return record.path("workstationRecordNo").asText(null);
        }
    }

    private static final Set<String> TEXT = Set.of("workstationRecordNo", "reviewedBy", "applicantName", "employerName",
            "project", "facts", "region");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern SCIENTIFIC = Pattern.compile("^\\d(\\.\\d+)?[eE]\\+?\\d+$");
    private static final Pattern DOCUMENT_SEPARATORS = Pattern.compile("[;；,，、/\\s]+");

    private final IntakeTemplate.HeaderMapping header;

    IntakeRowReader(IntakeTemplate.HeaderMapping header) {
        this.header = header;
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    Row read(List<String> cells) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        List<String> problems = new ArrayList<>();
        Set<String> badColumns = new HashSet<>();
        for (IntakeTemplate.Column column : IntakeTemplate.COLUMNS) {
            String value = header.cell(cells, column.property());
            if (value != null) {
                int before = problems.size();
                put(record, column, value, problems);
                if (problems.size() > before) {
                    badColumns.add(column.property());
                }
            }
        }
        for (SchemaProblem p : ContractSchemas.validate(ContractSchemas.INTAKE_RECORD, record)) {
            if (!badColumns.contains(property(p.pointer()))) {
                problems.add(columnMessage(p.pointer(), p.message()));
            }
        }
        return new Row(record, problems);
    }

    private static void put(ObjectNode record, IntakeTemplate.Column column, String value, List<String> problems) {
        String property = column.property();
        String at = "「" + column.header() + "」";
        if (TEXT.contains(property)) {
            record.put(property, value);
            return;
        }
        switch (property) {
            case "applicantIdNumber" -> {
                String id = value.replaceAll("\\s", "").toUpperCase();
                if (SCIENTIFIC.matcher(id).matches()) {
                    problems.add(at + "'" + value + "' 被表格软件按数字保存，已丢失位数；请将该列设为文本格式后重新填写。"
                            + " The spreadsheet stored the ID as a number and lost digits; format the column as text.");
                } else {
                    record.put(property, id);
                }
            }
            case "applicantPhone" -> record.put(property, value.replaceAll("[\\s-]", ""));
            case "employerCreditCode" -> record.put(property, value.replaceAll("\\s", "").toUpperCase());
            case "applicantGroup" -> code(record, property, at, value, Group.class, problems);
            case "category" -> code(record, property, at, value, Category.class, problems);
            case "reviewedAt", "limitationDate" -> {
                LocalDate date = date(value);
                if (date == null) {
                    problems.add(at + "'" + value + "' 不是有效日期，请写作 2026-01-31。 Not a date; write it as 2026-01-31.");
                } else {
                    record.put(property, date.toString());
                }
            }
            case "amountClaimed" -> {
                try {
                    BigDecimal amount = new BigDecimal(value.replaceAll("[,，\\s元¥￥]", ""));
                    record.put(property, amount);
                } catch (NumberFormatException e) {
                    problems.add(at + "'" + value + "' 不是金额（元），如 18650.50。 Not an amount in yuan, e.g. 18650.50.");
                }
            }
            case "peopleCount" -> {
                try {
                    record.put(property, new BigDecimal(value.replaceAll("[\\s人]", "")).intValueExact());
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add(at + "'" + value + "' 不是整数人数。 Not a whole number of people.");
                }
            }
            case "documentsProvided" -> documents(record, at, value, problems);
            default -> record.put(property, value);
        }
    }

    private static <E extends Enum<E> & LabelledCode> void code(ObjectNode record, String property, String at, String value,
            Class<E> type, List<String> problems) {
        LabelledCode.parse(type, value).ifPresentOrElse(c -> record.put(property, c.code()),
                () -> problems.add(at + "'" + value + "' 不是有效取值 is not one of: " + allowed(type) + "。"));
    }

    private static void documents(ObjectNode record, String at, String value, List<String> problems) {
        List<String> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String part : DOCUMENT_SEPARATORS.split(value.trim())) {
            if (!part.isEmpty()) {
                LabelledCode.parse(DocumentKind.class, part).ifPresentOrElse(d -> codes.add(d.code()), () -> unknown.add(part));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(at + "未知材料 unknown documents '" + String.join("', '", unknown) + "'；可填 allowed: "
                    + allowed(DocumentKind.class) + "，以分号分隔 separated by ';'。");
        } else if (!codes.isEmpty()) {
            record.put("documentsProvided", codes.stream().distinct().collect(Collectors.joining(IntakeRecord.DOCUMENT_SEPARATOR)));
        }
    }

    static LocalDate date(String value) {
        String v = value.trim();
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(v);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E> & LabelledCode> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.code() + " " + c.label()).collect(Collectors.joining(", "));
    }

    /** A problem with a property of the intake record, named by its column header. */
    static String columnMessage(String pointer, String message) {
        IntakeTemplate.Column column = IntakeTemplate.column(property(pointer));
        return (column == null ? "" : "「" + column.header() + "」") + message;
    }

    private static String property(String pointer) {
        String property = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        int slash = property.indexOf('/');
        return slash >= 0 ? property.substring(0, slash) : property;
    }
}
