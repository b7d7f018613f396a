package dev.bulwark.cdk.synth;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.plan.Plan;
import dev.bulwark.plan.Synthesis;
import dev.bulwark.plan.SynthOutput;

import java.nio.file.Path;

/**
 * The {@link DeployableStack} behind the planner's {@link Synthesis} seam, in the context of a first deploy: the
 * template plan shows is the one deploy's first change set sends (with a private ECR image: the one its second
 * change set sends, which adds the container deployment). A synthesis that could not finish surfaces as
 * {@link UncheckedSynthException}, whose cause tells a missing Node.js apart from other failures.
 */
public final class PlanSynthesis implements Synthesis {

    private final DeployableStack stack;

    public PlanSynthesis(DeployableStack stack) {
        this.stack = stack;
    }

    @Override
    public SynthOutput synth(Blueprint blueprint, Path outDir) {
        try {
            // A private ECR image's deployment comes in the first deploy's second update (RegistryAccess): plan
            // shows it, so that its containers are reviewed and checked; public images are unaffected.
            return toOutput(stack.synth(blueprint, StackContext.FIRST_DEPLOY.withRegistryAccessGranted(true),
                    outDir));
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
