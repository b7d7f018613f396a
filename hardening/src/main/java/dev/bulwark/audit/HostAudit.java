package dev.bulwark.audit;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.ReportSettingsBuilder;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.Verifier;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.ssh.SshEndpoint;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The host seen from inside: logs in with the deployer's key (host key pinned), runs a fixed list of read-only
 * commands, each with a deadline, and reports in the same findings model, formats and exit codes as verify.
 */
public final class HostAudit {
    /** Concurrent commands on the one session; well under OpenSSH's default MaxSessions of 10. */
    static final int MAX_CONCURRENT_COMMANDS = 4;
    private final Builder settings;

    private HostAudit(Builder settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The checks in report order; {@code advisories} adds HOST_AGENT_VULNERABLE. */
    public static List<HostCheck> checks(Optional<AgentAdvisories> advisories) {
        List<HostCheck> checks = new ArrayList<>(List.of(new SshdPasswordAuthCheck(), new SshdRootLoginCheck(),
                new SshdForwardingCheck(), new ProxyAllowlistCheck(),
                new GatewayLoopbackCheck(), new AgentUserCheck(), new FileModeCheck(), new TokenLengthCheck(),
                new FirewallPolicyCheck(), new UnattendedUpgradesCheck(), new UnitExposureCheck(),
                new AgentVersionPinnedCheck(), new OpenClawAuditCheck()));
        advisories.ifPresent(a -> checks.add(new AgentVulnerableCheck(a)));
        return List.copyOf(checks);
    }

    /** Every rule the host audit can report, for docs/rules.md. */
    public static List<RuleInfo> rules() {
        return checks(Optional.of(version -> List.of())).stream().map(HostCheck::rule).toList();
    }

    /**
     * Logs in, audits, logs out, all within {@code timeout}: the login gets at most the command timeout and the
     * checks get what remains. A host that cannot be reached or whose key does not match is a report with the
     * target not checked (exit 3, and a report file a CI upload finds); a key the user must fix (refused, or a
     * local file problem) throws.
     */
    public VerifyReport audit(HostLogin login, Optional<BlueprintSource> blueprint)
            throws HostLoginException, InterruptedException {
        long start = System.nanoTime();
        Duration loginTimeout = min(settings.commandTimeout, settings.timeout);
        SshRemoteShell connected;
        try {
            connected = SshRemoteShell.connect(login, loginTimeout);
        } catch (HostLoginException e) {
            if (e.kind() == HostLoginException.Kind.UNREACHABLE || e.kind() == HostLoginException.Kind.HOST_KEY) {
                return run(List.of(new LoginFailedProbe(e.getMessage())), login.endpoint(), blueprint,
                        remaining(start));
            }
            throw e;
        }
        try (SshRemoteShell shell = connected) {
            return audit(shell, login.endpoint(), blueprint, remaining(start));
        }
    }

    /** Audits through an open shell to the host at {@code endpoint}. */
    public VerifyReport audit(RemoteShell shell, SshEndpoint endpoint, Optional<BlueprintSource> blueprint)
            throws InterruptedException, HostLoginException {
        return audit(shell, endpoint, blueprint, settings.timeout);
    }

    private VerifyReport audit(RemoteShell shell, SshEndpoint endpoint, Optional<BlueprintSource> blueprint,
                               Duration budget) throws InterruptedException, HostLoginException {
        CommandRunner runner;
        try {
            runner = CommandRunner.open(shell, min(settings.commandTimeout, budget));
        } catch (IOException e) {
            throw new HostLoginException(HostLoginException.Kind.UNREACHABLE, "logged in to " + endpoint
                    + " but cannot run commands: " + Untrusted.text(String.valueOf(e.getMessage()), 200));
        }
        HostContext context = new HostContext(endpoint.toString(), settings.layout, settings.expectations,
                HardeningPolicy.defaults().gateway().minTokenLength());
        List<Probe> probes = new ArrayList<>();
        for (HostCheck check : checks(settings.advisories)) {
            probes.add(new HostCheckProbe(check, runner, context, settings.commandTimeout));
        }
        return run(probes, endpoint, blueprint, budget);
    }

    private VerifyReport run(List<Probe> probes, SshEndpoint endpoint, Optional<BlueprintSource> blueprint,
                             Duration budget) throws InterruptedException {
        Verifier verifier = Verifier.builder().probes(probes).timeout(budget)
                .perCallTimeout(min(settings.commandTimeout, budget)).reportSettingsOf(settings)
                .maxConcurrency(MAX_CONCURRENT_COMMANDS).build();
        VerifyTarget target = new VerifyTarget(URI.create("ssh://" + endpoint), Optional.of(endpoint.host()),
                settings.expectations);
        return verifier.verify(List.of(new TargetSpec(target, blueprint, Optional.empty()))).withCommand("audit-host");
    }

    /** What is left of {@code --timeout} since {@code startNanos}; never zero, so the verifier can still report. */
    private Duration remaining(long startNanos) {
        Duration left = settings.timeout.minusNanos(System.nanoTime() - startNanos);
        return left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stands in for every check when the login failed: one "could not look" for all their rules. */
    private final class LoginFailedProbe implements Probe {
        private final String reason;

        LoginFailedProbe(String reason) {
            this.reason = reason;
        }

        @Override
        public String id() {
            return "ssh-login";
        }

        @Override
        public List<RuleInfo> rules() {
            return checks(settings.advisories).stream().map(HostCheck::rule).toList();
        }

        @Override
        public ProbeOutcome run(VerifyTarget target, ProbeContext context) {
            return new ProbeOutcome.Unreachable(reason);
        }
    }

    /** Settings; all have defaults. The report's (clock, waivers, tool version) are inherited. */
    public static final class Builder extends ReportSettingsBuilder<Builder> {
        private HostLayout layout = HostLayout.defaults();
        private Expectations expectations = Expectations.defaults();
        private Optional<AgentAdvisories> advisories = Optional.empty();
        private Duration timeout = Duration.ofSeconds(60);
        private Duration commandTimeout = Duration.ofSeconds(20);

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder layout(HostLayout layout) {
            this.layout = Objects.requireNonNull(layout);
            return this;
        }

        public Builder expectations(Expectations expectations) {
            this.expectations = Objects.requireNonNull(expectations);
            return this;
        }

        /** The advisory catalog's view of agent versions; without it HOST_AGENT_VULNERABLE is not run. */
        public Builder advisories(AgentAdvisories advisories) {
            this.advisories = Optional.of(advisories);
            return this;
        }

        /** The whole audit's budget, login excluded. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** The deadline of each remote command (and of the login). */
        public Builder commandTimeout(Duration commandTimeout) {
            this.commandTimeout = Objects.requireNonNull(commandTimeout);
            return this;
        }

        public HostAudit build() {
            return new HostAudit(this);
        }
    }
}
