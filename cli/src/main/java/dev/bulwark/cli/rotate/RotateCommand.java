package dev.bulwark.cli.rotate;

import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.aws.AwsCommandOptions;
import dev.bulwark.cli.deploy.DeployEnvironment;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.aws.Polling;
import dev.bulwark.deploy.hostsecrets.CredentialDelivery;
import dev.bulwark.deploy.hostsecrets.JschCredentialDelivery;
import dev.bulwark.deploy.rotate.GatewayCheck;
import dev.bulwark.deploy.rotate.GatewayTokenProof;
import dev.bulwark.deploy.rotate.RotateConfig;
import dev.bulwark.deploy.rotate.RotationResult;
import dev.bulwark.deploy.rotate.Rotator;
import dev.bulwark.secret.Secret;
import dev.bulwark.secret.SecretFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

/** {@code bulwark rotate}: parse, hand a {@link RotateConfig} to the {@link Rotator}, map its outcome. */
@Command(name = "rotate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Rotate the gateway token and prove from outside that the old one is dead.",
            "",
            "A new token (48 random bytes) becomes the secret's current version in Secrets Manager (the old one "
                    + "stays as AWSPREVIOUS) and is delivered as deploy does: instance mode over a just-in-time "
                    + "SSH window (port 22 open to --ssh-from alone) into the gateway's systemd credential, then a "
                    + "restart; container mode by a new deployment that reads the secret at start. Then the proof, "
                    + "in-process: one request with the new token (must be accepted) and one with the old (must be "
                    + "refused). The tokens never appear in argv, output or files.",
            "",
            "--provider-key NAME --from-file FILE stores a provider key you made at the provider (bulwark cannot "
                    + "make or revoke them), delivers it the same way and waits for the gateway; no outside proof "
                    + "is possible, and you must revoke the old key at the provider.",
            "",
            "Exit 0 proven (or, for a provider key, delivered); 1 the proof failed (the finding and the rollback "
                    + "command are printed); 2 usage, or no --yes without a terminal; 3 AWS, SSH or the gateway "
                    + "could not be reached, or the proof could not be made. See docs/rotate.md."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark rotate agent.yaml --ssh-from 198.51.100.7          # instance; asks first",
            "  bulwark rotate container.yaml --yes                        # container, CI",
            "  bulwark rotate agent.yaml --ssh-from 198.51.100.7 --rollback --yes",
            "  bulwark rotate agent.yaml --ssh-from 198.51.100.7 --provider-key anthropic \\",
            "    --from-file ~/.bulwark/anthropic.key                     # file mode 0600"})
@DefaultTimeout("30m")
public final class RotateCommand implements Callable<Integer> {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsCommandOptions aws;

    @Option(names = "--gateway-token", description = "Rotate the gateway token (the default).")
    private boolean gatewayToken;

    @Option(names = "--provider-key", paramLabel = "NAME",
            description = "Replace this provider's key (a `provider` of secrets.providerKeys, e.g. anthropic) "
                    + "instead of the gateway token.")
    private String providerKey;

    @Option(names = "--from-file", paramLabel = "FILE",
            description = "The new provider key, on the first line of a file readable only by you (refused "
                    + "otherwise, as ssh refuses a key file). Never pass a key as an argument.")
    private Path fromFile;

    @Option(names = "--rollback",
            description = "Make the previous version (AWSPREVIOUS) current again, deliver it and prove it.")
    private boolean rollback;

    @Option(names = {"-y", "--yes"}, description = "Change without asking (needed when not on a terminal).")
    private boolean yes;

    @Option(names = "--ssh-from", paramLabel = "ADDRESS",
            description = "Instance mode: your public IPv4 address. SSH (22) opens to it alone for the delivery "
                    + "(host key pinned from Lightsail) and closes right after. It must lie in admin.sshCidrs or "
                    + "admin.deployCidrs.")
    private String sshFrom;

    private final DeployEnvironment environment;
    private final CredentialDelivery credentials;
    private final BiFunction<URI, Duration, GatewayCheck> gateways;

    public RotateCommand() {
        this(DeployEnvironment.system(), JschCredentialDelivery.standard(),
                (url, ready) -> new GatewayTokenProof(url, ready, Optional.empty(), Sleeper.system()));
    }

    /** For tests: seam doubles of AWS, the host's credential delivery, and the gateway seen from outside. */
    public RotateCommand(DeployEnvironment environment, CredentialDelivery credentials,
                         BiFunction<URI, Duration, GatewayCheck> gateways) {
        this.environment = environment;
        this.credentials = credentials;
        this.gateways = gateways;
    }

    @Override
    public Integer call() throws Exception {
        if (gatewayToken && providerKey != null) {
            throw new UserException(ExitCode.USAGE, "--gateway-token and --provider-key each name what to rotate:"
                    + " give one");
        }
        if (fromFile != null && providerKey == null) {
            throw new UserException(ExitCode.USAGE, "--from-file holds a provider key: add --provider-key NAME");
        }
        aws.blueprint();
        Optional<Secret> value = Optional.ofNullable(fromFile).map(RotateCommand::read);
        try {
            Duration timeout = aws.timeout();
            return aws.run(environment, (blueprint, clients, console) -> {
                RotateConfig config = new RotateConfig(Optional.ofNullable(providerKey), value, rollback, yes,
                        Optional.ofNullable(sshFrom), timeout, rollbackCommand());
                Rotator rotator = new Rotator(clients, console, Clock.systemUTC(), Polling.every(POLL_INTERVAL),
                        credentials, url -> gateways.apply(url, timeout));
                return report(rotator.rotate(blueprint, config));
            });
        } finally {
            value.ifPresent(Secret::destroy);
        }
    }

    private int report(RotationResult result) {
        PrintWriter out = spec.commandLine().getOut();
        result.findings().forEach(f -> out.println(f.severity().label().toUpperCase(java.util.Locale.ROOT) + " "
                + f.ruleId() + ": " + f.title() + " (" + f.evidence() + ")"));
        out.println(result.message());
        out.flush();
        return switch (result.outcome()) {
            case PROVEN, DELIVERED -> ExitCode.OK.code();
            case FAILED -> ExitCode.FINDINGS.code();
            case NOT_PROVEN -> ExitCode.ENVIRONMENT.code();
        };
    }

    /** The command that undoes this run: the same blueprint, target and SSH address, with --rollback. */
    private String rollbackCommand() {
        return "bulwark rotate " + aws.blueprintFile() + (providerKey == null ? "" : " --provider-key " + providerKey)
                + (sshFrom == null ? "" : " --ssh-from " + sshFrom) + " --rollback --yes";
    }

    private static Secret read(Path file) {
        try {
            return SecretFile.read(file, "--from-file");
        } catch (SecretFile.InvalidSecretFileException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
    }
}
