package dev.bulwark.verify.gateway;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes what the gateway probe reads from a server's answers (the Control UI page, headers, the connect response's
 * fields) through the fingerprinter and the whole gateway rule pack: a hostile page may make them find anything or
 * nothing, never throw. A plain test run replays the committed corpus (FingerprinterFuzzTestInputs).
 */
class FingerprinterFuzzTest {
    private static final GatewayProbe PROBE = GatewayProbe.create();

    @FuzzTest(maxDuration = "60s")
    void evaluate_anyServerAnswers_neverThrows(FuzzedDataProvider data) {
        String server = data.consumeString(200);
        String version = data.consumeString(100);
        String message = data.consumeString(200);
        String body = data.consumeRemainingAsString();
        HttpExchange page = new HttpExchange(HttpExchange.Purpose.CONTROL_UI, "GET", "/", Map.of(), 200,
                Map.of("content-type", "text/html", "server", server), body, Optional.empty());
        HttpExchange health = HttpExchange.answered(HttpExchange.Purpose.HEALTH, "GET", "/health", Map.of(), 200,
                "application/json", body);
        ConnectAttempt connect = new ConnectAttempt(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", "cli", Map.of(),
                101, true, Optional.of(false), "NOT_PAIRED", "", message, 1008,
                version.isEmpty() ? Optional.empty() : Optional.of(version), Optional.empty());
        GatewayObservation observation = GatewayObservation.of(URI.create("https://agent.example.com/"),
                List.of(page, health), List.of(connect));
        PROBE.evaluate(observation, Observed.target());
    }
}
