package dev.bulwark.verify.gateway;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedVersionCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                CheckCase.of("no pin", Observed.openClawHardened(), Observed.target(), false, ""),
                CheckCase.of("pin matches", Observed.openClawHardened(), Observed.pinnedTo("2026.9.6"), false, ""),
                CheckCase.of("pin matches written with v", Observed.openClawHardened(), Observed.pinnedTo("v2026.9.6"),
                        false, ""),
                CheckCase.of("version hidden", Observed.clawdbot(), Observed.pinnedTo("2026.9.6"), false, ""),
                CheckCase.of("older than pinned", Observed.openClawHardened(), Observed.pinnedTo("2026.10.2"), true,
                        "pinned 2026.10.2, running 2026.9.6"),
                CheckCase.of("correction release differs", Observed.openClawHardened(),
                        Observed.pinnedTo("2026.9.6-1"), true, "running 2026.9.6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observationAndPin_reportsADifferentRelease(CheckCase c) {
        c.assertOutcome(new UnpinnedVersionCheck());
    }
}
