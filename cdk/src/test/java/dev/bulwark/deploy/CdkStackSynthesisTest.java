package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cdk.container.ContainerStackOutputs;
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
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-instance-public.yaml"));
        CdkStackSynthesis synthesis = CdkStackSynthesis.create();

        SynthesizedStack phase1 = synthesis.synth(blueprint, false, dir.resolve("one"));
        SynthesizedStack phase2 = synthesis.synth(blueprint, true, dir.resolve("two"));

        assertEquals("bulwark-openclaw-public", phase1.stackName());
        assertFalse(phase1.template().path("Parameters").has("BootstrapVersion"),
                "deploy talks to CloudFormation directly; the stack must not need a CDK bootstrap");
        assertFalse(phase1.template().path("Rules").has("CheckBootstrapVersion"));
        assertEquals("awaiting-validation", phase1.template().path("Outputs").path("CertificatePhase").path("Value")
                .asText());
        assertEquals("validated", phase2.template().path("Outputs").path("CertificatePhase").path("Value").asText());
        assertTrue(phase1.template().path("Metadata").has("bulwark:preCreateSteps"));
        assertTrue(phase1.templateBody().length() < 51_200, "inline template limit");
    }

    @Test
    void synth_contextMap_reachesTheAppAndStacksDefaultToBootstrapless() throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-instance-public.yaml"));
        java.util.List<Object> seen = new java.util.ArrayList<>();

        dev.bulwark.cdk.synth.SynthResult result = dev.bulwark.cdk.synth.Synthesizer.create().synth(blueprint,
                dir.resolve("ctx"), java.util.Map.of(ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT, "3"),
                java.util.Optional.of(new software.amazon.awscdk.BootstraplessSynthesizer()), (app, bp) -> {
                    seen.add(app.getNode().tryGetContext(ContainerStackOutputs.READER_KEY_SERIAL_CONTEXT));
                    return dev.bulwark.cdk.instance.InstanceStack.forBlueprint(app, bp); // default stack props
                });

        assertEquals(java.util.List.of("3"), seen);
        assertFalse(result.template().path("Parameters").has("BootstrapVersion"),
                "a stack made without its own synthesizer takes the app's bootstrapless default");
    }

    @Test
    void synth_instanceModeWithContextMap_takesThePhaseFromIt() throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-instance-public.yaml"));

        SynthesizedStack stack = CdkStackSynthesis.create().synth(blueprint,
                java.util.Map.of(ContainerStackOutputs.CERTIFICATE_VALIDATED_CONTEXT, "true"), dir.resolve("map"));

        assertEquals("validated", stack.template().path("Outputs").path("CertificatePhase").path("Value").asText());
    }
}
