package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.API;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CANVAS;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.HEALTH;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.SENSITIVE;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.SPOOFED_HEADERS;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the gateway probe sends: every request and connect, all without credentials. Missing-credential probes only:
 * a guessed token counts towards the gateway's lockout and, behind a proxy, would lock out every user. A missing
 * token does not count (2026.9.6 returns {@code token_missing} before it records a failure), so this plan is safe
 * for token and password auth.
 */
final class ProbePlan {
    /** The foreign page a cross-origin connect pretends to come from. */
    static final String FOREIGN_ORIGIN = "https://evil.example";

    /** Headers any client can send that a careless gateway or proxy believes. */
    static final Map<String, String> SPOOFED = spoofed();

    private ProbePlan() {
    }

    private static Map<String, String> spoofed() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", "127.0.0.1");
        headers.put("X-Real-IP", "127.0.0.1");
        headers.put("Forwarded", "for=127.0.0.1");
        headers.put("tailscale-user-login", "admin@example.com");
        return headers;
    }

    /** The Control UI's base path from the target URL: {@code ""} for {@code https://host/}. */
    static String basePath(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static List<PlannedRequest> requests(URI url) {
        String base = basePath(url);
        List<PlannedRequest> plan = new ArrayList<>();
        plan.add(PlannedRequest.get(CONTROL_UI, base + "/"));
        for (String path : List.of("/health", "/healthz", "/ready", "/readyz")) {
            plan.add(PlannedRequest.get(HEALTH, path));
        }
        plan.add(PlannedRequest.get(API, "/v1/models"));
        for (String path : List.of("/v1/chat/completions", "/v1/responses", "/v1/embeddings", "/tools/invoke",
                "/hooks/x")) {
            plan.add(PlannedRequest.postEmptyJson(API, path));
        }
        plan.add(PlannedRequest.get(API, "/api%2Fchannels/x"));
        plan.add(PlannedRequest.get(SENSITIVE, "/__openclaw/control-ui-config.json"));
        plan.add(PlannedRequest.get(SENSITIVE, base + "/control-ui-config.json"));
        plan.add(PlannedRequest.get(CANVAS, "/__openclaw__/canvas/"));
        plan.add(PlannedRequest.get(CANVAS, "/__openclaw__/a2ui/"));
        PlannedRequest toolsInvoke = PlannedRequest.postEmptyJson(SPOOFED_HEADERS, "/tools/invoke");
        for (Map.Entry<String, String> header : SPOOFED.entrySet()) {
            plan.add(toolsInvoke.with(Map.of(header.getKey(), header.getValue())));
        }
        return plan.stream().distinct().toList();
    }

    static List<PlannedConnect> connects() {
        return List.of(
                new PlannedConnect(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", "cli", Map.of()),
                new PlannedConnect(ConnectAttempt.Purpose.CROSS_ORIGIN, Brand.OPENCLAW.controlUiClientId(),
                        "webchat", Map.of("Origin", FOREIGN_ORIGIN)),
                new PlannedConnect(ConnectAttempt.Purpose.CROSS_ORIGIN, Brand.CLAWDBOT.controlUiClientId(),
                        "webchat", Map.of("Origin", FOREIGN_ORIGIN)),
                new PlannedConnect(ConnectAttempt.Purpose.SPOOFED_HEADERS, "cli", "cli", SPOOFED));
    }
}
