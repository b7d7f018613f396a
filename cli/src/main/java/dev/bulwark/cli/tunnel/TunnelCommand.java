package dev.bulwark.cli.tunnel;

import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.aws.AwsCommandOptions;
import dev.bulwark.cli.deploy.DeployEnvironment;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.deploy.hostsecrets.HostSecretDelivery;
import dev.bulwark.deploy.hostsecrets.PublicAddressLookup;
import dev.bulwark.deploy.tunnel.GatewayTunnel;
import dev.bulwark.deploy.tunnel.TunnelEnd;
import dev.bulwark.deploy.tunnel.TunnelSettings;
import dev.bulwark.blueprint.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code bulwark tunnel}: parse, run the {@link GatewayTunnel} until Ctrl-C, map the outcome to an exit code. */
@Command(name = "tunnel",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reach a gateway's Control UI without anything public: open SSH on the instance to your one address "
                    + "(a just-in-time window, as deploy does), log in with Lightsail's short-lived certificate and "
                    + "the host key Lightsail reported, and forward a port on your 127.0.0.1 to the gateway's "
                    + "loopback port. Prints the local URL.",
            "Ctrl-C, a lost connection or --timeout closes the forward and the SSH window again. The host firewall "
                    + "must admit your address (admin.sshCidrs or admin.deployCidrs). Instance mode only.",
            "Exits 0 after Ctrl-C or --timeout, 3 when the SSH connection was lost (the window is revoked all the "
                    + "same)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark tunnel blueprints/openclaw-instance.yaml",
            "  bulwark tunnel my-agent.yaml --ssh-from 198.51.100.7 --local-port 0 --timeout 30m"})
@DefaultTimeout("2h")
public final class TunnelCommand implements Callable<Integer> {
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(20);

    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsCommandOptions aws;

    @Option(names = "--ssh-from", paramLabel = "ADDRESS",
            description = "Your public IPv4 address; SSH is opened to it alone (/32). Without it, --ssh-from-url "
                    + "is asked.")
    private String sshFrom;

    @Option(names = "--ssh-from-url", paramLabel = "URL", defaultValue = "https://checkip.amazonaws.com/",
            description = "Plain-text \"what is my IP\" endpoint asked when --ssh-from is not given "
                    + "(default: ${DEFAULT-VALUE}).")
    private java.net.URI sshFromUrl;

    @Option(names = "--local-port", paramLabel = "PORT",
            description = "Port on 127.0.0.1 (default: the gateway's port, which a private gateway's allowed "
                    + "origins name; 0 picks a free one).")
    private Integer localPort;

    private final DeployEnvironment environment;

    public TunnelCommand() {
        this(DeployEnvironment.system());
    }

    public TunnelCommand(DeployEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (aws.blueprint().mode() == Mode.CONTAINER) {
            throw new UserException(ExitCode.USAGE, "a container service has no SSH: its gateway is reached through"
                    + " the service's public endpoint (access.allowCidrs), so there is nothing to tunnel to");
        }
        if (localPort != null && (localPort < 0 || localPort > 65535)) {
            throw new UserException(ExitCode.USAGE, "--local-port " + localPort + " is not 0-65535");
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            stop.countDown();
            awaitQuietly(closed);
        }, "bulwark-tunnel-close");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return aws.run(environment, CLOSE_GRACE, (blueprint, clients, console) -> {
                String from = HostSecretDelivery.singleAddressCidr(sshFrom != null ? sshFrom
                        : PublicAddressLookup.standard(sshFromUrl).detect());
                TunnelEnd end = new GatewayTunnel(clients.lightsail(), console).run(blueprint, new TunnelSettings(from,
                        localPort == null ? OptionalInt.empty() : OptionalInt.of(localPort), aws.timeout(),
                        TunnelSettings.SSH_PORT), stop, new CountDownLatch(1));
                return (end == TunnelEnd.CONNECTION_LOST ? ExitCode.ENVIRONMENT : ExitCode.OK).code();
            });
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for `closed`, counted down above
            }
        }
    }

    private static void awaitQuietly(CountDownLatch closed) {
        try {
            closed.await(CLOSE_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
