package dev.bulwark.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regeneration script ({@code tests/scripts/fingerprint-releases.sh --tarball}) on small real npm-style tarballs
 * made here with {@code tar}: one holding the real Control UI page of openclaw 2026.6.6 (as its npm tarball ships
 * it), one without a page. Its row must equal the committed table's row, and what bulwark reads from the same page.
 * Needs tar and node, as the script does (node comes with npm, which the script needs anyway).
 */
class FingerprintScriptTest {
    private static final Path SCRIPT = Path.of("..", "tests", "scripts", "fingerprint-releases.sh");

    @Test
    void script_tarballWithPage_rowMatchesTheCommittedTableAndBulwarksReading(@TempDir Path dir) throws Exception {
        String page;
        try (InputStream in = getClass().getResourceAsStream("openclaw-2026.6.6-control-ui.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path tarball = tarball(dir, page);
        JsonNode row = runScript(tarball, "2026.6.6").path("releases").get(0);

        ReleaseFingerprint committed = ReleaseTable.bundled().rows().stream()
                .filter(r -> r.label().equals("openclaw@2026.6.6")).findFirst().orElseThrow();
        List<String> assets = new ArrayList<>();
        row.path("assets").forEach(a -> assets.add(a.asText()));
        assertEquals(committed.signals().assets(), assets);
        assertEquals(ControlUiSignals.of(page).assets(), assets, "script and bulwark read the page alike");
        assertEquals("openclaw", row.path("package").asText());
        assertEquals("2026.6.6", row.path("version").asText());
    }

    @Test
    void script_tarballWithoutPage_saysSo(@TempDir Path dir) throws Exception {
        Path tarball = tarball(dir, null);
        JsonNode row = runScript(tarball, "0.0.1").path("releases").get(0);
        assertEquals("no package/dist/control-ui/index.html in the tarball", row.path("noControlUi").asText());
    }

    private static Path tarball(Path dir, String page) throws Exception {
        Path root = dir.resolve("src");
        Files.createDirectories(root.resolve("package/dist/control-ui"));
        Files.writeString(root.resolve("package/package.json"), "{\"name\":\"openclaw\"}");
        if (page != null) {
            Files.writeString(root.resolve("package/dist/control-ui/index.html"), page);
        }
        Path tarball = dir.resolve("openclaw.tgz");
        run(List.of("tar", "-czf", tarball.toString(), "-C", root.toString(), "package"), dir);
        return tarball;
    }

    private static JsonNode runScript(Path tarball, String version) throws Exception {
        assumeTrue(onPath("node") && onPath("tar"), "node and tar are needed to run the script");
        String out = run(List.of("bash", SCRIPT.toString(), "--tarball", tarball.toString(), "--package", "openclaw",
                "--version", version), tarball.getParent());
        return new ObjectMapper().readTree(out);
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + Files.readString(log));
        }
        return out;
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
