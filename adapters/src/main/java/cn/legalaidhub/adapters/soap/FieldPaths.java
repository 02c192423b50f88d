package cn.legalaidhub.adapters.soap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names a canonical JSON pointer in the partner's own field names, so a refusal tells the partner which
 * of ITS fields to fix: {@code /applicant/idNumber} → {@code applicant/certNo}, {@code /documents/2/item}
 * → {@code materials/material[3]/materialCode} (XPath positions count from 1). Array positions are
 * written {@code *} in the table.
 */
public final class FieldPaths {

    private final Map<String, String> table = new LinkedHashMap<>();
    private final String wholeDocument;

    private FieldPaths(String wholeDocument) {
        this.wholeDocument = wholeDocument;
    }

    /** Pairs: canonical pointer pattern, partner path pattern. */
    public static FieldPaths of(String wholeDocument, String... pairs) {
        FieldPaths paths = new FieldPaths(wholeDocument);
        for (int i = 0; i < pairs.length; i += 2) {
            paths.table.put(pairs[i], pairs[i + 1]);
        }
        return paths;
    }

    public String partnerField(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return wholeDocument;
        }
        List<String> segments = new ArrayList<>(List.of(pointer.substring(1).split("/", -1)));
        List<Integer> positions = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        for (String segment : segments) {
            if (segment.matches("\\d+")) {
                positions.add(Integer.parseInt(segment) + 1);
                pattern.append("/*");
            } else {
                pattern.append('/').append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        String key = pattern.toString();
        String suffix = "";
        while (!table.containsKey(key) && key.lastIndexOf('/') > 0) {
            suffix = key.substring(key.lastIndexOf('/')) + suffix;
            key = key.substring(0, key.lastIndexOf('/'));
        }
        String template = table.containsKey(key) ? table.get(key) + suffix.replace("/*", "[*]") : wholeDocument + key + suffix;
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '*' && next < positions.size()) {
                out.append(positions.get(next++));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The problems of a door's refusal ({@code errors[]} of {pointer, code, message}) in the partner's
     * field names. A problem the mapping already found at the same pointer (an unknown code) replaces
     * the hub's, being the clearer one; mapping problems the hub did not see are kept too.
     */
    public List<PartnerProblem> translate(JsonNode problem, MappingProblems mapping) {
        List<PartnerProblem> out = new ArrayList<>();
        Map<String, PartnerProblem> byPointer = new LinkedHashMap<>();
        mapping.all().forEach(p -> byPointer.putIfAbsent(p.pointer(), p));
        for (JsonNode error : problem.path("errors")) {
            String pointer = error.path("pointer").asText();
            PartnerProblem known = byPointer.remove(pointer);
            out.add(known != null ? known : new PartnerProblem(partnerField(pointer), pointer,
                    error.path("code").asText("invalid"), error.path("message").asText()));
        }
        out.addAll(byPointer.values());
        return out;
    }
}
