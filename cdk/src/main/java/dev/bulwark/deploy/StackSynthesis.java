package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.synth.StackContext;

import java.nio.file.Path;

/**
 * Synthesizes the deployable stack in one {@link StackContext}; in production {@link CdkStackSynthesis}, the same
 * path {@code bulwark plan} takes.
 */
@FunctionalInterface
public interface StackSynthesis {
    SynthesizedStack synth(Blueprint blueprint, StackContext context, Path outDir);
}
