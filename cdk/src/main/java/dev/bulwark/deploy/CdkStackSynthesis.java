package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.cdk.CdkAppMain;
import dev.bulwark.cdk.instance.InstanceStack;
import dev.bulwark.cdk.instance.InstanceStackProps;
import dev.bulwark.cdk.synth.NodeRuntimeException;
import dev.bulwark.cdk.synth.SynthException;
import dev.bulwark.cdk.synth.SynthResult;
import dev.bulwark.cdk.synth.Synthesizer;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.StackProps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The real synthesis for deploy: the instance stack in the requested certificate phase, with the rule packs, and
 * without the CDK bootstrap (deploy talks to CloudFormation directly and the stack has no assets, so it needs no
 * bootstrap bucket or {@code BootstrapVersion} parameter).
 */
public final class CdkStackSynthesis implements StackSynthesis {
    private final Synthesizer synthesizer;

    public CdkStackSynthesis(Synthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    public static CdkStackSynthesis create() {
        return new CdkStackSynthesis(Synthesizer.create());
    }

    @Override
    public SynthesizedStack synth(Blueprint blueprint, boolean certificateValidated, Path outDir) {
        return read(run(() -> synthesizer.synth(blueprint, outDir, (app, bp) -> new InstanceStack(app,
                InstanceStack.stackIdFor(bp), InstanceStackProps.builder().blueprint(bp)
                .stackProps(StackProps.builder()
                        .env(software.amazon.awscdk.Environment.builder().region(bp.region()).build())
                        .description("bulwark hardened " + bp.agent().kind() + " gateway '" + bp.name()
                                + "' on Lightsail")
                        .synthesizer(new BootstraplessSynthesizer()).build())
                .certificateValidated(certificateValidated).build()))));
    }

    /**
     * Container mode reads its phase and reader key serial from CDK context, so the map goes into the app as is and
     * the stack comes from {@link CdkAppMain#stackFactory()} (which dispatches on the blueprint's mode), with the
     * bootstrapless synthesizer as every stack's default. Instance mode keeps its props-driven path.
     */
    @Override
    public SynthesizedStack synth(Blueprint blueprint, Map<String, String> context, Path outDir) {
        if (blueprint.mode() != Mode.CONTAINER) {
            return StackSynthesis.super.synth(blueprint, context, outDir);
        }
        return read(run(() -> synthesizer.synth(blueprint, outDir, Map.copyOf(context),
                Optional.of(new BootstraplessSynthesizer()), CdkAppMain.stackFactory())));
    }

    private interface Synth {
        SynthResult run() throws SynthException;
    }

    private static SynthResult run(Synth synth) {
        try {
            return synth.run();
        } catch (NodeRuntimeException e) {
            throw new DeployException(DeployException.Kind.ENVIRONMENT, e.getMessage(), e);
        } catch (SynthException e) {
            throw new DeployException(DeployException.Kind.ENVIRONMENT, "synthesis failed, nothing was deployed: "
                    + e.getMessage(), e);
        }
    }

    private static SynthesizedStack read(SynthResult result) {
        try {
            String body = Files.readString(result.templateFile(), StandardCharsets.UTF_8);
            return new SynthesizedStack(result.stackName(), body, result.template(), result.findings());
        } catch (IOException e) {
            throw DeployException.environment("cannot read the synthesized template " + result.templateFile() + ": "
                    + e.getMessage());
        }
    }
}
