package cn.legalaidhub.web;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Shared names and small helpers of the REST-facing routes. */
public final class ApiRoutes {

    public static final String API_ERRORS = "api-errors";
    public static final String JSON = "application/json";

    private ApiRoutes() {
    }

    public static void respond(Exchange exchange, int status, String jsonBody) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, JSON);
        message.setBody(jsonBody);
    }

    public static int intParam(Exchange exchange, String name, int fallback, int min, int max) {
        String raw = exchange.getMessage().getHeader(name, String.class);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw badParam(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw badParam(name, "must be a whole number");
        }
    }

    public static InvalidInputException badParam(String name, String why) {
        return new InvalidInputException("Invalid query parameter",
                java.util.List.of(new Problem.FieldError("?" + name, "parameter", "Query parameter '" + name + "' " + why + ".")));
    }
}
