package cn.legalaidhub.quality;

import java.util.Set;

/** The three kinds of quality record and the fields each takes. */
enum QualityKind {
    RETURN_VISIT("回访", "visitedOn", Set.of("visitedOn", "satisfaction", "method", "note")),
    HEARING("听庭", "hearingDate", Set.of("hearingDate", "attended", "note")),
    PEER_REVIEW("同行评估", "reviewedOn", Set.of("reviewedOn", "score", "reviewer", "grade", "note"));

    private final String label;
    private final String dateField;
    private final Set<String> fields;

    QualityKind(String label, String dateField, Set<String> fields) {
        this.label = label;
        this.dateField = dateField;
        this.fields = fields;
    }

    String label() {
        return label;
    }

    String dateField() {
        return dateField;
    }

    Set<String> fields() {
        return fields;
    }
}
