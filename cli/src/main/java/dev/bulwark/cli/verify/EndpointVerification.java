package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.cli.ReportOutput;
import dev.bulwark.deploy.EndpointVerifier;
import dev.bulwark.deploy.pipeline.DeployedEndpoint;
import dev.bulwark.findings.Severity;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeCatalog;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waivers;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deploy's last step on the verify engine: the deployed endpoints become targets with the blueprint's
 * expectations (as {@code bulwark verify URL --host H --blueprint FILE} would make them), one report in text on
 * stdout, and verify's exit code for {@code --fail-on}. No argv, no second command.
 */
public final class EndpointVerification implements EndpointVerifier {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<Probe> probes;
    private final Severity failOn;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;

    public EndpointVerification(List<Probe> probes, Severity failOn, Clock clock, PrintWriter out, PrintWriter err) {
        this.probes = List.copyOf(probes);
        this.failOn = failOn;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public static EndpointVerification standard(Severity failOn, PrintWriter out, PrintWriter err) {
        return new EndpointVerification(ProbeCatalog.defaultProbes(), failOn, Clock.systemUTC(), out, err);
    }

    @Override
    public int verify(Blueprint blueprint, List<DeployedEndpoint> endpoints) {
        List<String> warnings = new ArrayList<>();
        List<TargetSpec> targets = endpoints.stream().map(e -> VerifyConfig.spec(URI.create(e.url()), e.host(),
                Optional.of(blueprint), Optional.empty(), warnings)).toList();
        warnings.forEach(w -> err.println("warning: " + w));
        VerifyReport report = VerifyCommand.run(VerifyCommand.verifier(probes, TIMEOUT, Optional.empty(), clock,
                Waivers.none()), targets);
        ReportOutput.write(report, ReportFormat.TEXT, Optional.empty(),
                new RenderOptions(false, Path.of("").toAbsolutePath(), failOn), out, err);
        return ReportOutput.exit(report, failOn, err).code();
    }
}
