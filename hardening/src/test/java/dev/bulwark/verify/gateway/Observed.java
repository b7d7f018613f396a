package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.API;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.HEALTH;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.SENSITIVE;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.SPOOFED_HEADERS;

import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.VerifyTarget;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Observations as the probe recorded them from the real gateways (OpenClaw 2026.9.6 and Clawdbot 2026.1.24-3 on
 * loopback with token auth), trimmed, so checks are tested against what the gateways really answer.
 */
final class Observed {
    static final URI URL = URI.create("https://agent.example.com/");
    static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String UNAUTHORIZED = "{\"error\":{\"message\":\"Unauthorized\",\"type\":\"unauthorized\"}}";
    static final String PROXY_ATTRIBUTION = "{\"error\":{\"message\":\"Proxy client attribution is required.\"}}";
    static final String OPENCLAW_PAGE = """
            <!doctype html>
            <html data-openclaw-control-ui-base-path="" data-openclaw-terminal-enabled="true" \
            data-openclaw-control-ui-build-id="2026.9.6-release-eb377ac59e6c-2026-09-23T16-33-12.144Z-314f5d48" lang="en">
              <head>
                <title>OpenClaw Control</title>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg?v=2026.9.6-release-eb377ac59e6c-2026-09-23T16-33-12.144Z" />
                <script data-cfasync="false" type="module" crossorigin src="/assets/index-DsEuFQRE.js"></script>
              </head>
              <body><openclaw-app></openclaw-app></body>
            </html>
            """;
    static final String CLAWDBOT_PAGE = """
            <!doctype html>
            <html lang="en">
              <head>
                <title>Clawdbot Control</title>
                <script type="module" crossorigin src="./assets/index-Cl-Y9zqE.js"></script>
              <script>window.__CLAWDBOT_CONTROL_UI_BASE_PATH__="";window.__CLAWDBOT_ASSISTANT_NAME__="Assistant";</script></head>
              <body>
                <clawdbot-app></clawdbot-app>
              </body>
            </html>
            """;

    private Observed() {
    }

    static VerifyTarget target() {
        return new VerifyTarget(URL, Optional.empty(), Expectations.defaults());
    }

    static VerifyTarget pinnedTo(String version) {
        Expectations e = Expectations.defaults();
        return new VerifyTarget(URL, Optional.empty(), new Expectations(e.domain(), e.gatewayPort(),
                e.allowedPorts(), Optional.of(version), e.allowedOrigin(), e.blueprintPath(), e.adminCidrs()));
    }

    static HttpExchange get(HttpExchange.Purpose purpose, String path, int status, String type, String body) {
        return HttpExchange.answered(purpose, "GET", path, Map.of(), status, type, body);
    }

    static HttpExchange post(HttpExchange.Purpose purpose, String path, int status, String type, String body) {
        return HttpExchange.answered(purpose, "POST", path, Map.of(), status, type, body);
    }

    static HttpExchange spoofed(String header, String value, int status, String type, String body) {
        return HttpExchange.answered(SPOOFED_HEADERS, "POST", "/tools/invoke", Map.of(header, value), status, type,
                body);
    }

    static ConnectAttempt refused(ConnectAttempt.Purpose purpose, String clientId, Map<String, String> headers,
                                  String errorCode, String detailCode, String message) {
        return new ConnectAttempt(purpose, clientId, clientId.equals("cli") ? "cli" : "webchat", headers, 101, true,
                Optional.of(false), errorCode, detailCode, message, 0, Optional.empty(), Optional.empty());
    }

    static ConnectAttempt helloOk(ConnectAttempt.Purpose purpose, String clientId, Map<String, String> headers,
                                  String serverVersion) {
        return new ConnectAttempt(purpose, clientId, clientId.equals("cli") ? "cli" : "webchat", headers, 101, true,
                Optional.of(true), "", "", "", 0, Optional.of(serverVersion), Optional.empty());
    }

    static ConnectAttempt upgradeRefused(ConnectAttempt.Purpose purpose, String clientId, Map<String, String> headers,
                                         int status) {
        return new ConnectAttempt(purpose, clientId, clientId.equals("cli") ? "cli" : "webchat", headers, status,
                false, Optional.empty(), "", "", "", 0, Optional.empty(), Optional.empty());
    }

    static ConnectAttempt noAnswer(ConnectAttempt.Purpose purpose, String clientId, Map<String, String> headers) {
        return new ConnectAttempt(purpose, clientId, clientId.equals("cli") ? "cli" : "webchat", headers, 0,
                false, Optional.empty(), "", "", "", 0, Optional.empty(), Optional.of("connect timed out"));
    }

    static final Map<String, String> EVIL = Map.of("Origin", ProbePlan.FOREIGN_ORIGIN);

    /** OpenClaw 2026.9.6, {@code --bind loopback --auth token}, probed directly. */
    static GatewayObservation openClawHardened() {
        List<HttpExchange> exchanges = List.of(
                get(CONTROL_UI, "/", 200, HTML, OPENCLAW_PAGE),
                get(HEALTH, "/health", 200, JSON, "{\"ok\":true,\"status\":\"live\"}"),
                get(HEALTH, "/healthz", 200, JSON, "{\"ok\":true,\"status\":\"live\"}"),
                get(HEALTH, "/ready", 200, JSON, "{\"ready\":true,\"failing\":[],\"uptimeMs\":408893,"
                        + "\"eventLoop\":{\"degraded\":false,\"delayP99Ms\":87.7}}"),
                get(HEALTH, "/readyz", 200, JSON, "{\"ready\":true,\"failing\":[],\"uptimeMs\":408903}"),
                get(API, "/v1/models", 404, TEXT, "Not Found"),
                post(API, "/v1/chat/completions", 404, TEXT, "Not Found"),
                post(API, "/v1/responses", 404, TEXT, "Not Found"),
                post(API, "/v1/embeddings", 404, TEXT, "Not Found"),
                post(API, "/tools/invoke", 401, JSON, UNAUTHORIZED),
                post(API, "/hooks/x", 404, TEXT, "Not Found"),
                get(API, "/api%2Fchannels/x", 401, JSON, UNAUTHORIZED),
                get(SENSITIVE, "/__openclaw/control-ui-config.json", 401, JSON, UNAUTHORIZED),
                get(SENSITIVE, "/control-ui-config.json", 401, JSON, UNAUTHORIZED),
                spoofed("X-Forwarded-For", "127.0.0.1", 403, JSON, PROXY_ATTRIBUTION),
                spoofed("X-Real-IP", "127.0.0.1", 403, JSON, PROXY_ATTRIBUTION),
                spoofed("Forwarded", "for=127.0.0.1", 403, JSON, PROXY_ATTRIBUTION),
                spoofed("tailscale-user-login", "admin@example.com", 403, JSON, PROXY_ATTRIBUTION));
        List<ConnectAttempt> connects = List.of(
                refused(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", Map.of(), "NOT_PAIRED",
                        "DEVICE_IDENTITY_REQUIRED", "device identity required"),
                refused(ConnectAttempt.Purpose.CROSS_ORIGIN, "openclaw-control-ui", EVIL, "INVALID_REQUEST",
                        "CONTROL_UI_ORIGIN_NOT_ALLOWED", "origin not allowed (open the Control UI from the gateway"
                                + " host or allow it in gateway.controlUi.allowedOrigins)"),
                refused(ConnectAttempt.Purpose.CROSS_ORIGIN, "clawdbot-control-ui", EVIL, "INVALID_REQUEST", "",
                        "invalid connect params: at /client/id: must be equal to one of the allowed values"),
                upgradeRefused(ConnectAttempt.Purpose.SPOOFED_HEADERS, "cli", ProbePlan.SPOOFED, 403));
        return GatewayObservation.of(URL, exchanges, connects);
    }

    /** Clawdbot 2026.1.24-3, {@code --bind loopback --auth token}: every unknown GET gets the Control UI page. */
    static GatewayObservation clawdbot() {
        List<HttpExchange> exchanges = new ArrayList<>();
        exchanges.add(get(CONTROL_UI, "/", 200, HTML, CLAWDBOT_PAGE));
        for (String path : List.of("/health", "/healthz", "/ready", "/readyz")) {
            exchanges.add(get(HEALTH, path, 200, HTML, CLAWDBOT_PAGE));
        }
        exchanges.add(get(API, "/v1/models", 200, HTML, CLAWDBOT_PAGE));
        for (String path : List.of("/v1/chat/completions", "/v1/responses", "/v1/embeddings", "/hooks/x")) {
            exchanges.add(post(API, path, 405, TEXT, "Method Not Allowed"));
        }
        exchanges.add(post(API, "/tools/invoke", 401, JSON, UNAUTHORIZED));
        exchanges.add(get(API, "/api%2Fchannels/x", 200, HTML, CLAWDBOT_PAGE));
        exchanges.add(get(SENSITIVE, "/__openclaw/control-ui-config.json", 200, HTML, CLAWDBOT_PAGE));
        exchanges.add(get(SENSITIVE, "/control-ui-config.json", 200, HTML, CLAWDBOT_PAGE));
        ProbePlan.SPOOFED.forEach((h, v) -> exchanges.add(spoofed(h, v, 401, JSON, UNAUTHORIZED)));
        List<ConnectAttempt> connects = List.of(
                refused(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", Map.of(), "NOT_PAIRED", "",
                        "device identity required"),
                refused(ConnectAttempt.Purpose.CROSS_ORIGIN, "openclaw-control-ui", EVIL, "INVALID_REQUEST", "",
                        "invalid connect params: at /client/id: must be equal to constant"),
                refused(ConnectAttempt.Purpose.CROSS_ORIGIN, "clawdbot-control-ui", EVIL, "INVALID_REQUEST", "",
                        "control ui requires HTTPS or localhost (secure context)"),
                refused(ConnectAttempt.Purpose.SPOOFED_HEADERS, "cli", ProbePlan.SPOOFED, "NOT_PAIRED", "",
                        "device identity required"));
        return GatewayObservation.of(URL, exchanges, connects);
    }

    /** {@code base} with the exchange for the same request replaced (the fingerprint is derived again). */
    static GatewayObservation with(GatewayObservation base, HttpExchange replacement) {
        List<HttpExchange> exchanges = new ArrayList<>();
        boolean replaced = false;
        for (HttpExchange e : base.exchanges()) {
            boolean same = e.purpose() == replacement.purpose() && e.method().equals(replacement.method())
                    && e.path().equals(replacement.path()) && e.sentHeaders().equals(replacement.sentHeaders());
            exchanges.add(same ? replacement : e);
            replaced |= same;
        }
        if (!replaced) {
            exchanges.add(replacement);
        }
        return GatewayObservation.of(base.base(), exchanges, base.connects());
    }

    /** {@code base} with the connect of the same purpose and client id replaced. */
    static GatewayObservation with(GatewayObservation base, ConnectAttempt replacement) {
        List<ConnectAttempt> connects = new ArrayList<>();
        boolean replaced = false;
        for (ConnectAttempt c : base.connects()) {
            boolean same = c.purpose() == replacement.purpose() && c.clientId().equals(replacement.clientId());
            connects.add(same ? replacement : c);
            replaced |= same;
        }
        if (!replaced) {
            connects.add(replacement);
        }
        return GatewayObservation.of(base.base(), base.exchanges(), connects);
    }
}
