package dev.bulwark.verify.gateway;

import java.util.Map;
import java.util.Optional;

/**
 * A request the probe will send. Never carries a credential.
 *
 * @param purpose     why it is sent
 * @param method      {@code GET} or {@code POST}
 * @param path        raw path from the origin root, e.g. {@code /api%2Fchannels/x}
 * @param jsonBody    a JSON body for POST
 * @param headers     extra headers (spoofed forwarding/identity headers only)
 */
record PlannedRequest(HttpExchange.Purpose purpose, String method, String path, Optional<String> jsonBody,
                      Map<String, String> headers) {
    PlannedRequest {
        headers = Map.copyOf(headers);
    }

    static PlannedRequest get(HttpExchange.Purpose purpose, String path) {
        return new PlannedRequest(purpose, "GET", path, Optional.empty(), Map.of());
    }

    static PlannedRequest postEmptyJson(HttpExchange.Purpose purpose, String path) {
        return new PlannedRequest(purpose, "POST", path, Optional.of("{}"), Map.of());
    }

    PlannedRequest with(Map<String, String> extraHeaders) {
        return new PlannedRequest(purpose, method, path, jsonBody, extraHeaders);
    }
}
