package dev.bulwark.cdk.synth;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.plan.Plan;
import dev.bulwark.plan.Synthesis;
import dev.bulwark.plan.SynthOutput;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;

import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * The {@link Synthesizer} behind the planner's {@link Synthesis} seam. A synthesis that could not finish
 * surfaces as {@link UncheckedSynthException}, whose cause tells a missing Node.js apart from other failures.
 */
public final class PlanSynthesis implements Synthesis {

    private final Synthesizer synthesizer;
    private final BiFunction<App, Blueprint, Stack> stackFactory;

    public PlanSynthesis(Synthesizer synthesizer, BiFunction<App, Blueprint, Stack> stackFactory) {
        this.synthesizer = synthesizer;
        this.stackFactory = stackFactory;
    }

    @Override
    public SynthOutput synth(Blueprint blueprint, Path outDir) {
        try {
            return toOutput(synthesizer.synth(blueprint, outDir, stackFactory));
        } catch (SynthException e) {
            throw new UncheckedSynthException(e);
        }
    }

    static SynthOutput toOutput(SynthResult result) {
        return new SynthOutput(result.stackName(), result.template(), result.outDir(), result.templateFiles(),
                result.findings(), result.acknowledged().stream()
                .map(a -> new Plan.Acknowledgement(a.finding().ruleId(), a.finding().target(), a.reason()))
                .toList());
    }
}
