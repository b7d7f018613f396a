package dev.bulwark.plan;

import dev.bulwark.blueprint.Blueprint;
import java.nio.file.Path;

/** Synthesizes a blueprint into CloudFormation with the rule packs applied. */
@FunctionalInterface
public interface Synthesis {
    SynthOutput synth(Blueprint blueprint, Path outDir);
}
