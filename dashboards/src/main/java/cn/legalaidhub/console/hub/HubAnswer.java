package cn.legalaidhub.console.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** What a door answered: its HTTP-like status and JSON body (a problem document on 4xx). */
public record HubAnswer(int status, JsonNode body) {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    public record FieldProblem(String pointer, String code, String message) {
    }

    /** The body as plain maps and lists, for templates ({@code ${item['referralId']}}). */
    public Object data() {
        return PLAIN.convertValue(body, Object.class);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Every problem the hub named (一次性告知), or the problem's detail alone. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            problems.add(new FieldProblem(error.path("pointer").asText(), error.path("code").asText(), error.path("message").asText()));
        }
        if (problems.isEmpty() && !ok()) {
            problems.add(new FieldProblem("", String.valueOf(status), detail()));
        }
        return problems;
    }

    public String detail() {
        String title = body.path("title").asText("");
        String detail = body.path("detail").asText("");
        return (title + (detail.isEmpty() ? "" : "：" + detail)).trim();
    }
}
