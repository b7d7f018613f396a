package dev.bulwark.cli.status;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.deploy.AwsOptions;
import dev.bulwark.cli.deploy.DeployEnvironment;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.container.ContainerStatusReader;
import dev.bulwark.deploy.container.ContainerStatusReport;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.status.SecretAges;
import dev.bulwark.deploy.status.StatusReader;
import dev.bulwark.deploy.status.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code bulwark status}: what AWS has for a blueprint now. Reads only; changes nothing. */
@Command(name = "status",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Show a deployment as AWS has it now: stack state and resources, certificate validation, the "
                    + "instance firewall and IMDS setting as applied, and the last deploy and verify run from here.",
            "A container blueprint shows the service instead: state, power x scale, URL, public domain names, the "
                    + "current deployment, each container's image, ports and environment variable NAMES (never a "
                    + "value; credential-looking names are flagged), the certificate and the reader key serial.",
            "Reads only. Exit 0 when the stack exists, 3 when it does not or AWS cannot be asked."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark status my-agent.yaml",
            "  bulwark status my-agent.yaml --profile deployer",
            "  bulwark status my-container.yaml --format json"})
public final class StatusCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "Blueprint YAML file.")
    private Path blueprintFile;

    @Mixin
    private AwsOptions aws;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    private final DeployEnvironment environment;

    public StatusCommand() {
        this(DeployEnvironment.system());
    }

    public StatusCommand(DeployEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Blueprint blueprint = new BlueprintLoader().load(blueprintFile);
        boolean container = blueprint.mode() == Mode.CONTAINER;
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new UserException(ExitCode.USAGE, "--format " + format + " is not offered: use text or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AwsClients clients = environment.clients().apply(aws.settings(blueprint))) {
            new Preflight(clients, () -> { }, environment.console().apply(spec.commandLine().getErr())).identity();
            if (container) {
                ContainerStatusReport report = new ContainerStatusReader(clients, Clock.systemUTC())
                        .read(blueprint, Path.of(""));
                if ("json".equals(format)) {
                    out.println(report.toJson());
                } else {
                    report.render().forEach(out::println);
                    secretAges(clients, blueprint, report.deployed(), out);
                }
                out.flush();
                return report.deployed() ? ExitCode.OK.code() : ExitCode.ENVIRONMENT.code();
            }
            StatusReport report = new StatusReader(clients, Clock.systemUTC()).read(blueprint, Path.of(""));
            if ("json".equals(format)) {
                out.println(report.toJson());
            } else {
                report.render().forEach(out::println);
                secretAges(clients, blueprint, report.deployed(), out);
            }
            out.flush();
            return report.deployed() ? ExitCode.OK.code() : ExitCode.ENVIRONMENT.code();
        }
    }

    /** Text only: each secret's last change, and whether it is past {@code secrets.maxAgeDays}. */
    private static void secretAges(AwsClients clients, Blueprint blueprint, boolean deployed, PrintWriter out) {
        if (deployed) {
            new SecretAges(clients.secretsManager(), Clock.systemUTC()).lines(blueprint.secrets())
                    .forEach(out::println);
        }
    }
}
