package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.ConnectAttempt.Purpose.CROSS_ORIGIN;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.API;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncompleteCheckTest {

    static Stream<Arguments> cases() {
        GatewayObservation neitherVariantUnderstood = Observed.with(Observed.openClawHardened(),
                Observed.refused(CROSS_ORIGIN, "openclaw-control-ui", Observed.EVIL, "INVALID_REQUEST",
                        "PROTOCOL_MISMATCH", "protocol mismatch"));
        return Stream.of(
                CheckCase.compliant("openclaw: one cross-origin variant decided", Observed.openClawHardened()),
                CheckCase.compliant("clawdbot: the other variant decided", Observed.clawdbot()),
                CheckCase.reported("an API request timed out", Observed.with(Observed.openClawHardened(),
                        HttpExchange.failed(API, "POST", "/tools/invoke", Map.of(), "timed out after 5000 ms")),
                        "POST /tools/invoke -> no answer: timed out after 5000 ms"),
                CheckCase.reported("no cross-origin variant understood", neitherVariantUnderstood,
                        "WebSocket cross origin connect"),
                CheckCase.reported("gateway still starting (seen on 2026.9.6 right after it listens)", Observed.with(
                        Observed.openClawHardened(), Observed.refused(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli",
                                Map.of(), "UNAVAILABLE", "", "gateway starting; retry shortly")),
                        "cli/cli -> refused UNAVAILABLE: gateway starting"),
                CheckCase.reported("API answers 503", Observed.with(Observed.openClawHardened(),
                        Observed.get(API, "/v1/models", 503, Observed.TEXT, "Service Unavailable")),
                        "GET /v1/models -> 503"),
                CheckCase.compliant("readiness 503 is its own answer", Observed.with(Observed.openClawHardened(),
                        Observed.get(HttpExchange.Purpose.HEALTH, "/readyz", 503, Observed.JSON,
                                "{\"ready\":false}"))),
                CheckCase.reported("unauthenticated connect timed out", Observed.with(Observed.clawdbot(),
                        Observed.noAnswer(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", Map.of())),
                        "WebSocket unauthenticated connect: cli/cli -> no answer: connect timed out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsWhatCouldNotBeChecked(CheckCase c) {
        c.assertOutcome(new IncompleteCheck());
    }
}
