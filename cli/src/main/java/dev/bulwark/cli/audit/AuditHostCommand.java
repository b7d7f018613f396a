package dev.bulwark.cli.audit;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.audit.AgentAdvisories;
import dev.bulwark.audit.HostAudit;
import dev.bulwark.audit.HostLoginException;
import dev.bulwark.cli.BaselineOption;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.ReportOutput;
import dev.bulwark.cli.ReportVerbosity;
import dev.bulwark.cli.SeverityOption;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.VersionProvider;
import dev.bulwark.cli.verify.Converters;
import dev.bulwark.findings.Severity;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.VerifyReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.cli.run.RunDeadline;
import dev.bulwark.cli.run.TimeoutOption;
import dev.bulwark.cli.run.WaitingFor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark audit-host}: log in with the deployer's key and report what is really running on the host. */
@Command(name = "audit-host",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 100,
        description = {
            "Audit a deployed instance from the inside: log in over SSH with the deployer's key, run read-only "
                    + "commands (each with a deadline), and report in the same formats and exit codes as verify.",
            "",
            "Checks: effective sshd config (sshd -T), listening sockets (gateway on loopback only), the agent's "
                    + "user, modes of config and credential files, the gateway token's length (never its value), "
                    + "the nftables input policy, unattended upgrades, the unit's systemd-analyze security "
                    + "exposure, the agent version against the blueprint, and OpenClaw's own "
                    + "'openclaw security audit --json' mapped into bulwark's severities.",
            "",
            "Host-key checking is always on: the host's key must already be in --known-hosts (from Lightsail "
                    + "GetInstanceAccessDetails hostKeys or another trusted source); an unknown or changed key stops "
                    + "the audit before any login. Commands that need root run through 'sudo -n' when --user is not "
                    + "root. A check whose tool is missing is reported as not checked (exit 3), never as passed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark audit-host 203.0.113.10 --user admin --identity ~/.ssh/agent_ed25519 \\",
            "      --known-hosts ~/.ssh/agent_known_hosts --blueprint agent.yaml",
            "  bulwark audit-host 203.0.113.10:2222 --user admin --identity key --known-hosts kh \\",
            "      --format sarif --output host.sarif --fail-on high",
            "  pass show agent-key | bulwark audit-host host --user admin -i enc_key --known-hosts kh \\",
            "      --passphrase-stdin                 # encrypted key: passphrase on stdin, never in argv",
            "",
            "Pin a host key: put '203.0.113.10 ssh-ed25519 AAAA...' (or '[host]:2222 ...' for another port) in the "
                    + "known_hosts file. Details and rules: docs/ssh-audit.md."})
@DefaultTimeout("60s")
public final class AuditHostCommand implements Callable<Integer> {
    /** Beyond --timeout, for the audit to report what it could not finish (it keeps the bound itself). */
    static final Duration REPORT_GRACE = Duration.ofSeconds(5);

    static final String PASSPHRASE_ENV = "BULWARK_SSH_PASSPHRASE";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]", description = "The instance's address, e.g. 203.0.113.10.")
    private String host;

    @Option(names = "--port", paramLabel = "N", description = "SSH port (default: from HOST, else 22).")
    private Integer port;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Login user (the deployer's).")
    private String user;

    @Option(names = {"--identity", "-i"}, required = true, paramLabel = "KEYFILE",
            description = "Private key file. Its passphrase, if any, comes from $" + PASSPHRASE_ENV
                    + " or --passphrase-stdin, never from the command line.")
    private Path identity;

    @Option(names = "--known-hosts", required = true, paramLabel = "FILE",
            description = "known_hosts file that pins the host's key; there is no way to skip the check.")
    private Path knownHosts;

    @Option(names = "--passphrase-stdin", description = "Read the key's passphrase from the first line of stdin.")
    private boolean passphraseStdin;

    @Option(names = "--blueprint", paramLabel = "FILE",
            description = "Blueprint the instance was made from: gateway port and pinned agent version.")
    private Path blueprint;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Waivers file, as for verify.")
    private Path waivers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Converters.FormatOption.class, completionCandidates = Converters.FormatOption.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
            converter = SeverityOption.class, completionCandidates = SeverityOption.class,
            description = "Exit 1 when an unwaived finding is at or above this severity: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}: inside the host every finding is something you configured; verify "
                    + "defaults to medium because a live endpoint shows low facts you cannot change).")
    private Severity failOn;

    @Mixin
    private TimeoutOption timeout;

    @Mixin
    private BaselineOption baseline;

    @Option(names = "--command-timeout", paramLabel = "DURATION", defaultValue = "20s",
            converter = Converters.DurationOption.class,
            description = "Deadline of the login and of each remote command (default: ${DEFAULT-VALUE}).")
    private Duration commandTimeout;

    @Option(names = "--layout", paramLabel = "KEY=VALUE",
            description = "Where the baseline put things, if not at the defaults: agentUser, stateDir, configFile, "
                    + "credentialDir, tokenFile, unit, gatewayPort, sshdConfig. Repeatable, e.g. --layout "
                    + "unit=agent.service")
    private Map<String, String> layout = new LinkedHashMap<>();

    @Mixin
    private ReportVerbosity verbosity;

    private final Function<AuditHostConfig, HostAudit> audits;

    public AuditHostCommand() {
        this(config -> HostAudit.builder().layout(config.layout()).expectations(config.expectations())
                .waivers(config.waivers()).timeout(config.timeout()).commandTimeout(config.commandTimeout())
                .advisories(AgentAdvisories.from(AdvisoryCatalog.bundled()))
                .toolVersion(VersionProvider.version()).build());
    }

    /** For tests: how the audit engine is built from the configuration (e.g. with an advisory list). */
    AuditHostCommand(Function<AuditHostConfig, HostAudit> audits) {
        this.audits = audits;
    }

    @Override
    public Integer call() throws Exception {
        baseline.load();
        AuditHostConfig config = AuditHostConfig.resolve(new AuditHostConfig.Options(host, Optional.ofNullable(port),
                user, identity, knownHosts, passphrase(), Optional.ofNullable(blueprint),
                Optional.ofNullable(waivers), Optional.ofNullable(output), layout, timeout.get(), commandTimeout));
        config.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        VerifyReport report;
        try {
            report = new RunDeadline(timeout.get().plus(REPORT_GRACE), spec.commandLine().getErr(),
                    WaitingFor.whole("the SSH login and checks on " + host, System.nanoTime()))
                    .run(() -> audits.apply(config).audit(config.login(), config.blueprint()));
        } finally {
            config.login().passphrase().ifPresent(Secret::destroy);
        }
        report = baseline.apply(report, spec.commandLine().getErr());
        ReportOutput.write(report, format, Optional.ofNullable(output),
                ReportOutput.options(format, false, failOn, verbosity), spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return ReportOutput.exit(report, failOn, spec.commandLine().getErr()).code();
    }

    private Optional<Secret> passphrase() {
        if (passphraseStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new UserException(ExitCode.USAGE, "--passphrase-stdin: stdin was empty; pipe the "
                            + "passphrase in, e.g. from your password manager");
                }
                return Optional.of(Secret.of(line));
            } catch (IOException e) {
                throw new UserException(ExitCode.USAGE, "--passphrase-stdin: cannot read stdin");
            }
        }
        String env = System.getenv(PASSPHRASE_ENV);
        return env == null || env.isEmpty() ? Optional.empty() : Optional.of(Secret.of(env));
    }
}
