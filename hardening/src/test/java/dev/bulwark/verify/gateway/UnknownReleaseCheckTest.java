package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;

import dev.bulwark.release.ReleaseTable;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownReleaseCheckTest {
    private static final UnknownReleaseCheck CHECK = new UnknownReleaseCheck(
            new ReleaseRecognizer(ReleaseTable.bundled()));

    static Stream<Arguments> cases() {
        GatewayObservation noAssets = Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/", 200,
                Observed.HTML, "<!doctype html><title>OpenClaw Control</title><openclaw-app></openclaw-app>"));
        return Stream.of(
                CheckCase.compliant("known release by its entry script",
                        VulnerableVersionCheckTest.pageWithEntry("index-B6YtUsIL.js")),
                CheckCase.compliant("version shown (build id)", Observed.openClawHardened()),
                CheckCase.compliant("page without assets: nothing to go by", noAssets),
                CheckCase.reported("unknown build", VulnerableVersionCheckTest.pageWithEntry("index-UNKNOWN1.js"),
                        "unknown release: the Control UI entry script assets/index-UNKNOWN1.js match no published"
                                + " release in the fingerprint table (release-fingerprints.json 20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_saysUnknownInsteadOfGuessing(CheckCase c) {
        c.assertOutcome(CHECK);
    }
}
