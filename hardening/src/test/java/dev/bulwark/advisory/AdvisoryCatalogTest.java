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

public class AdvisoryCatalogTest {
    private static final AdvisoryCatalog BUNDLED = AdvisoryCatalog.bundled();

    /** The 2026-08-21 snapshot's entries for 2026.6.6 (ids checked against its rules) and the curated later one. */
    public static final List<String> FOR_2026_6_6 = List.of("CVE-2026-62186", "CVE-2026-62187", "CVE-2026-62188",
            "CVE-2026-62189", "CVE-2026-62190", "CVE-2026-62191", "CVE-2026-62192", "CVE-2026-62193", "CVE-2026-62194",
            "CVE-2026-62202", "CVE-2026-62206", "CVE-2026-100558");

    @Test
    void bundled_everyEntry_isComplete() {
        assertEquals(655 + 2, BUNDLED.all().size(), "655 imported of 657, plus the curated CVE-2026-28472 and"
                + " CVE-2026-100558 that the snapshot does not have");
        for (Advisory a : BUNDLED.all()) {
            assertTrue(a.cve().isPresent() || !a.ghsa().isEmpty(), a.id());
            assertFalse(a.affected().isEmpty(), a.id());
        }
    }

    @Test
    void bundled_curatedEntry_replacesTheImportedOne() {
        Advisory a = BUNDLED.find("GHSA-g8p2-7wf7-98mq").orElseThrow();
        assertEquals("CVE-2026-25253", a.id());
        assertEquals(AdvisoryCatalog.CURATED, a.source());
        assertEquals(1, BUNDLED.all().stream().filter(x -> x.knownAs("CVE-2026-25253")).count());
    }

    @Test
    void bundled_curatedEntryWithoutCve_keepsTheImportedCve() {
        Advisory a = BUNDLED.find("GHSA-4jpw-hj22-2xmc").orElseThrow();
        assertEquals("CVE-2026-32922 (GHSA-4jpw-hj22-2xmc)", a.label());
        assertEquals(AdvisoryCatalog.CURATED, a.source());
    }

    @ParameterizedTest(name = "{0} -> {1} advisories")
    @CsvSource({
        "2026.6.5, 19",    // the 18 from the snapshot, plus CVE-2026-100558 (< 2026.8.1)
        "2026.6.6, 12",    // 11 + CVE-2026-100558
        "2026.6.8, 11",
        "2026.6.9, 1",
        "2026.7.1-2, 1",
        "2026.8.1, 0",
        "2026.9.6, 0",
    })
    void affecting_version_countsEveryRangeItIsIn(String version, int expected) {
        List<Advisory> found = BUNDLED.affecting(AgentVersion.of(version));
        assertEquals(expected, found.size(), () -> version + " -> " + found.stream().map(Advisory::id).toList());
    }

    @Test
    void affecting_2026_6_6_namesExactlyTheAdvisoriesWhoseRangeHoldsIt() {
        List<String> ids = BUNDLED.affecting(AgentVersion.of("2026.6.6")).stream().map(Advisory::id).sorted().toList();
        assertEquals(FOR_2026_6_6.stream().sorted().toList(), ids);
    }

    @Test
    void applicable_extendedStable_mayApplyOnly() {
        List<AdvisoryCatalog.Applicable> found = BUNDLED.applicable(AgentVersion.of("2026.6.33"));
        assertEquals(List.of("CVE-2026-100558"), found.stream().map(a -> a.advisory().id()).toList());
        assertEquals(Applicability.MAY_APPLY_EXTENDED_STABLE, found.get(0).how());
        assertEquals(ExposureSeverity.lower(found.get(0).advisory().severity(), 1), found.get(0).severity());
    }

    @Test
    void affecting_clawdbotRelease_includesTheOneClickTokenTheft() {
        List<String> ids = BUNDLED.affecting(AgentVersion.of("2026.1.24-3")).stream().map(Advisory::id).toList();
        assertTrue(ids.contains("CVE-2026-25253"), ids.toString());
        assertFalse(ids.contains("CVE-2026-25593"), ids.toString());
    }

    @Test
    void affectingEveryReleaseBefore_renameRelease_includesTokenTheftAndExcludesEarlierFixes() {
        List<String> ids = BUNDLED.affectingEveryReleaseBefore(AgentVersion.of("2026.1.29")).stream()
                .map(Advisory::id).toList();
        assertTrue(ids.contains("CVE-2026-25253"), ids.toString());
        assertFalse(ids.contains("CVE-2026-25593"), "fixed in 2026.1.20: a hidden pre-2026.1.29 build may have it");
        assertFalse(ids.contains("GHSA-qw99-grcx-4pvm"), "has a lower bound: not every earlier build has it");
    }

    @Test
    void label_cveAndGhsa_showsBoth() {
        Advisory a = BUNDLED.all().stream().filter(x -> x.id().equals("CVE-2026-25253")).findFirst().orElseThrow();
        assertEquals("CVE-2026-25253 (GHSA-g8p2-7wf7-98mq)", a.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "range does not end at fixed | affected: '< 2026.1.29' ~ fixed: '2026.2.1' | must end at fixed",
        "no range | fixed: '2026.2.1' | needs id, affected",
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
