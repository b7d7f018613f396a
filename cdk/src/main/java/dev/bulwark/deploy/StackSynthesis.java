package dev.bulwark.deploy;

import dev.bulwark.blueprint.Blueprint;

import java.nio.file.Path;

/** Synthesizes the deployable stack for one certificate phase; the CDK in production ({@link CdkStackSynthesis}). */
@FunctionalInterface
public interface StackSynthesis {
    SynthesizedStack synth(Blueprint blueprint, boolean certificateValidated, Path outDir);
}
