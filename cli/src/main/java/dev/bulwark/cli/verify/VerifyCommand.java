package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.ReportOutput;
import dev.bulwark.cli.BaselineOption;
import dev.bulwark.cli.ReportVerbosity;
import dev.bulwark.report.Verbosity;
import dev.bulwark.cli.advisories.AdvisoriesCommand;
import dev.bulwark.release.GatewayKnowledge;
import dev.bulwark.verify.gateway.GatewayProbe;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.VersionProvider;
import dev.bulwark.findings.Severity;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.rules.RuleCatalog;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeCatalog;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.Verdict;
import dev.bulwark.verify.Verifier;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.ssh.SshProbe;
import dev.bulwark.verify.token.TokenProbe;
import dev.bulwark.verify.waiver.Waivers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import dev.bulwark.cli.SeverityOption;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.cli.run.RunDeadline;
import dev.bulwark.cli.run.TimeoutOption;
import dev.bulwark.cli.run.WaitingFor;
import dev.bulwark.cli.discover.PortsOption;
import dev.bulwark.verify.ports.PortProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark verify}: check a live deployment from outside and report in a format CI can gate on. */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Check live deployments from the outside: TLS, HTTP, the gateway, ports that must be closed, and SSH.",
            "",
            "Every probe has a deadline and the whole run ends within --timeout. A target that cannot be "
                    + "reached or times out is reported and exits 3: it is never a pass. With --blueprint the "
                    + "expectations (domain, SSH CIDRs, agent port and version) come from the blueprint, and SARIF "
                    + "points each finding at the blueprint line that governs it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark verify https://agent.example.com",
            "  bulwark verify https://agent.example.com --host 203.0.113.10 --blueprint agent.yaml",
            "  bulwark verify https://agent.example.com --format sarif --output bulwark.sarif  # code scanning",
            "  bulwark verify --targets fleet.yaml --format junit --output verify.xml --fail-on high",
            "  bulwark verify https://agent.example.com --waivers waivers.yaml --timeout 2m",
            "  bulwark verify https://agent.example.com --ssh 203.0.113.10      # also SSH, from outside",
            "  bulwark verify --ssh 203.0.113.10:2222 --format json             # only SSH (docs/ssh-audit.md)",
            "",
            "Waivers file (YAML list; an expired waiver is itself a finding):",
            "  - ruleId: PORT_UNEXPECTED_OPEN",
            "    target: \"203.0.113.10:*\"        # exact, or a glob with * and ?",
            "    reason: bastion migration, OPS-12",
            "    expires: 2026-12-31",
            "",
            "Targets file (YAML list; blueprint paths are relative to the file):",
            "  - url: https://agent.example.com",
            "    host: 203.0.113.10",
            "    blueprint: blueprints/agent.yaml",
            "",
            "Precedence: exit 3 if any target could not be checked, else 1 if any unwaived finding is at or above "
                    + "--fail-on, else 0. Rules: docs/rules.md. Report formats: docs/verify.md."})
@DefaultTimeout("30s")
public final class VerifyCommand implements Callable<Integer> {
    /** Beyond --timeout, for the verifier to turn what still runs into "timed out" findings. */
    static final Duration REPORT_GRACE = Duration.ofSeconds(5);


    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "URL",
            description = "The deployment's public HTTPS endpoint, e.g. https://agent.example.com "
                    + "(optional with --ssh, and with --blueprint of a container deployment: the service URL deploy "
                    + "recorded and every custom domain).")
    private String url;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "The instance's public address; scanned for ports that must be closed (the hardening "
                    + "policy's list, see docs/verify.md; --verbose lists them).")
    private String host;

    @Option(names = "--ports", paramLabel = "LIST", converter = PortsOption.class,
            description = "Scan these ports on --host instead of the policy's list: ports and ranges, e.g. "
                    + "22,18789,18790-18800.")
    private List<Integer> ports;

    @Option(names = "--ssh", paramLabel = "HOST[:PORT]",
            description = "Also check this SSH server from outside: offered algorithms against the hardened policy, "
                    + "and that password and keyboard-interactive logins are not offered. Without a URL, checks "
                    + "only SSH. No credential is sent.")
    private String ssh;

    @Option(names = "--blueprint", paramLabel = "FILE",
            description = "Blueprint the deployment was made from; expectations and SARIF lines come from it.")
    private Path blueprint;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "YAML list of {url, host?, blueprint?}: verify many deployments at once, one report.")
    private Path targets;

    @Option(names = "--ca-file", paramLabel = "PEM",
            description = "Extra trusted CA certificates (PEM), for a private CA. The system trust store still applies.")
    private Path caFile;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "YAML list of {ruleId, target, reason, expires}: accepted risks, reported but not failing.")
    private Path waivers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Converters.FormatOption.class, completionCandidates = Converters.FormatOption.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout; a one-line summary still goes to stderr.")
    private Path output;

    // medium by default: a hardened gateway still shows low/info facts from outside (e.g. its Control UI build id),
    // which belong in the report but should not fail a deploy on their own.
    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "medium",
            converter = SeverityOption.class, completionCandidates = SeverityOption.class,
            description = "Exit 1 when an unwaived finding is at or above this severity: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, unlike plan's and audit-host's low: a "
                    + "hardened gateway still shows low and info facts from outside).")
    private Severity failOn;

    /** Probes still running at --timeout are reported as timed out (exit 3). */
    @Mixin
    private TimeoutOption timeout;

    @Mixin
    private BaselineOption baseline;

    @Option(names = "--advisories", paramLabel = "FILE|DIR",
            description = "OSV JSON advisories (one record, an array, or a directory of *.json, e.g. osv.dev's npm "
                    + "export) merged over the shipped ones; repeatable. `bulwark advisories` shows what is known.")
    private List<Path> advisories = new ArrayList<>();

    @Option(names = "--fingerprints", paramLabel = "FILE|DIR",
            description = "Release-fingerprint table(s) merged over the shipped one, to recognise releases newer "
                    + "than this bulwark (tests/scripts/fingerprint-releases.sh writes one); repeatable.")
    private List<Path> fingerprints = new ArrayList<>();

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "The gateway token the deployment should accept now (first line of FILE, which must not be "
                    + "readable by group or others). One authenticated request that changes nothing; refused: "
                    + "GATEWAY_CURRENT_TOKEN_REFUSED. One URL only.")
    private Path tokenFile;

    @Option(names = "--stale-token-file", paramLabel = "FILE",
            description = "A token that was rotated away (same file rules). Accepted: GATEWAY_STALE_TOKEN_ACCEPTED "
                    + "(critical). Each token is sent at most once per run; see docs/rotate.md.")
    private Path staleTokenFile;

    @Mixin
    private ReportVerbosity verbosity;

    private final List<Probe> probes;
    private final BlueprintReader blueprints;
    private final BooleanSupplier colorOnStdout;
    private final Clock clock;

    public VerifyCommand() {
        this(ProbeCatalog.defaultProbes(), path -> new BlueprintLoader().load(path), VerifyCommand::terminalWantsColor,
                Clock.systemUTC());
    }

    /** For tests: their own probes (aimed at loopback servers), blueprints, colour decision and clock. */
    VerifyCommand(List<Probe> probes, BlueprintReader blueprints, BooleanSupplier colorOnStdout, Clock clock) {
        this.probes = List.copyOf(probes);
        this.blueprints = blueprints;
        this.colorOnStdout = colorOnStdout;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        baseline.load();
        VerifyConfig config = VerifyConfig.resolve(options(), blueprints, waivableRuleIds(),
                blueprint -> ContainerTargets.urls(blueprint, Path.of("")));
        config.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();

        Optional<TokenProbe> tokens = TokenOptions.probe(Optional.ofNullable(tokenFile),
                Optional.ofNullable(staleTokenFile), config.targets().size());
        VerifyReport report = new RunDeadline(timeout.get().plus(REPORT_GRACE), err,
                WaitingFor.whole("the probes of " + config.targets().size() + " target(s)", System.nanoTime()))
                .run(() -> run(config, tokens));
        report = baseline.apply(report, err);
        ReportOutput.write(report, format, Optional.ofNullable(output),
                ReportOutput.options(format, colorOnStdout.getAsBoolean(), failOn, verbosity), spec.commandLine().getOut(),
                err);
        return ReportOutput.exit(report, failOn, err).code();
    }

    /** What a waiver may name: every rule of verify and audit-host, and of the probes this command runs. */
    private Set<String> waivableRuleIds() {
        Set<String> ids = new TreeSet<>(RuleCatalog.waivableRuleIds());
        ProbeCatalog.rules(probes).forEach(r -> ids.add(r.id()));
        return ids;
    }

    private VerifyOptions options() {
        return new VerifyOptions(Optional.ofNullable(url), Optional.ofNullable(host), Optional.ofNullable(blueprint),
                Optional.ofNullable(targets), Optional.ofNullable(caFile), Optional.ofNullable(waivers), format,
                Optional.ofNullable(output), failOn, timeout.get(), Optional.ofNullable(ssh));
    }

    private VerifyReport run(VerifyConfig config, Optional<TokenProbe> tokens) {
        List<Probe> probes = probesFor(config);
        if (tokens.isPresent()) {
            probes = probes.stream().map(p -> p.id().equals(TokenProbe.ID) ? tokens.get() : p).toList();
        }
        return run(verifier(probes, timeout.get(), Optional.ofNullable(caFile), clock, config.waivers()),
                config.targets());
    }

    /** The verify engine as every command runs it: bounded by {@code timeout}, each call by at most 5 s. */
    static Verifier verifier(List<Probe> probes, Duration timeout, Optional<Path> caFile, Clock clock,
                             Waivers waivers) {
        return Verifier.builder().probes(probes).timeout(timeout)
                .perCallTimeout(timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5))
                .caFile(caFile).clock(clock).waivers(waivers)
                .toolVersion(VersionProvider.version()).build();
    }

    static VerifyReport run(Verifier verifier, List<TargetSpec> targets) {
        try {
            return verifier.verify(targets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCode.ENVIRONMENT, "verify was interrupted before it finished; nothing was checked");
        }
    }

    /**
     * With {@code --ssh} the SSH probe looks at that server (replacing the blueprint-driven one); with {@code --ssh}
     * and no URL it is the only probe, so a run can check just an SSH server.
     */
    private List<Probe> probesFor(VerifyConfig config) {
        List<Probe> probes = withPorts(withKnowledge(this.probes), config);
        if (config.ssh().isEmpty()) {
            return probes;
        }
        SshProbe sshProbe = SshProbe.at(config.ssh().get());
        if (config.options().url().isEmpty()) {
            return List.of(sshProbe);
        }
        List<Probe> all = new ArrayList<>(probes.stream().filter(p -> !p.id().equals(SshProbe.ID)).toList());
        all.add(sshProbe);
        return all;
    }

    /** With --ports the port probe scans that list; --verbose names what each host gets scanned for. */
    private List<Probe> withPorts(List<Probe> probes, VerifyConfig config) {
        boolean anyHost = config.targets().stream().anyMatch(t -> t.target().host().isPresent());
        if (ports != null && !anyHost) {
            throw new UserException(ExitCode.USAGE, "--ports changes which ports --host scans: give --host ADDR "
                    + "(or a host in each --targets entry)");
        }
        List<Probe> chosen = probes.stream().map(p -> ports != null && p instanceof PortProbe portProbe
                ? portProbe.scanning(ports) : p).toList();
        if (verbosity.level() == Verbosity.VERBOSE) {
            chosen.stream().filter(PortProbe.class::isInstance).map(PortProbe.class::cast).findFirst()
                    .ifPresent(portProbe -> config.targets().stream().map(TargetSpec::target)
                            .filter(t -> t.host().isPresent())
                            .forEach(t -> spec.commandLine().getErr().println("ports scanned on --host "
                                    + t.host().get() + ": " + portProbe.watched(t).stream()
                                    .map(w -> String.valueOf(w.port())).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }

    /** With --advisories or --fingerprints, the gateway probe uses the shipped data with the user's merged over it. */
    private List<Probe> withKnowledge(List<Probe> probes) {
        if (advisories.isEmpty() && fingerprints.isEmpty()) {
            return probes;
        }
        GatewayKnowledge knowledge = AdvisoriesCommand.load(advisories, fingerprints);
        return probes.stream().map(p -> p.id().equals(GatewayProbe.ID)
                ? GatewayProbe.create(knowledge.advisories(), knowledge.releases()) : p).toList();
    }

    /** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
    static boolean terminalWantsColor() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }
}
