package cn.legalaidhub.web;

import cn.legalaidhub.contract.ContractSchemas;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Parses a request body and checks it against its JSON Schema, collecting every problem. */
@Component
public class JsonDocuments {

    private final ObjectMapper objectMapper;

    JsonDocuments(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("Empty body", List.of(new Problem.FieldError("", "required",
                    "The request body is empty; a JSON document is required. 请求体为空。")));
        }
        try {
            JsonNode node = objectMapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("Not a JSON object", List.of(new Problem.FieldError("", "type",
                        "The body must be a JSON object. 请求体必须是 JSON 对象。")));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("Malformed JSON", List.of(new Problem.FieldError("", "syntax",
                    "Malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                            + ": " + e.getOriginalMessage())));
        }
    }

    public List<Problem.FieldError> schemaProblems(String schemaName, JsonNode document) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ContractSchemas.validate(schemaName, document)
                .forEach(p -> errors.add(new Problem.FieldError(p.pointer(), p.code(), p.message())));
        return errors;
    }

    public String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectMapper mapper() {
        return objectMapper;
    }
}
