package dev.bulwark.cli.deploy;

import dev.bulwark.cdk.synth.NodeRuntime;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.SeverityOption;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.aws.AwsCommandOptions;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.cli.verify.EndpointVerification;
import dev.bulwark.deploy.CdkStackSynthesis;
import dev.bulwark.deploy.DeployConfig;
import dev.bulwark.deploy.DeployResult;
import dev.bulwark.deploy.Deployer;
import dev.bulwark.deploy.EndpointVerifier;
import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.StackSynthesis;
import dev.bulwark.deploy.hostsecrets.JschCredentialDelivery;
import dev.bulwark.deploy.hostsecrets.PublicAddressLookup;
import dev.bulwark.findings.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code bulwark deploy}: parse the options, hand them to the {@link Deployer}, map its outcome to an exit code. */
@Command(name = "deploy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Deploy a blueprint to AWS Lightsail, hardened, and verify it from outside.",
            "",
            "Preflight (credentials, caller identity, region, bundle, Node.js), synthesis with the rule packs, a "
                    + "CloudFormation change set shown as a diff and confirmed (unless --yes), live stack events, "
                    + "the certificate's DNS validation (records printed, or created in a Lightsail DNS zone or "
                    + "Route 53 hosted zone of this account), attach + HTTPS redirect, provider keys into Secrets "
                    + "Manager, IMDSv2 and IPv4-only, then verify. Running it again resumes where it stopped; an "
                    + "unchanged blueprint is a no-op. See docs/deploy.md.",
            "",
            "A blueprint with `mode: container` deploys a Lightsail container service instead: images pinned by "
                    + "digest (a placeholder digest is refused), the custom domain attached once its certificate is "
                    + "issued, a wait until the service's deployment is active, then verify on the service URL and "
                    + "every custom domain. No SSH. See docs/containers.md."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark deploy agent.yaml                     # asks before changing anything",
            "  bulwark deploy agent.yaml --secrets-from keys.env     # NAME=value, mode 0600",
            "  printf 'anthropic=%%s\\n' \"$KEY\" | \\",
            "    bulwark deploy agent.yaml --secrets-from stdin --yes",
            "  bulwark deploy agent.yaml --yes --secrets-from env    # CI",
            "  bulwark deploy agent.yaml --ssh-from 198.51.100.7     # deliver keys to host",
            "  bulwark deploy agent.yaml --endpoint-url http://localhost:4566  # LocalStack",
            "  bulwark deploy container.yaml --rotate-reader-key --yes      # container mode",
            "",
            "Exit 3 also when the certificate still awaits DNS validation after",
            "--certificate-wait: create the printed CNAME records and run it again."})
@DefaultTimeout("2h")
public final class DeployCommand implements Callable<Integer> {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsCommandOptions aws;

    @Option(names = {"-y", "--yes"}, description = "Execute change sets without asking (needed when not on a terminal).")
    private boolean yes;

    @Option(names = "--secrets-from", paramLabel = "stdin|env|FILE",
            description = "Where the provider keys come from: stdin (NAME=value lines, or one value per provider in "
                    + "blueprint order), env (the blueprint's `env` names) or a FILE readable only by you. Never "
                    + "pass a key as an argument.")
    private String secretsFrom;

    @Option(names = "--ssh-from", paramLabel = "ADDRESS",
            description = "Your public IPv4 address. SSH (22) opens to it alone, only when the credentials must be "
                    + "delivered to the host (host key pinned from Lightsail), and closes right after. It must lie "
                    + "in admin.sshCidrs or admin.deployCidrs. Without it, deploy asks --ssh-from-url.")
    private String sshFrom;

    @Option(names = "--ssh-from-url", paramLabel = "URL", defaultValue = "https://checkip.amazonaws.com/",
            description = "Plain-text \"what is my IP\" endpoint asked when --ssh-from is not given; its reply must "
                    + "be one address (default: ${DEFAULT-VALUE}).")
    private URI sshFromUrl;

    @Option(names = "--certificate-wait", paramLabel = "DURATION", defaultValue = "15m",
            converter = DurationOption.class,
            description = "How long to wait for the certificate's DNS validation before stopping resumably "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration certificateWait;

    @Option(names = "--stack-timeout", paramLabel = "DURATION", defaultValue = "45m", converter = DurationOption.class,
            description = "How long to follow one stack operation (default: ${DEFAULT-VALUE}).")
    private Duration stackTimeout;

    @Option(names = "--no-verify", description = "Skip the final verify run (exit code then ignores verify).")
    private boolean noVerify;

    @Option(names = "--rotate-reader-key",
            description = "Container mode: replace the gateway's secret-reader access key (new key, new container "
                    + "deployment, old key deleted). The serial is kept in .bulwark/<name>/deploy-state.json.")
    private boolean rotateReaderKey;

    @Option(names = "--replace-instance",
            description = "Instance mode: when the host baseline changed (agent version, host firewall, sshd, ...), "
                    + "replace the instance with one built from it: the old one is snapshotted first, the static IP "
                    + "and the load balancer move to the new one. Without it deploy asks on a terminal and stops "
                    + "with exit 2 elsewhere.")
    private boolean replaceInstance;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "medium",
            converter = SeverityOption.class, completionCandidates = SeverityOption.class,
            description = "Rule findings at or above this block the deploy, and verify findings at or above it exit 1: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Severity failOn;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cdk.out",
            description = "Where to write the synthesized templates (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    private final DeployEnvironment environment;
    private final StackSynthesis synthesis;

    public DeployCommand() {
        this(DeployEnvironment.system(), null);
    }

    /** For tests: seam doubles of AWS and, when non-null, a synthesis other than the CDK's. */
    public DeployCommand(DeployEnvironment environment, StackSynthesis synthesis) {
        this.environment = environment;
        this.synthesis = synthesis;
    }

    @Override
    public Integer call() throws Exception {
        aws.blueprint();
        DeployConfig config = new DeployConfig(outDir, Path.of(""), yes,
                Optional.ofNullable(secretsFrom).map(s -> SecretsFromOption.resolve(s, environment.stdin(),
                        environment.environment())),
                certificateWait, stackTimeout, !noVerify, failOn, Optional.ofNullable(sshFrom),
                sshFrom != null ? Optional.empty() : Optional.of(PublicAddressLookup.standard(lookupUrl())),
                rotateReaderKey, replaceInstance);
        return aws.run(environment, (blueprint, clients, console) -> {
            Deployer deployer = new Deployer(clients, console, Clock.systemUTC(), Sleeper.system(),
                    () -> NodeRuntime.fromEnvironment().check(),
                    synthesis != null ? synthesis : CdkStackSynthesis.create(), verifier(),
                    WaiterOverrideConfiguration.builder().waitTimeout(Duration.ofMinutes(5)).build(), POLL_INTERVAL,
                    JschCredentialDelivery.standard());
            return exitCode(deployer.deploy(blueprint, config));
        });
    }

    private URI lookupUrl() {
        String scheme = sshFromUrl.getScheme();
        if (!sshFromUrl.isAbsolute() || sshFromUrl.getHost() == null
                || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new UserException(ExitCode.USAGE, "--ssh-from-url '" + sshFromUrl + "' is not an http(s) URL:"
                    + " give one like https://checkip.amazonaws.com/, or pass --ssh-from YOUR.PUBLIC.IP");
        }
        return sshFromUrl;
    }

    private int exitCode(DeployResult result) {
        if (result.pending()) {
            throw new UserException(ExitCode.ENVIRONMENT, "the certificate for " + result.endpoint() + " is still"
                    + " awaiting DNS validation: create the CNAME records printed above, then run the same command"
                    + " again to resume");
        }
        return result.verifyExit().orElse(ExitCode.OK.code());
    }

    /** The verify engine, so deploy's report and exit code are verify's. */
    private EndpointVerifier verifier() {
        return EndpointVerification.standard(failOn, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
