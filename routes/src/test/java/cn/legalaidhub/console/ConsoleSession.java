package cn.legalaidhub.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-less console session over plain HTTP: cookies kept, redirects not followed, CSRF tokens read from pages. */
final class ConsoleSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    ConsoleSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts with the CSRF token of the page at {@code tokenFrom}, as the console's own forms do. */
    HttpResponse<String> postWithToken(String tokenFrom, String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", token(get(tokenFrom).body()));
        return post(path, withToken);
    }

    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return postWithToken("/console/login", "/console/login", Map.of("username", username, "password", password));
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    static String token(String page) {
        Matcher input = CSRF_INPUT.matcher(page);
        if (input.find()) {
            return input.group(1);
        }
        Matcher meta = CSRF_META.matcher(page);
        if (meta.find()) {
            return meta.group(1);
        }
        throw new AssertionError("no CSRF token on the page");
    }
}
