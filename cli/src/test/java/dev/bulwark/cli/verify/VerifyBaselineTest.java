package dev.bulwark.cli.verify;

import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.TestProbes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** verify {@code --baseline REPORT.json} end to end: a real loopback target, the report of a first run as baseline. */
class VerifyBaselineTest extends LoopbackVerifyTest {
    private int run(List<Probe> probes, String... args) {
        return cli.run(probes, args);
    }

    @Test
    void baseline_knownFindingIsLeftOutAndCounted_newOneStillFails() throws IOException {
        Path base = dir.resolve("base.json");
        List<Probe> high = List.of(TestProbes.connect(Severity.HIGH));
        assertEquals(1, run(high, "verify", url, "--format", "json", "--output", base.toString()), err.toString());

        assertEquals(0, run(high, "verify", url, "--baseline", base.toString()), out + "\n" + err);
        assertTrue(err.toString().contains("baseline: 1 finding already in " + base + " not reported"),
                err.toString());
        assertFalse(out.toString().contains(TestProbes.REACHABLE.id()), out.toString());

        assertEquals(1, run(high, "verify", "https://localhost:" + servers.silentPort() + "/", "--baseline",
                base.toString()), "another target is a new finding: " + err);
    }

    @Test
    void baseline_unreadableOrForeign_exit2BeforeChecking() throws IOException {
        Path foreign = Files.writeString(dir.resolve("sarif.json"), "{\"version\":\"2.1.0\",\"runs\":[]}");
        List<Probe> failIfRun = List.of(TestProbes.connect(Severity.HIGH));
        assertEquals(2, run(failIfRun, "verify", url, "--baseline", foreign.toString()));
        assertTrue(err.toString().contains("is not a bulwark JSON report"), err.toString());
        assertEquals(2, run(failIfRun, "verify", url, "--baseline", dir.resolve("none.json").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }
}
