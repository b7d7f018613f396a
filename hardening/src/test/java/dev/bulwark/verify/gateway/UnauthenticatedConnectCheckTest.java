package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.ConnectAttempt.Purpose.UNAUTHENTICATED;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnauthenticatedConnectCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                CheckCase.compliant("openclaw refuses: device identity required", Observed.openClawHardened()),
                CheckCase.compliant("clawdbot refuses: device identity required", Observed.clawdbot()),
                CheckCase.compliant("proxy refuses the upgrade", Observed.with(Observed.openClawHardened(),
                        Observed.upgradeRefused(UNAUTHENTICATED, "cli", Map.of(), 401))),
                CheckCase.compliant("rate limited", Observed.with(Observed.openClawHardened(),
                        Observed.refused(UNAUTHENTICATED, "cli", Map.of(), "UNAVAILABLE", "AUTH_RATE_LIMITED",
                                "too many failed attempts"))),
                CheckCase.compliant("no answer is not a finding here", Observed.with(Observed.openClawHardened(),
                        Observed.noAnswer(UNAUTHENTICATED, "cli", Map.of()))),
                CheckCase.reported("hello-ok without credentials", Observed.with(Observed.openClawHardened(),
                        Observed.helloOk(UNAUTHENTICATED, "cli", Map.of(), "2026.1.14")), "hello-ok (server 2026.1.14)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsOnlyAnAcceptedConnect(CheckCase c) {
        c.assertOutcome(new UnauthenticatedConnectCheck());
    }
}
