package dev.bulwark.plan;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cdk.nag.LightsailHardeningProps;
import dev.bulwark.cdk.nag.LightsailRule;
import dev.bulwark.cdk.nag.LightsailRules;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.pricing.CostEstimator;
import java.nio.file.Path;

/** Validated blueprint in, {@link Plan} out: synthesizes with the rule packs and reads back what will be deployed. */
public final class Planner {
    private final Synthesis synthesis;
    private final CostEstimator costs;
    private final HardeningPolicy policy;

    public Planner(Synthesis synthesis, CostEstimator costs, HardeningPolicy policy) {
        this.synthesis = synthesis;
        this.costs = costs;
        this.policy = policy;
    }

    public Plan plan(Blueprint blueprint, Path outDir) {
        SynthOutput out = synthesis.synth(blueprint, outDir);
        TemplateReader template = new TemplateReader(out.template(), policy);
        return new Plan(blueprint.name(), blueprint.file(), blueprint.region(), out.stackName(),
                template.resources(), template.firewall(), template.tls(), template.containers(),
                template.secretNames(), blueprint.secrets().maxAgeDays().isPresent()
                        ? blueprint.secrets().maxAgeDays().getAsInt() : null,
                template.hostBaseline().orElse(null),
                out.findings(), out.acknowledged(), blueprint.warnings(), costs.estimate(blueprint),
                out.outDir(), out.templates(),
                LightsailRules.standard(LightsailHardeningProps.from(blueprint)).stream().map(LightsailRule::info)
                        .toList());
    }
}
