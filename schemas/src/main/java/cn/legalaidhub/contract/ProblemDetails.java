package cn.legalaidhub.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details 错误信息 as the hub returns them (schemas/json/problem.schema.json), with
 * every problem of the request in {@code errors} and, on a refused status event, the event types
 * {@code allowed} now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(
        String type,
        String title,
        Integer status,
        String detail,
        String instance,
        List<FieldError> errors,
        List<EventType> allowed) {

    /** Media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One problem with one field of the request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String pointer, String code, String message) {

        public static FieldError of(SchemaProblem problem) {
            return new FieldError(problem.pointer(), problem.code(), problem.message());
        }
    }
}
