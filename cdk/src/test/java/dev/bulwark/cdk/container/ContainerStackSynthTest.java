package dev.bulwark.cdk.container;

import dev.bulwark.cdk.CdkAppMain;
import dev.bulwark.cdk.synth.SynthResult;
import dev.bulwark.cdk.synth.Synthesizer;
import dev.bulwark.findings.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped container sample through the real pipeline (both rule packs, real CDK synth). */
class ContainerStackSynthTest {
    @TempDir
    static Path outDir;
    private static SynthResult result;

    @BeforeAll
    static void synthesizeOnce() throws Exception {
        result = Synthesizer.create().synth(ContainerBlueprints.sample(), outDir, CdkAppMain.stackFactory());
    }

    @Test
    void sample_bothPacks_haveNoUnacknowledgedFinding() {
        List<String> shown = result.findings().stream().map(Finding::toString).toList();
        assertEquals(List.of(), shown, String.join("\n", shown));
    }

    @Test
    void sample_acknowledgements_areTheDesignedOnes() {
        result.acknowledged().forEach(a -> System.out.println("ACK " + a));
        assertTrue(result.acknowledged().stream().anyMatch(a -> a.toString().contains("Lightsail-ContainerEnvironmentSecret")));
    }
}
