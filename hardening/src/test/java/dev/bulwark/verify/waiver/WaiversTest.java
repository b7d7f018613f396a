package dev.bulwark.verify.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import dev.bulwark.verify.EngineRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiversTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @ParameterizedTest
    @CsvSource({
        "HTTP_NO_HSTS,       2026-11-24, true",
        "HTTP_NO_HSTS,       2026-11-23, false",
        "TARGET_UNREACHABLE, 2026-12-31, false",
        "PROBE_INTERNAL_ERROR, 2026-12-31, false"})
    void find_waiverForRule_onlyActiveWaiversOfWaivableRulesApply(String rule, String expires, boolean waived) {
        Waiver w = new Waiver(rule, "*", "why", LocalDate.parse(expires), new SourceLocation(Path.of("w.yaml"), 1, 3));
        Finding f = new Finding(rule, EngineRules.TARGET_UNREACHABLE.severity(), "https://a.example.com/", null,
                "", null, null);

        assertEquals(waived ? Optional.of(w) : Optional.empty(),
                Waivers.of(List.of(w)).find(f, "https://a.example.com/", TODAY));
    }
}
