package cn.legalaidhub.contract;

/**
 * One problem JSON Schema validation found in a document.
 *
 * @param pointer RFC 6901 JSON pointer of the offending value ({@code ""} for the whole document); for a
 *                missing required property it points at the property itself, e.g. {@code /applicant/name}
 * @param code    the JSON Schema keyword that failed: {@code required}, {@code enum}, {@code pattern},
 *                {@code maxLength}, {@code format}, {@code type}, {@code additionalProperties}, {@code const}, …
 * @param message human-readable, names the field with its English and Chinese title
 */
public record SchemaProblem(String pointer, String code, String message) {
}
