package cn.legalaidhub.adapters.support;

/**
 * One problem of a partner's document, named in the partner's own terms: {@code field} is the
 * partner's field name (e.g. {@code sfzh}), {@code pointer} the JSON pointer into the partner's document.
 */
public record FieldProblem(String field, String pointer, String code, String message) {

    public static FieldProblem of(String field, String code, String message) {
        return new FieldProblem(field, field.isEmpty() ? "" : "/" + field.replace(".", "/"), code, message);
    }
}
