package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.ConnectAttempt.Purpose.CROSS_ORIGIN;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OriginNotEnforcedCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                CheckCase.compliant("openclaw refuses the origin", Observed.openClawHardened()),
                CheckCase.compliant("proxy refuses the upgrade", Observed.with(Observed.clawdbot(),
                        Observed.upgradeRefused(CROSS_ORIGIN, "clawdbot-control-ui", Observed.EVIL, 403))),
                CheckCase.compliant("accepted is the high rule's, not this one's", Observed.with(
                        Observed.openClawHardened(), Observed.helloOk(CROSS_ORIGIN, "openclaw-control-ui",
                                Observed.EVIL, "2026.2.19"))),
                CheckCase.compliant("no variant understood: incomplete, not this rule", Observed.with(
                        Observed.openClawHardened(), Observed.noAnswer(CROSS_ORIGIN, "openclaw-control-ui",
                                Observed.EVIL))),
                CheckCase.reported("clawdbot lets the origin through to the device check", Observed.clawdbot(),
                        "secure context"),
                CheckCase.reported("allowedOrigins '*': only device identity refuses", Observed.with(
                        Observed.openClawHardened(), Observed.refused(CROSS_ORIGIN, "openclaw-control-ui",
                                Observed.EVIL, "INVALID_REQUEST", "CONTROL_UI_DEVICE_IDENTITY_REQUIRED",
                                "control ui requires device identity")), "CONTROL_UI_DEVICE_IDENTITY_REQUIRED"),
                CheckCase.reported("origin passes, token missing", Observed.with(Observed.openClawHardened(),
                        Observed.refused(CROSS_ORIGIN, "openclaw-control-ui", Observed.EVIL, "INVALID_REQUEST",
                                "AUTH_TOKEN_MISSING", "unauthorized: gateway token missing")), "AUTH_TOKEN_MISSING"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsAForeignOriginRefusedOnlyForCredentials(CheckCase c) {
        c.assertOutcome(new OriginNotEnforcedCheck());
    }
}
