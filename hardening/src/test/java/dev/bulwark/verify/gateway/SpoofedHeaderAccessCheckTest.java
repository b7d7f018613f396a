package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.API;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpoofedHeaderAccessCheckTest {

    static Stream<Arguments> cases() {
        GatewayObservation openToolsInvoke = Observed.with(Observed.with(Observed.openClawHardened(),
                        Observed.post(API, "/tools/invoke", 200, Observed.JSON, "{\"ok\":true}")),
                Observed.spoofed("X-Real-IP", "127.0.0.1", 200, Observed.JSON, "{\"ok\":true}"));
        return Stream.of(
                CheckCase.compliant("openclaw refuses proxy-shaped traffic (403)", Observed.openClawHardened()),
                CheckCase.compliant("clawdbot still 401", Observed.clawdbot()),
                CheckCase.compliant("open without the header too: the API rule's finding", openToolsInvoke),
                CheckCase.reported("tailscale identity believed", Observed.with(Observed.openClawHardened(),
                        Observed.spoofed("tailscale-user-login", "admin@example.com", 200, Observed.JSON,
                                "{\"ok\":true}")), "tailscale-user-login: admin@example.com) -> 200"),
                CheckCase.reported("forwarded-for believed", Observed.with(Observed.clawdbot(),
                        Observed.spoofed("X-Forwarded-For", "127.0.0.1", 200, Observed.JSON, "{\"ok\":true}")),
                        "X-Forwarded-For: 127.0.0.1"),
                CheckCase.reported("WebSocket local bypass", Observed.with(Observed.openClawHardened(),
                        Observed.helloOk(ConnectAttempt.Purpose.SPOOFED_HEADERS, "cli", ProbePlan.SPOOFED,
                                "2026.2.1")), "WebSocket cli/cli"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsAccessGainedOnlyThroughSpoofedHeaders(CheckCase c) {
        c.assertOutcome(new SpoofedHeaderAccessCheck());
    }
}
