package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.SENSITIVE;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SensitivePathCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                CheckCase.compliant("openclaw 2026.9.6: 401", Observed.openClawHardened()),
                CheckCase.compliant("clawdbot: the page, not the config", Observed.clawdbot()),
                CheckCase.compliant("404", Observed.with(Observed.openClawHardened(), Observed.get(SENSITIVE,
                        "/control-ui-config.json", 404, Observed.TEXT, "Not Found"))),
                CheckCase.reported("config readable", Observed.with(Observed.openClawHardened(), Observed.get(
                        SENSITIVE, "/__openclaw/control-ui-config.json", 200, Observed.JSON,
                        "{\"basePath\":\"\",\"serverVersion\":\"2026.4.2\"}")), "/__openclaw/control-ui-config.json"),
                CheckCase.reported("config readable without a JSON content type", Observed.with(
                        Observed.openClawHardened(), Observed.get(SENSITIVE, "/control-ui-config.json", 200,
                                "text/plain", "{\"basePath\":\"\"}")), "/control-ui-config.json -> 200"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsAReadableControlUiConfig(CheckCase c) {
        c.assertOutcome(new SensitivePathCheck());
    }
}
