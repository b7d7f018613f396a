package dev.bulwark.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdvisoryCatalogTest {
    private static final AdvisoryCatalog BUNDLED = AdvisoryCatalog.bundled();

    @Test
    void bundled_everyEntry_isComplete() {
        assertEquals(13, BUNDLED.all().size(), "one entry per advisory of the reference table");
        for (Advisory a : BUNDLED.all()) {
            assertTrue(a.cve().isPresent() || !a.ghsa().isEmpty(), a.id());
            assertFalse(a.references().isEmpty(), a.id() + " has no references");
            assertFalse(a.affected().isEmpty(), a.id());
        }
    }

    @ParameterizedTest(name = "{0} -> {1} advisories")
    @CsvSource({
        "2026.1.24-3, 12",  // everything but CVE-2026-25593 (fixed 2026.1.20)
        "2026.1.19, 13",
        "2026.1.29, 11",
        "2026.3.12, 3",
        "2026.7.31, 1",
        "2026.8.1, 0",
        "2026.9.6, 0",
    })
    void affecting_version_listsEveryAdvisoryWithALaterFix(String version, int expected) {
        List<Advisory> found = BUNDLED.affecting(AgentVersion.of(version));
        assertEquals(expected, found.size(), () -> version + " -> " + found.stream().map(Advisory::id).toList());
    }

    @Test
    void affecting_clawdbotRelease_includesTheOneClickTokenTheft() {
        List<String> ids = BUNDLED.affecting(AgentVersion.of("2026.1.24-3")).stream().map(Advisory::id).toList();
        assertTrue(ids.contains("CVE-2026-25253"), ids.toString());
        assertFalse(ids.contains("CVE-2026-25593"), ids.toString());
    }

    @Test
    void affectingEveryReleaseBefore_renameRelease_startsWithTokenTheftAndExcludesEarlierFixes() {
        List<String> ids = BUNDLED.affectingEveryReleaseBefore(AgentVersion.of("2026.1.29")).stream()
                .map(Advisory::id).toList();
        assertEquals("CVE-2026-25253", ids.get(0));
        assertEquals(12, ids.size());
        assertFalse(ids.contains("CVE-2026-25593"), "fixed in 2026.1.20: a hidden pre-2026.1.29 build may have it");
    }

    @Test
    void label_cveAndGhsa_showsBoth() {
        Advisory a = BUNDLED.all().stream().filter(x -> x.id().equals("CVE-2026-25253")).findFirst().orElseThrow();
        assertEquals("CVE-2026-25253 (GHSA-g8p2-7wf7-98mq)", a.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "range does not end at fixed | affected: '< 2026.1.29' ~ fixed: '2026.2.1' | must end at fixed",
        "unknown severity | affected: '< 2026.1.29' ~ fixed: '2026.1.29' ~ severity: severe | not one of",
        "bad version | affected: '< 2026.1' ~ fixed: '2026.1.29' | YYYY.M.D",
    })
    void read_invalidEntry_namesTheAdvisoryAndTheProblem(String name, String fields, String message) {
        // fields: YAML lines of one entry, separated by " ~ " to fit a CSV row
        String yaml = "advisories:\n  - id: CVE-1\n    cve: CVE-1\n    summary: s\n"
                + (fields.contains("severity") ? "" : "    severity: high\n") + "    " + fields.replace(" ~ ", "\n    ")
                + "\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdvisoryCatalog.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"));
        assertTrue(e.getMessage().contains("test.yaml: advisory CVE-1"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
