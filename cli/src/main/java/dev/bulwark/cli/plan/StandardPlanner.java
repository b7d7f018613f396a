package dev.bulwark.cli.plan;

import dev.bulwark.plan.Planner;

/** Wires the real planner: CDK synthesis with the rule packs, the shipped price table and hardening policy. */
final class StandardPlanner {
    private StandardPlanner() {
    }

    static Planner create() {
        throw new UnsupportedOperationException("synthesis is wired when the CDK stack lands");
    }
}
