package dev.bulwark.cli.discover;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.SeverityOption;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.VersionProvider;
import dev.bulwark.cli.deploy.TerminalConsole;
import dev.bulwark.cli.verify.Converters;
import dev.bulwark.cli.ReportOutput;
import dev.bulwark.deploy.aws.AwsSettings;
import dev.bulwark.discover.DiscoveryJsonRenderer;
import dev.bulwark.discover.DiscoveryReport;
import dev.bulwark.discover.DiscoverySettings;
import dev.bulwark.discover.DiscoveryTextRenderer;
import dev.bulwark.discover.GatewayVerification;
import dev.bulwark.discover.NetworkDiscoverer;
import dev.bulwark.discover.ScanProgress;
import dev.bulwark.discover.ScanScope;
import dev.bulwark.discover.aws.AwsInventory;
import dev.bulwark.discover.aws.AwsInventoryReader;
import dev.bulwark.discover.aws.AwsInventoryRenderer;
import dev.bulwark.discover.aws.SdkRegionalClients;
import dev.bulwark.findings.Severity;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.verify.ProbeCatalog;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.Verifier;
import dev.bulwark.verify.VerifyReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.cli.run.RunDeadline;
import dev.bulwark.cli.run.TimeoutOption;
import dev.bulwark.cli.run.WaitingFor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark discover}: find agent gateways on a network or in an AWS account, optionally verify each one. */
@Command(name = "discover",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Find the agent gateways (OpenClaw, Clawdbot, Moltbot) nobody told you about: on a network (addresses, "
                    + "CIDR blocks, names) or in an AWS account (--aws).",
            "",
            "Network: a TCP connect scan (non-blocking, at most --rate connections per second and --max-in-flight "
                    + "at once), then only the open ports are looked at: TLS or plain, a GET of the page and one "
                    + "WebSocket connect without credentials. Never a credential, never a write. A gateway is "
                    + "reported only on its own handshake or two Control UI markers, never on one word. Ranges "
                    + "larger than a /16 ask first (--yes to skip). Progress shows on a terminal only.",
            "",
            "--verify runs the full verify on each gateway found and puts the findings in the same report "
                    + "(json, sarif, junit). Exit codes are verify's. Without --verify: 0 after a complete run, "
                    + "3 when part of an AWS account could not be read."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark discover 127.0.0.0/24                        # default ports 18789-18791,18793,443,80,8080,8443",
            "  bulwark discover 127.5.0.0/16 --ports 18789,443 --rate 5000 --format json --output found.json",
            "  bulwark discover 127.0.0.1 ::1 --verify --format sarif --output discover.sarif",
            "  bulwark discover --aws --regions all --profile audit          # docs/iam/discover-policy.json",
            "  bulwark discover --aws --regions eu-central-1,us-east-1 --verify --format json",
            "",
            "Details: docs/discover.md."})
@DefaultTimeout("30m")
public final class DiscoverCommand implements Callable<Integer> {
    /** The most one --verify run of the gateways found may take. */
    static final Duration VERIFY_BOUND = Duration.ofMinutes(2);

    static final List<Integer> DEFAULT_PORTS = List.of(18789, 18790, 18791, 18793, 443, 80, 8080, 8443);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TARGET",
            description = "Addresses, CIDR blocks (IPv4 or IPv6) and host names to scan, e.g. 127.0.0.0/24 ::1.")
    private List<String> targets = List.of();

    @Option(names = "--ports", paramLabel = "LIST", converter = PortsOption.class,
            description = "Ports and ranges, e.g. 18789,443,8000-8010 (default: 18789-18791,18793,443,80,8080,8443).")
    private List<Integer> ports;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "" + DiscoverySettings.DEFAULT_RATE,
            description = "At most N new connections per second (default: ${DEFAULT-VALUE}).")
    private int rate;

    @Option(names = "--max-in-flight", paramLabel = "N", defaultValue = "" + DiscoverySettings.DEFAULT_IN_FLIGHT,
            description = "At most N connects outstanding at once (default: ${DEFAULT-VALUE}).")
    private int maxInFlight;

    @Option(names = "--probe-timeout", paramLabel = "DURATION", defaultValue = "3s",
            converter = Converters.DurationOption.class,
            description = "How long each fingerprint request (the page, the WebSocket connect) may take "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration probeTimeout;

    @Option(names = "--yes", description = "Scan a range larger than a /16 without asking.")
    private boolean yes;

    @Option(names = "--aws", description = "Inventory an AWS account instead of scanning a network "
            + "(read-only: docs/iam/discover-policy.json).")
    private boolean aws;

    @Option(names = "--regions", paramLabel = "all|LIST", defaultValue = "all",
            description = "With --aws: every Lightsail region (default), or a comma-separated list.")
    private String regions;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "With --aws: named profile for the default AWS credential chain.")
    private String profile;

    @Option(names = "--verify", description = "Run the full verify on each gateway found; findings join the report.")
    private boolean verify;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Converters.FormatOption.class, completionCandidates = Converters.FormatOption.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); sarif and junit "
                    + "carry verify findings, so they need --verify.")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "medium",
            converter = SeverityOption.class, completionCandidates = SeverityOption.class,
            description = "With --verify: exit 1 when a finding is at or above this severity (default: "
                    + "${DEFAULT-VALUE}).")
    private Severity failOn;

    /** Bounds the whole run (scan, AWS reads, verify); each --verify run gets at most {@link #VERIFY_BOUND}. */
    @Mixin
    private TimeoutOption timeout;

    @Override
    public Integer call() throws Exception {
        if ((format == ReportFormat.SARIF || format == ReportFormat.JUNIT) && !verify) {
            throw new UserException(ExitCode.USAGE, "--format " + format.label() + " carries verify findings: "
                    + "add --verify, or use --format json for the discovery alone");
        }
        String what = aws ? "the AWS inventory" : "the scan of " + String.join(" ", targets);
        WaitingFor waiting = TerminalConsole.detectInteractive() && !aws
                ? atLeast -> Optional.empty() // the progress line already says what the scan is doing
                : WaitingFor.whole(what, System.nanoTime());
        return new RunDeadline(timeout.get(), spec.commandLine().getErr(), waiting)
                .run(() -> aws ? awsInventory() : network());
    }

    private int network() {
        if (targets.isEmpty()) {
            throw new UserException(ExitCode.USAGE, "name what to scan (e.g. bulwark discover 127.0.0.0/24), "
                    + "or use --aws");
        }
        ScanScope scope;
        DiscoverySettings settings;
        try {
            scope = new ScanScope(ScanScope.resolve(targets), ports == null ? DEFAULT_PORTS : ports);
            settings = DiscoverySettings.defaults().withRate(rate).withMaxInFlight(maxInFlight)
                    .withPerCallTimeout(probeTimeout);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
        confirmLargeRange(scope);
        PrintWriter err = spec.commandLine().getErr();
        boolean tty = TerminalConsole.detectInteractive();
        ScanProgressLine line = new ScanProgressLine(err);
        DiscoveryReport report;
        try {
            report = new NetworkDiscoverer(settings, Clock.systemUTC()).discover(targets, scope, tty ? line : ScanProgress.NONE);
            if (tty) {
                line.finish();
            }
            if (verify && !report.gateways().isEmpty()) {
                report = GatewayVerification.verify(report, verifier());
            }
        } catch (IOException e) {
            throw new UserException(ExitCode.ENVIRONMENT, "the scan could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCode.ENVIRONMENT, "discover was interrupted before it finished");
        }
        DiscoveryReport done = report;
        if (done.verify().isPresent() && (format == ReportFormat.SARIF || format == ReportFormat.JUNIT)) {
            ReportOutput.write(done.verify().get(), format, Optional.ofNullable(output),
                    new RenderOptions(false, Path.of("").toAbsolutePath(), failOn),
                    spec.commandLine().getOut(), err);
        } else {
            write(out -> {
                if (format == ReportFormat.JSON) {
                    new DiscoveryJsonRenderer().render(done, VersionProvider.version(), out);
                } else {
                    new DiscoveryTextRenderer(false).render(done, out);
                }
            });
        }
        err.println("discover: " + done.gateways().size() + " gateway(s), " + done.services().size()
                + " other open port(s) on " + done.addresses() + " address(es)");
        err.flush();
        return done.verify().map(v -> ReportOutput.exit(v, failOn, err).code()).orElse(ExitCode.OK.code());
    }

    private int awsInventory() {
        if (!targets.isEmpty()) {
            throw new UserException(ExitCode.USAGE, "--aws reads an AWS account; leave out the network targets "
                    + String.join(" ", targets) + " (or run them in a separate discover)");
        }
        Optional<List<String>> chosen = regions.equalsIgnoreCase("all") ? Optional.empty()
                : Optional.of(Arrays.stream(regions.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList());
        AwsInventory inventory;
        try (SdkRegionalClients clients = new SdkRegionalClients(AwsSettings.of(AwsInventoryReader.HOME_REGION,
                Optional.ofNullable(profile), Optional.empty()))) {
            inventory = new AwsInventoryReader(clients).read(chosen);
        }
        Optional<VerifyReport> verified = Optional.empty();
        if (verify && !AwsInventoryRenderer.publicEndpoints(inventory).isEmpty()) {
            List<TargetSpec> specs = GatewayVerification.targetsAt(AwsInventoryRenderer.publicEndpoints(inventory));
            try {
                verified = Optional.of(verifier().verify(specs));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException(ExitCode.ENVIRONMENT, "discover was interrupted before it finished");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<VerifyReport> report = verified;
        if (report.isPresent() && (format == ReportFormat.SARIF || format == ReportFormat.JUNIT)) {
            ReportOutput.write(report.get(), format, Optional.ofNullable(output),
                    new RenderOptions(false, Path.of("").toAbsolutePath(), failOn),
                    spec.commandLine().getOut(), err);
        } else {
            write(out -> {
                if (format == ReportFormat.JSON) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ObjectNode doc = mapper.createObjectNode().put("schemaVersion", DiscoveryJsonRenderer.SCHEMA_VERSION);
                    doc.putObject("tool").put("name", "bulwark").put("version", VersionProvider.version());
                    AwsInventoryRenderer.json(inventory, doc.putObject("aws"));
                    report.ifPresent(v -> doc.set("verify", new dev.bulwark.report.JsonReportRenderer().document(v)));
                    try {
                        out.println(mapper.writeValueAsString(doc));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    AwsInventoryRenderer.text(inventory, out);
                    report.ifPresent(v -> new dev.bulwark.report.TextReportRenderer(false).render(v, out));
                }
            });
        }
        if (!inventory.complete()) {
            err.println("exit " + ExitCode.ENVIRONMENT.code() + ": " + inventory.failures().size()
                    + " region/service read(s) failed, so the inventory is incomplete");
            err.flush();
            return ExitCode.ENVIRONMENT.code();
        }
        return report.map(v -> ReportOutput.exit(v, failOn, err).code()).orElse(ExitCode.OK.code());
    }

    private Verifier verifier() {
        Duration bound = timeout.get().compareTo(VERIFY_BOUND) < 0 ? timeout.get() : VERIFY_BOUND;
        return Verifier.builder().probes(ProbeCatalog.defaultProbes()).timeout(bound)
                .perCallTimeout(bound.compareTo(Duration.ofSeconds(5)) < 0 ? bound : Duration.ofSeconds(5))
                .toolVersion(VersionProvider.version()).build();
    }

    private void confirmLargeRange(ScanScope scope) {
        if (!scope.needsConfirmation() || yes) {
            return;
        }
        String question = "Scan " + scope.addresses() + " addresses (more than a /16) on " + scope.ports().size()
                + " port(s)? [y/N] ";
        TerminalConsole console = new TerminalConsole(spec.commandLine().getErr(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                TerminalConsole.detectInteractive());
        Optional<String> answer = console.ask(question);
        if (answer.isEmpty()) {
            throw new UserException(ExitCode.USAGE, scope.addresses() + " addresses is more than a /16: add --yes "
                    + "to scan them without a terminal to confirm on");
        }
        if (!answer.get().trim().equalsIgnoreCase("y") && !answer.get().trim().equalsIgnoreCase("yes")) {
            throw new UserException(ExitCode.USAGE, "not confirmed; nothing was scanned");
        }
    }

    private void write(Consumer<PrintWriter> render) {
        if (output == null) {
            render.accept(spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return;
        }
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             PrintWriter writer = new PrintWriter(file)) {
            render.accept(writer);
            if (writer.checkError()) {
                throw new IOException("write failed");
            }
        } catch (IOException e) {
            throw new UserException(ExitCode.USAGE, "cannot write the report to " + output + " (" + e.getMessage()
                    + "); check the path and free space");
        }
        spec.commandLine().getErr().println(format.label() + " report written to " + output);
    }
}
