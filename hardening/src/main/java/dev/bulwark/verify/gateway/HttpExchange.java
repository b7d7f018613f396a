package dev.bulwark.verify.gateway;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unauthenticated HTTP request the probe sent and what came back (status, a few headers, the start of the
 * body). Never carries a credential: the probe sends none.
 *
 * @param purpose       why it was sent, which decides which check reads it
 * @param method        {@code GET} or {@code POST}
 * @param path          the raw request path, e.g. {@code /api%2Fchannels/x}
 * @param sentHeaders   extra headers sent (only the spoofed forwarding/identity headers), for the evidence
 * @param status        the status code, or 0 when there was no answer
 * @param headers       response headers, names in lower case, first value only
 * @param body          the body up to the probe's read limit
 * @param failure       why there was no answer (timeout, connection refused); empty when there was one
 */
public record HttpExchange(Purpose purpose, String method, String path, Map<String, String> sentHeaders, int status,
                           Map<String, String> headers, String body, Optional<String> failure) {

    /** What a request is meant to find out. */
    public enum Purpose { CONTROL_UI, HEALTH, API, SENSITIVE, SPOOFED_HEADERS, CANVAS }

    public HttpExchange {
        Objects.requireNonNull(purpose, "purpose");
        sentHeaders = Map.copyOf(sentHeaders);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
        Objects.requireNonNull(failure, "failure");
    }

    /** An exchange that got an answer (tests build observations with it). */
    public static HttpExchange answered(Purpose purpose, String method, String path, Map<String, String> sent,
                                        int status, String contentType, String body) {
        return new HttpExchange(purpose, method, path, sent, status,
                contentType == null ? Map.of() : Map.of("content-type", contentType), body, Optional.empty());
    }

    /** An exchange that got no answer. */
    public static HttpExchange failed(Purpose purpose, String method, String path, Map<String, String> sent,
                                      String why) {
        return new HttpExchange(purpose, method, path, sent, 0, Map.of(), "", Optional.of(why));
    }

    public boolean hasAnswer() {
        return failure.isEmpty();
    }

    public boolean isSuccess() {
        return hasAnswer() && status >= 200 && status < 300;
    }

    public String contentType() {
        return headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
    }

    /** An HTML page: on an API path this is the Control UI's single-page fallback, not the API answering. */
    public boolean isHtml() {
        return contentType().startsWith("text/html") || body.stripLeading().regionMatches(true, 0, "<!doctype html", 0,
                14);
    }

    public boolean isJson() {
        String start = body.stripLeading();
        return contentType().contains("json") || start.startsWith("{") || start.startsWith("[");
    }

    /** {@code POST /tools/invoke} (with {@code X-Real-IP: 127.0.0.1}) for evidence lines. */
    public String request() {
        String line = method + " " + path;
        return sentHeaders.isEmpty() ? line : line + " (with " + String.join(", ", sentHeaders.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).sorted().toList()) + ")";
    }

    /** {@code 401} or {@code no answer: timed out} for evidence lines. */
    public String answer() {
        return failure.map(f -> "no answer: " + f).orElse(Integer.toString(status));
    }
}
