package dev.bulwark.cdk.synth;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.CdkAppMain;
import software.amazon.awscdk.BootstraplessSynthesizer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way a blueprint becomes the template CloudFormation gets: the mode's stack from
 * {@link CdkAppMain#stackFactory()}, both rule packs, the given {@link StackContext}, and no CDK bootstrap (deploy
 * talks to CloudFormation directly and the stacks have no assets). {@code bulwark plan} and {@code bulwark deploy}
 * both synthesize through here, so what plan shows is what deploy deploys.
 */
public final class DeployableStack {
    private final Synthesizer synthesizer;

    public DeployableStack(Synthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    public static DeployableStack create() {
        return new DeployableStack(Synthesizer.create());
    }

    /**
     * @throws NodeRuntimeException when Node.js is missing or too old
     * @throws SynthException       when synthesis or a rule pack failed
     */
    public SynthResult synth(Blueprint blueprint, StackContext context, Path outDir) throws SynthException {
        return synthesizer.synth(blueprint, outDir, context.asCdkContext(),
                Optional.of(new BootstraplessSynthesizer()), CdkAppMain.stackFactory());
    }
}
