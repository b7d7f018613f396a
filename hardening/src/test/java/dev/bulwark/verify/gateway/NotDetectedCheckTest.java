package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NotDetectedCheckTest {

    static Stream<Arguments> cases() {
        GatewayObservation nginxDefault = GatewayObservation.of(Observed.URL,
                List.of(Observed.get(CONTROL_UI, "/", 200, Observed.HTML, "<h1>Welcome to nginx!</h1>")),
                List.of(Observed.upgradeRefused(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", Map.of(), 404)));
        GatewayObservation hiddenPageButHandshake = GatewayObservation.of(Observed.URL,
                List.of(Observed.get(CONTROL_UI, "/", 401, Observed.HTML, "")),
                List.of(Observed.refused(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", Map.of(), "NOT_PAIRED",
                        "DEVICE_IDENTITY_REQUIRED", "device identity required")));
        return Stream.of(
                CheckCase.compliant("openclaw page", Observed.openClawHardened()),
                CheckCase.compliant("clawdbot page", Observed.clawdbot()),
                CheckCase.compliant("page hidden, handshake answers", hiddenPageButHandshake),
                CheckCase.reported("nginx welcome page", nginxDefault, "GET / -> 200 without a Control UI marker"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsWhenNoGatewayAnswered(CheckCase c) {
        c.assertOutcome(new NotDetectedCheck());
    }
}
