package cn.legalaidhub.adapters.soap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One code list of a partner format and its canonical counterpart, e.g. the arbitration institute's
 * person category {@code 01} 农民工 ↔ {@code MIGRANT_WORKER}. Several partner codes may map to one
 * canonical code; towards the partner the first one is used.
 */
public final class CodeTable {

    private final Map<String, String> toCanonical = new LinkedHashMap<>();
    private final Map<String, String> toPartner = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private CodeTable() {
    }

    /** Triples: partner code, canonical code, Chinese label of the partner code. */
    public static CodeTable of(String... triples) {
        if (triples.length % 3 != 0) {
            throw new IllegalArgumentException("code table entries come in triples");
        }
        CodeTable table = new CodeTable();
        for (int i = 0; i < triples.length; i += 3) {
            table.toCanonical.put(triples[i], triples[i + 1]);
            table.toPartner.putIfAbsent(triples[i + 1], triples[i]);
            table.labels.put(triples[i], triples[i + 2]);
        }
        return table;
    }

    /**
     * The canonical code of a partner code. An unknown code is recorded as a problem of {@code field} and
     * passed on unchanged, so that the hub's validation refuses the document at {@code pointer} too and
     * the partner hears about every problem in one answer.
     */
    public String canonical(String partnerCode, String field, String pointer, MappingProblems problems) {
        if (partnerCode == null) {
            return null;
        }
        String code = toCanonical.get(partnerCode.trim());
        if (code == null) {
            problems.add(field, pointer, "code", field + ": '" + partnerCode + "' is not a known code (" + describe()
                    + "). " + field + " 代码无效，可用代码：" + describe() + "。");
            return partnerCode;
        }
        return code;
    }

    /** The partner's code of a canonical code, or null if the partner's list has none. */
    public String partner(String canonicalCode) {
        return canonicalCode == null ? null : toPartner.get(canonicalCode);
    }

    public String label(String partnerCode) {
        return labels.get(partnerCode);
    }

    public List<String> partnerCodes() {
        return new ArrayList<>(toCanonical.keySet());
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        labels.forEach((code, label) -> parts.add(code + " " + label));
        return String.join(", ", parts);
    }
}
