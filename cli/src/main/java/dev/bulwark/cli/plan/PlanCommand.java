package dev.bulwark.cli.plan;

import dev.bulwark.cli.DefaultBlueprint;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cli.BaselineOption;
import dev.bulwark.cli.OutDirectory;
import dev.bulwark.cli.ReportOutput;
import dev.bulwark.cli.ReportVerbosity;
import dev.bulwark.cli.SeverityOption;
import dev.bulwark.cli.VersionProvider;
import dev.bulwark.cli.verify.Converters;
import dev.bulwark.findings.Severity;
import dev.bulwark.plan.Plan;
import dev.bulwark.plan.Planner;
import dev.bulwark.plan.report.PlanRenderers;
import dev.bulwark.plan.report.PlanReports;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.verify.Verifier;
import dev.bulwark.verify.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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
                    + "and no AWS account.",
            "",
            "Findings go through the same report model as verify: --format sarif points each one at its "
                    + "resource in the synthesized template, --format junit makes one test case per rule, and "
                    + "the exit code follows --fail-on the same way."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark plan                                      # the default blueprint",
            "  bulwark plan my-agent.yaml --format json > plan.json",
            "  bulwark plan my-agent.yaml --format sarif --output plan.sarif   # code scanning",
            "  bulwark plan my-agent.yaml --fail-on high         # CI gate on high and critical only"})
public final class PlanCommand implements Callable<Integer> {
    static final String DEFAULT_BLUEPRINT = "blueprints/openclaw-instance.yaml";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BLUEPRINT", defaultValue = DEFAULT_BLUEPRINT,
            description = "Blueprint YAML file (default: ${DEFAULT-VALUE}, found from the repository root "
                    + "when run below it).")
    private Path blueprintFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Converters.FormatOption.class, completionCandidates = Converters.FormatOption.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Text and json "
                    + "also show the resources, firewall, TLS, secrets and cost.")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout ('-' is stdout); a one-line summary still "
                    + "goes to stderr.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
            converter = SeverityOption.class, completionCandidates = SeverityOption.class,
            description = "Exit 1 when an unacknowledged finding is at or above this severity: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: every finding in your own blueprint is "
                    + "yours to fix or acknowledge; verify defaults to medium because a live endpoint shows low "
                    + "facts you cannot change).")
    private Severity failOn;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cdk.out",
            description = "Where to write the synthesized templates (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Mixin
    private ReportVerbosity verbosity;

    private final Supplier<Planner> planners;
    private final Clock clock;

    @Mixin
    private BaselineOption baseline;

    public PlanCommand() {
        this(StandardPlanner::create, Clock.systemUTC());
    }

    PlanCommand(Supplier<Planner> planners, Clock clock) {
        this.planners = planners;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional.ofNullable(output).ifPresent(ReportOutput::checkWritable);
        baseline.load();
        OutDirectory.check(outDir);
        Blueprint blueprint = new BlueprintLoader().load(DefaultBlueprint.resolve(blueprintFile,
                DEFAULT_BLUEPRINT));
        for (var warning : blueprint.warnings()) {
            err.println("warning: " + warning);
        }
        err.println("Synthesizing " + blueprint.name() + " with the CDK (Node.js) and checking it...");
        err.flush();
        Instant started = clock.instant();
        Plan plan = planners.get().plan(blueprint, outDir);
        VerifyReport report = baseline.apply(PlanReports.of(plan, Verifier.TOOL_NAME, VersionProvider.version(), started,
                clock.instant()), err);
        ReportOutput.write(report, format, options -> PlanRenderers.forFormat(plan, format, options),
                Optional.ofNullable(output), ReportOutput.options(format, false, failOn, verbosity),
                spec.commandLine().getOut(), err);
        return ReportOutput.exit(report, failOn, err).code();
    }
}
