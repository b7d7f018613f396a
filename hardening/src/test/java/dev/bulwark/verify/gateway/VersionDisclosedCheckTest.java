package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.HEALTH;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VersionDisclosedCheckTest {

    static Stream<Arguments> cases() {
        GatewayObservation pageWithoutVersion = Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI,
                "/", 200, Observed.HTML, "<!doctype html><title>OpenClaw Control</title><openclaw-app>"));
        return Stream.of(
                CheckCase.compliant("clawdbot shows only its brand", Observed.clawdbot()),
                CheckCase.compliant("page without build id, health without version", pageWithoutVersion),
                CheckCase.reported("openclaw build id (as 2026.9.6 ships)", Observed.openClawHardened(),
                        "2026.9.6 in GET / data-openclaw-control-ui-build-id"),
                CheckCase.reported("health leaks the version", Observed.with(pageWithoutVersion, Observed.get(HEALTH,
                        "/healthz", 200, Observed.JSON, "{\"ok\":true,\"version\":\"2026.9.6\"}")),
                        "2026.9.6 in GET /healthz body"),
                CheckCase.reported("version header", Observed.with(pageWithoutVersion, new HttpExchange(HEALTH, "GET",
                        "/health", java.util.Map.of(), 200, java.util.Map.of("x-openclaw-version", "2026.9.6",
                        "content-type", Observed.JSON), "{\"ok\":true}", java.util.Optional.empty())),
                        "header x-openclaw-version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsEveryPlaceTheVersionShows(CheckCase c) {
        c.assertOutcome(new VersionDisclosedCheck());
    }
}
