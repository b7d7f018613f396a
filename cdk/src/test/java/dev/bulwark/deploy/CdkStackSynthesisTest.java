package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real CDK synth (Node.js) as deploy uses it: no bootstrap, and the certificate phase chosen by deploy. */
class CdkStackSynthesisTest {
    @TempDir
    Path dir;

    @Test
    void synth_bothPhases_noBootstrapParameterAndPhaseOutput() throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-instance.yaml"));
        CdkStackSynthesis synthesis = CdkStackSynthesis.create();

        SynthesizedStack phase1 = synthesis.synth(blueprint, false, dir.resolve("one"));
        SynthesizedStack phase2 = synthesis.synth(blueprint, true, dir.resolve("two"));

        assertEquals("bulwark-openclaw-prod", phase1.stackName());
        assertFalse(phase1.template().path("Parameters").has("BootstrapVersion"),
                "deploy talks to CloudFormation directly; the stack must not need a CDK bootstrap");
        assertFalse(phase1.template().path("Rules").has("CheckBootstrapVersion"));
        assertEquals("awaiting-validation", phase1.template().path("Outputs").path("CertificatePhase").path("Value")
                .asText());
        assertEquals("validated", phase2.template().path("Outputs").path("CertificatePhase").path("Value").asText());
        assertTrue(phase1.template().path("Metadata").has("bulwark:preCreateSteps"));
        assertTrue(phase1.templateBody().length() < 51_200, "inline template limit");
    }
}
