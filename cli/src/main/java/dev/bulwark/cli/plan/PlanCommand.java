package dev.bulwark.cli.plan;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cdk.synth.UncheckedSynthException;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.SeverityOption;
import dev.bulwark.cli.UserException;
import dev.bulwark.findings.Severity;
import dev.bulwark.plan.Plan;
import dev.bulwark.plan.Planner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark plan}: validate a blueprint, synthesize it with the rule packs, show what would be deployed. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Validate a blueprint, synthesize it and show what would be deployed.",
            "",
            "Synthesizes the CloudFormation in-process with the Lightsail hardening and AwsSolutions rule packs, "
                    + "then shows the resources, the instance firewall, TLS, secret names (never values), "
                    + "rule findings and an estimated monthly cost. Needs Node.js 20+ (the CDK runs on it) "
                    + "and no AWS account."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark plan                                      # the default blueprint",
            "  bulwark plan my-agent.yaml --format json > plan.json",
            "  bulwark plan my-agent.yaml --fail-on high         # CI gate on high and critical only"})
public final class PlanCommand implements Callable<Integer> {
    static final String DEFAULT_BLUEPRINT = "blueprints/openclaw-instance.yaml";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BLUEPRINT", defaultValue = DEFAULT_BLUEPRINT,
            description = "Blueprint YAML file (default: ${DEFAULT-VALUE}).")
    private Path blueprintFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private PlanFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
            converter = SeverityOption.class, completionCandidates = SeverityOption.class,
            description = "Exit 1 when an unacknowledged finding is at or above this severity: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Severity failOn;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cdk.out",
            description = "Where to write the synthesized templates (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    private final Supplier<Planner> planners;

    public PlanCommand() {
        this(StandardPlanner::create);
    }

    PlanCommand(Supplier<Planner> planners) {
        this.planners = planners;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Blueprint blueprint = load();
        for (var warning : blueprint.warnings()) {
            err.println("warning: " + warning);
        }
        err.println("Synthesizing " + blueprint.name() + " with the CDK (Node.js) and checking it...");
        err.flush();
        Plan plan = synthesize(blueprint);
        format.render(plan, spec.commandLine().getOut());
        int blocking = plan.findingsAtOrAbove(failOn).size();
        if (blocking > 0) {
            err.printf("%d finding(s) at or above %s: exit %d%n", blocking, failOn.label(), ExitCode.FINDINGS.code());
            err.flush();
            return ExitCode.FINDINGS.code();
        }
        return ExitCode.OK.code();
    }

    private Plan synthesize(Blueprint blueprint) {
        try {
            return planners.get().plan(blueprint, outDir);
        } catch (UncheckedSynthException e) {
            // Nothing was checked, so this is never a pass: exit 3 with what to do.
            throw new UserException(ExitCode.ENVIRONMENT, e.nodeRuntimeMissing() ? e.getMessage()
                    : "synthesis failed, so nothing was checked: " + e.getMessage(), e);
        }
    }

    private Blueprint load() {
        try {
            return new BlueprintLoader().load(blueprintFile);
        } catch (BlueprintException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
    }
}
