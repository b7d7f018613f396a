package dev.bulwark.cli.plan;

import dev.bulwark.cdk.synth.PlanSynthesis;
import dev.bulwark.cdk.synth.DeployableStack;
import dev.bulwark.plan.Planner;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.pricing.CostEstimator;
import dev.bulwark.pricing.PriceTable;

/** Wires the real planner: the deployable stack as deploy synthesizes it, with the rule packs, the shipped price table and hardening policy. */
final class StandardPlanner {
    private StandardPlanner() {
    }

    static Planner create() {
        return new Planner(new PlanSynthesis(DeployableStack.create()),
                new CostEstimator(PriceTable.shipped()), HardeningPolicy.defaults());
    }
}
