package cn.legalaidhub.adapters.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outbound HTTP calls of the adapters to partner systems, with the hub's delivery timeouts
 * ({@code HUB_DELIVERY_CONNECT_TIMEOUT_MS}, {@code HUB_DELIVERY_RESPONSE_TIMEOUT_MS}). Anything but a
 * 2xx answer is thrown as {@link PartnerDeliveryException}, so the hub redelivers with backoff.
 */
@Component
public class PartnerHttpClient {

    public record Response(int status, String body) {
    }

    private final HttpClient http;
    private final Duration responseTimeout;

    PartnerHttpClient(@Value("${camel.component.http.connect-timeout:5000}") long connectTimeoutMs,
            @Value("${camel.component.http.response-timeout:15000}") long responseTimeoutMs) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMs))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.responseTimeout = Duration.ofMillis(responseTimeoutMs);
    }

    /** POSTs JSON; returns the 2xx answer or throws. */
    public Response postJson(URI uri, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(responseTimeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PartnerDeliveryException(uri + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerDeliveryException(uri + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new PartnerDeliveryException(uri + " answered HTTP " + response.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())), response.statusCode());
        }
        return new Response(response.statusCode(), response.body());
    }
}
