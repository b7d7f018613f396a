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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void sample_acknowledgements_areExactlyTheDesignedOnes() {
        List<String> acknowledged = result.acknowledged().stream()
                .map(a -> a.finding().ruleId() + " @ " + a.acknowledgedAt()).sorted().toList();
        assertEquals(List.of(
                "AwsSolutions-SMG4 @ bulwark-openclaw-cs/Secrets/GatewayToken",
                "AwsSolutions-SMG4 @ bulwark-openclaw-cs/Secrets/ProviderKeyAnthropic",
                "Lightsail-ContainerEnvironmentSecret @ bulwark-openclaw-cs/Gateway/Service",
                "Lightsail-ContainerEnvironmentSecret @ bulwark-openclaw-cs/Gateway/Service"), acknowledged);
        String evidence = String.join("\n", result.acknowledged().stream()
                .filter(a -> a.finding().ruleId().equals("Lightsail-ContainerEnvironmentSecret"))
                .map(a -> a.finding().evidence()).toList());
        // one acknowledgement per reader variable; the baseline's secret-name pointers are not findings at all
        assertTrue(evidence.contains("sets AWS_ACCESS_KEY_ID from a CloudFormation Ref"), evidence);
        assertTrue(evidence.contains("sets AWS_SECRET_ACCESS_KEY from a CloudFormation Fn::GetAtt"), evidence);
        assertFalse(evidence.contains("BULWARK_"), evidence);
    }
}
