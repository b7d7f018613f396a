package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./bulwark} launcher, run from another working directory as a user does, really uses the class-data
 * sharing archive the build makes (docs/benchmarks.md, start-up). The JVM ignores an archive it cannot use without
 * a word, so only the class-loading log shows it: an archive dumped with a relative class path was silently
 * rejected, and start-up was slower with it than without.
 */
class LauncherStartupIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void launcher_fromAnotherDirectory_loadsTheCliFromTheArchive(@TempDir Path elsewhere) throws Exception {
        assertTrue(Files.isRegularFile(ROOT.resolve("cli/target/bulwark.jsa")),
                "the build makes cli/target/bulwark.jsa at package time (cli/pom.xml, cds-archive)");

        String out = launch(elsewhere, "-XX:TieredStopAtLevel=1 -Xlog:class+load", "");

        assertTrue(out.contains("dev.bulwark.cli.Main source: shared objects file"),
                "the CLI's main class should come from the archive:\n" + firstLinesMentioning(out, "dev.bulwark.cli.Main"));
    }

    @Test
    void launcher_withCdsSwitchedOff_loadsTheCliFromTheJar(@TempDir Path elsewhere) throws Exception {
        String out = launch(elsewhere, "-XX:TieredStopAtLevel=1 -Xlog:class+load", "1");

        assertTrue(out.contains("dev.bulwark.cli.Main source: file:"),
                "BULWARK_NO_CDS=1 should load the main class from the jar:\n"
                        + firstLinesMentioning(out, "dev.bulwark.cli.Main"));
    }

    private static String launch(Path workingDirectory, String javaOpts, String noCds)
            throws IOException, InterruptedException {
        Path output = workingDirectory.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("bulwark").toString(), "--version")
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("BULWARK_JAVA_OPTS", javaOpts);
        builder.environment().remove("BULWARK_NO_CDS");
        if (!noCds.isEmpty()) {
            builder.environment().put("BULWARK_NO_CDS", noCds);
        }
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bulwark --version did not finish");
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    private static String firstLinesMentioning(String out, String text) {
        return out.lines().filter(line -> line.contains(text) || line.contains("bulwark ")).limit(5)
                .reduce("", (a, b) -> a + b + "\n");
    }
}
