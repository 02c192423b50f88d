package cn.legalaidhub.adapters.support;

import cn.legalaidhub.contract.SchemaProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * HTTP problem answers (RFC 9457, {@code application/problem+json}) for partner endpoints, naming
 * each problem in the partner's own field names, and the translation of the hub's canonical JSON
 * pointers into those names.
 */
public final class PartnerProblems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PartnerProblems() {
    }

    public static String body(int status, String title, String detail, List<FieldProblem> problems) {
        ObjectNode problem = MAPPER.createObjectNode();
        problem.put("type", "https://legalaidhub.cn/problems/" + (status == 400 ? "invalid-input" : "http-" + status));
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        ArrayNode errors = problem.putArray("errors");
        for (FieldProblem p : problems) {
            errors.addObject().put("field", p.field()).put("pointer", p.pointer()).put("code", p.code()).put("message", p.message());
        }
        return problem.toString();
    }

    /** Ends a partner call with a problem answer. */
    public static void respond(Exchange exchange, int status, String title, String detail, List<FieldProblem> problems) {
        answer(exchange, status, MEDIA_TYPE, body(status, title, detail, problems));
    }

    public static void answer(Exchange exchange, int status, String contentType, String body) {
        var message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setBody(body);
    }

    /**
     * The hub's problems ({@code errors[]} of {@code {pointer, code, message}}) named in the partner's
     * fields: {@code fields} maps canonical pointers (or their prefixes) to partner field names; the
     * longest matching prefix wins, and a pointer no field maps to keeps its canonical name.
     */
    public static List<FieldProblem> translate(JsonNode hubProblem, Map<String, String> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        for (JsonNode error : hubProblem.path("errors")) {
            problems.add(FieldProblem.of(fieldOf(error.path("pointer").asText(), fields), error.path("code").asText(),
                    error.path("message").asText()));
        }
        if (problems.isEmpty()) {
            problems.add(FieldProblem.of("", "refused", hubProblem.path("detail").asText("refused")));
        }
        return problems;
    }

    /** The contract's own schema problems of a mapped document, named in the partner's fields. */
    public static List<FieldProblem> translate(List<SchemaProblem> schemaProblems, Map<String, String> fields) {
        return schemaProblems.stream()
                .map(p -> FieldProblem.of(fieldOf(p.pointer(), fields), p.code(), p.message()))
                .toList();
    }

    /** The partner field a canonical pointer falls under: the longest mapped prefix, else the pointer itself. */
    public static String fieldOf(String pointer, Map<String, String> fields) {
        return fields.keySet().stream()
                .filter(prefix -> pointer.equals(prefix) || pointer.startsWith(prefix + "/"))
                .max(Comparator.comparingInt(String::length))
                .map(fields::get)
                .orElse(pointer);
    }

    /** Mapping problems first, then those of the schema on fields not already named. */
    public static List<FieldProblem> merge(List<FieldProblem> first, List<FieldProblem> more) {
        List<FieldProblem> all = new ArrayList<>(first);
        for (FieldProblem p : more) {
            if (all.stream().noneMatch(known -> known.field().equals(p.field()))) {
                all.add(p);
            }
        }
        return all;
    }
}
