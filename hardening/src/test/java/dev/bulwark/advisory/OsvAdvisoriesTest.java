package dev.bulwark.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OSV records as GitHub's advisory database and osv.dev publish them, merged over the shipped catalog. */
class OsvAdvisoriesTest {
    /** Shaped like GitHub's OSV export of a later advisory (CVE-2026-100525 ... are not in the snapshot). */
    static final String LATER = """
            {"schema_version":"1.6.0","id":"GHSA-zzzz-1111-2222","modified":"2026-09-26T10:00:00Z",
             "aliases":["CVE-2026-100525"],"summary":"Gateway accepted a stale device token",
             "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N"}],
             "affected":[{"package":{"ecosystem":"npm","name":"openclaw"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"2026.8.1"},{"fixed":"2026.9.6"}]}]}],
             "references":[{"type":"ADVISORY","url":"https://github.com/advisories/GHSA-zzzz-1111-2222"}],
             "database_specific":{"severity":"HIGH"}}
            """;
    /** A record about a plugin package, not the gateway: skipped. */
    static final String PLUGIN = """
            {"id":"GHSA-pppp-1111-2222","modified":"2026-09-26T10:00:00Z","summary":"plugin",
             "affected":[{"package":{"ecosystem":"npm","name":"@openclaw/diagnostics-prometheus"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0.1"}]}]}]}
            """;

    private static OsvAdvisories.Loaded read(String json) throws IOException {
        return OsvAdvisories.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void read_githubRecord_rangeIdsAndExposureSeverity() throws IOException {
        OsvAdvisories.Loaded loaded = read(LATER);
        Advisory a = loaded.advisories().get(0);
        assertEquals("CVE-2026-100525", a.id());
        assertEquals(List.of("GHSA-zzzz-1111-2222"), a.ghsa());
        assertEquals(">= 2026.8.1, < 2026.9.6", a.rangeText());
        assertEquals(Optional.of(AgentVersion.of("2026.9.6")), a.fixed());
        assertEquals(Severity.HIGH, a.severity());
        assertTrue(a.affects(AgentVersion.of("2026.9.5")));
        assertEquals(Optional.of("2026-09-26T10:00:00Z"), loaded.newestModified());
    }

    @Test
    void read_arrayWithOtherPackage_skipsIt() throws IOException {
        OsvAdvisories.Loaded loaded = read("[" + LATER + "," + PLUGIN + "]");
        assertEquals(1, loaded.advisories().size());
        assertEquals(1, loaded.skipped());
    }

    @Test
    void read_lastAffectedVersionsAndOpenEnd() throws IOException {
        String json = """
                {"id":"GHSA-aaaa-bbbb-cccc","summary":"s","affected":[{"package":{"ecosystem":"npm","name":"openclaw"},
                 "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"last_affected":"2026.2.19-2"},
                   {"introduced":"2026.5.1"}]}],"versions":["2026.4.23"]}]}
                """;
        Advisory a = read(json).advisories().get(0);
        assertEquals("<= 2026.2.19-2 || >= 2026.5.1 || = 2026.4.23", a.rangeText());
        assertTrue(a.affects(AgentVersion.of("2026.2.19")));
        assertTrue(a.affects(AgentVersion.of("2026.9.6")));
        assertTrue(a.fixed().isEmpty());
    }

    @Test
    void read_badVersion_namesTheRecord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(
                LATER.replace("\"fixed\":\"2026.9.6\"", "\"fixed\":\"abc123\"")));
        assertTrue(e.getMessage().contains("test.json: OSV record GHSA-zzzz-1111-2222"), e.getMessage());
    }

    @Test
    void withOsv_directory_addsAndReplacesByAlias(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("later.json"), LATER);
        Files.writeString(dir.resolve("plugin.json"), PLUGIN);
        // a newer record for an advisory the shipped data has, known there by its CVE
        Files.writeString(dir.resolve("replace.json"), LATER.replace("GHSA-zzzz-1111-2222", "GHSA-g8p2-7wf7-98mq")
                .replace("CVE-2026-100525", "CVE-2026-25253"));
        AdvisoryCatalog bundled = AdvisoryCatalog.bundled();
        AdvisoryCatalog merged = bundled.withOsv(dir);
        assertEquals(bundled.all().size() + 1, merged.all().size());
        assertEquals(">= 2026.8.1, < 2026.9.6", merged.find("CVE-2026-25253").orElseThrow().rangeText());
        assertTrue(merged.find("GHSA-zzzz-1111-2222").isPresent());
        AdvisoryCatalog.DataSource source = merged.sources().get(merged.sources().size() - 1);
        assertEquals(2, source.entries());
        assertEquals(1, source.skipped());
        assertEquals(Optional.of("2026-09-26T10:00:00Z"), source.date());
    }
}
