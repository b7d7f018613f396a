package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cdk.container.ContainerStackOutputs;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.cdk.synth.DeployableStack;
import dev.bulwark.cdk.synth.PlanSynthesis;
import dev.bulwark.cdk.synth.StackContext;
import dev.bulwark.plan.SynthOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

        SynthesizedStack phase1 = synthesis.synth(blueprint, StackContext.FIRST_DEPLOY, dir.resolve("one"));
        SynthesizedStack phase2 = synthesis.synth(blueprint, StackContext.FIRST_DEPLOY.attached(), dir.resolve("two"));

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

    /**
     * What plan shows is what deploy deploys: plan's synthesis (the planner's seam) and deploy's first synthesis
     * of a new stack give the same template, for both sample blueprints.
     */
    @ParameterizedTest
    @ValueSource(strings = {"openclaw-instance.yaml", "openclaw-container.yaml"})
    void synth_sampleBlueprint_planShowsExactlyTheTemplateDeploySends(String sample) throws Exception {
        Blueprint blueprint = new BlueprintLoader().load(Path.of("../blueprints/" + sample));

        SynthOutput plan = new PlanSynthesis(DeployableStack.create()).synth(blueprint, dir.resolve("plan"));
        SynthesizedStack deploy = CdkStackSynthesis.create().synth(blueprint, StackContext.FIRST_DEPLOY,
                dir.resolve("deploy"));

        assertEquals(plan.stackName(), deploy.stackName());
        assertEquals(plan.template(), deploy.template());
        assertEquals(plan.template(), new ObjectMapper().readTree(deploy.templateBody()), "the body sent is it too");
        assertEquals(plan.findings(), deploy.findings());
    }
}
