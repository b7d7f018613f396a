package dev.bulwark.audit;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.Verifier;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.ssh.SshEndpoint;
import dev.bulwark.verify.waiver.Waivers;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
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

    /** Logs in, audits, logs out. A failed login (unreachable, host key, key refused) throws with what to fix. */
    public VerifyReport audit(HostLogin login, Optional<BlueprintSource> blueprint)
            throws HostLoginException, InterruptedException {
        try (SshRemoteShell shell = SshRemoteShell.connect(login, settings.commandTimeout)) {
            return audit(shell, login.endpoint(), blueprint);
        }
    }

    /** Audits through an open shell to the host at {@code endpoint}. */
    public VerifyReport audit(RemoteShell shell, SshEndpoint endpoint, Optional<BlueprintSource> blueprint)
            throws InterruptedException, HostLoginException {
        CommandRunner runner;
        try {
            runner = CommandRunner.open(shell, settings.commandTimeout);
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
        Verifier verifier = Verifier.builder().probes(probes).timeout(settings.timeout)
                .perCallTimeout(settings.commandTimeout).clock(settings.clock).waivers(settings.waivers)
                .maxConcurrency(MAX_CONCURRENT_COMMANDS).toolVersion(settings.toolVersion).build();
        VerifyTarget target = new VerifyTarget(URI.create("ssh://" + endpoint), Optional.of(endpoint.host()),
                settings.expectations);
        return verifier.verify(List.of(new TargetSpec(target, blueprint, Optional.empty()))).withCommand("audit-host");
    }

    /** Settings; all have defaults. */
    public static final class Builder {
        private HostLayout layout = HostLayout.defaults();
        private Expectations expectations = Expectations.defaults();
        private Optional<AgentAdvisories> advisories = Optional.empty();
        private Duration timeout = Duration.ofSeconds(60);
        private Duration commandTimeout = Duration.ofSeconds(20);
        private Clock clock = Clock.systemUTC();
        private Waivers waivers = Waivers.none();
        private String toolVersion = "dev";

        private Builder() {
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

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder waivers(Waivers waivers) {
            this.waivers = Objects.requireNonNull(waivers);
            return this;
        }

        public Builder toolVersion(String toolVersion) {
            this.toolVersion = Objects.requireNonNull(toolVersion);
            return this;
        }

        public HostAudit build() {
            return new HostAudit(this);
        }
    }
}
