package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.ConnectAttempt.Purpose.CROSS_ORIGIN;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrossOriginConnectCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                CheckCase.compliant("openclaw refuses the origin", Observed.openClawHardened()),
                CheckCase.compliant("clawdbot refuses for device identity (another rule)", Observed.clawdbot()),
                CheckCase.compliant("proxy refuses the upgrade", Observed.with(Observed.openClawHardened(),
                        Observed.upgradeRefused(CROSS_ORIGIN, "openclaw-control-ui", Observed.EVIL, 403))),
                CheckCase.reported("openclaw accepts evil.example", Observed.with(Observed.openClawHardened(),
                        Observed.helloOk(CROSS_ORIGIN, "openclaw-control-ui", Observed.EVIL, "2026.2.19")),
                        "Origin: https://evil.example -> hello-ok"),
                CheckCase.reported("clawdbot variant accepted", Observed.with(Observed.clawdbot(),
                        Observed.helloOk(CROSS_ORIGIN, "clawdbot-control-ui", Observed.EVIL, "2026.1.24-3")),
                        "clawdbot-control-ui"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsOnlyAnAcceptedForeignOrigin(CheckCase c) {
        c.assertOutcome(new CrossOriginConnectCheck());
    }
}
