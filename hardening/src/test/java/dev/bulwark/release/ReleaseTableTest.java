package dev.bulwark.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.advisory.AgentVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recognising releases from served Control UI pages, against the committed table made from the npm registry. */
class ReleaseTableTest {
    private static final ReleaseTable TABLE = ReleaseTable.bundled();

    /** A page as the gateway serves it: asset URLs rooted at /, a query string, nothing else of the release. */
    static String servedPage(String... assets) {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>OpenClaw Control</title>");
        for (String a : assets) {
            sb.append(a.endsWith(".css") ? "<link rel=\"stylesheet\" crossorigin href=\"/assets/" + a + "?v=x\">"
                    : "<script type=\"module\" crossorigin src=\"./assets/" + a + "\"></script>");
        }
        return sb.append("</head><body><openclaw-app></openclaw-app></body></html>").toString();
    }

    @Test
    void bundled_coversEveryPublishedVersionOfTheThreePackages() {
        List<ReleaseFingerprint> rows = TABLE.rows();
        assertTrue(rows.size() >= 136, "openclaw 133 + clawdbot 2 + moltbot 1 at 2026-12-04: " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.label().equals("openclaw@2026.6.33")), "extended-stable");
        assertTrue(rows.stream().anyMatch(r -> r.label().equals("openclaw@2026.7.1-2")), "hotfix");
        assertTrue(rows.stream().anyMatch(r -> r.label().equals("openclaw@2026.9.1-beta.1")), "beta");
        assertTrue(rows.stream().anyMatch(r -> r.label().equals("clawdbot@2026.1.24-3")), "old name");
        assertFalse(TABLE.generated().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "index-B6YtUsIL.js, openclaw@2026.6.6",
        "index-jM0oJkaS.js, openclaw@2026.6.5",
        "index-DsEuFQRE.js, openclaw@2026.9.6",
        "index-wxM3V0HM.js, openclaw@2026.3.8",
    })
    void identify_entryScriptOfOneRelease_isExact(String entry, String release) {
        ReleaseIdentification id = TABLE.identify(ControlUiSignals.of(servedPage(entry))).orElseThrow();
        assertTrue(id.isExact(), id.describe());
        assertEquals(release, id.describe());
        assertEquals("Control UI entry script assets/" + entry, id.signal());
    }

    @Test
    void identify_entryScriptSharedByHotfix_reportsTheRange() {
        ReleaseIdentification id = TABLE.identify(ControlUiSignals.of(servedPage("index-D1uIGfCV.js"))).orElseThrow();
        assertEquals(List.of(AgentVersion.of("2026.2.22"), AgentVersion.of("2026.2.22-1")), id.versions());
        assertTrue(id.describe().startsWith("one of openclaw@2026.2.22, openclaw@2026.2.22-1"), id.describe());
    }

    @Test
    void identify_sharedEntryButDifferentAssets_narrowsByTheWholeList() {
        ReleaseFingerprint r1 = new ReleaseFingerprint("openclaw", "2026.4.7",
                new ControlUiSignals(List.of("index-A.js", "index-1.css"), Optional.empty()), Optional.empty());
        ReleaseFingerprint r2 = new ReleaseFingerprint("openclaw", "2026.4.8",
                new ControlUiSignals(List.of("index-A.js", "index-2.css"), Optional.empty()), Optional.empty());
        ReleaseTable table = table(r1, r2);
        ReleaseIdentification id = table.identify(ControlUiSignals.of(servedPage("index-A.js", "index-2.css")))
                .orElseThrow();
        assertEquals("openclaw@2026.4.8", id.describe());
        assertTrue(id.signal().endsWith("and all 2 asset names"), id.signal());
    }

    @Test
    void identify_buildId_winsOverAssets() {
        String page = "<html data-openclaw-control-ui-build-id=\"B-1\"><script src=\"/assets/index-A.js\"></script>";
        ReleaseFingerprint a = new ReleaseFingerprint("openclaw", "2026.9.5",
                new ControlUiSignals(List.of("index-A.js"), Optional.of("B-0")), Optional.empty());
        ReleaseFingerprint b = new ReleaseFingerprint("openclaw", "2026.9.6",
                new ControlUiSignals(List.of("index-A.js"), Optional.of("B-1")), Optional.empty());
        ReleaseIdentification id = table(a, b).identify(ControlUiSignals.of(page)).orElseThrow();
        assertEquals("openclaw@2026.9.6", id.describe());
        assertEquals("Control UI build id", id.signal());
    }

    @Test
    void identify_unknownBuild_isUnknownNotAGuess() {
        ReleaseIdentification id = TABLE.identify(ControlUiSignals.of(servedPage("index-ZZZZ9999.js"))).orElseThrow();
        assertTrue(id.isUnknown());
        assertEquals("an unknown release", id.describe());
    }

    @Test
    void identify_pageWithoutAssets_saysNothing() {
        assertEquals(Optional.empty(), TABLE.identify(ControlUiSignals.of("<title>OpenClaw Control</title>")));
    }

    @Test
    void withTables_newerTable_addsReleases(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("newer.json"), """
                {"generated":"2026-12-24","releases":[
                 {"package":"openclaw","version":"2026.10.1","assets":["index-NEWER111.js"]},
                 {"package":"openclaw","version":"2026.10.2","unfetchable":"npm pack failed (exit 1): E404"}]}
                """);
        ReleaseTable merged = TABLE.withTables(dir);
        assertEquals("openclaw@2026.10.1", merged.identify(ControlUiSignals.of(servedPage("index-NEWER111.js")))
                .orElseThrow().describe());
        assertTrue(merged.generated().stream().anyMatch(g -> g.endsWith("2026-12-24")), merged.generated().toString());
        ReleaseFingerprint unfetchable = merged.rows().stream().filter(r -> r.version().equals("2026.10.2"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of("unfetchable: npm pack failed (exit 1): E404"), unfetchable.noPage());
    }

    @Test
    void read_notATable_saysWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReleaseTable.read(
                new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8)), "x.json"));
        assertTrue(e.getMessage().startsWith("x.json: not a release-fingerprint table"), e.getMessage());
    }

    private static ReleaseTable table(ReleaseFingerprint... rows) {
        StringBuilder json = new StringBuilder("{\"generated\":\"2026-12-04\",\"releases\":[");
        for (int i = 0; i < rows.length; i++) {
            ReleaseFingerprint r = rows[i];
            json.append(i == 0 ? "" : ",").append("{\"package\":\"").append(r.packageName()).append("\",\"version\":\"")
                    .append(r.version()).append("\",\"assets\":[")
                    .append(String.join(",", r.signals().assets().stream().map(a -> "\"" + a + "\"").toList()))
                    .append("]").append(r.signals().buildId().map(b -> ",\"buildId\":\"" + b + "\"").orElse(""))
                    .append("}");
        }
        try {
            return ReleaseTable.read(new ByteArrayInputStream(json.append("]}").toString()
                    .getBytes(StandardCharsets.UTF_8)), "test.json");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
