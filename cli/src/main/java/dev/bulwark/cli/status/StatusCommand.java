package dev.bulwark.cli.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.cli.aws.AwsCommandOptions;
import dev.bulwark.cli.deploy.DeployEnvironment;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.container.ContainerStatusReader;
import dev.bulwark.deploy.container.ContainerStatusReport;
import dev.bulwark.deploy.preflight.Preflight;
import dev.bulwark.deploy.status.SecretAges;
import dev.bulwark.deploy.status.SecretAges.SecretAge;
import dev.bulwark.deploy.status.StatusJson;
import dev.bulwark.deploy.status.StatusReader;
import dev.bulwark.deploy.status.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
            "  bulwark status my-container.yaml --format json",
            "  bulwark status my-agent.yaml --timeout 15s"})
@DefaultTimeout("60s")
public final class StatusCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsCommandOptions aws;

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
    public Integer call() throws Exception {
        aws.blueprint();
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new UserException(ExitCode.USAGE, "--format " + format + " is not offered: use text or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        return aws.run(environment, (blueprint, clients, console) -> {
            new Preflight(clients, () -> { }, console).identity();
            Reading reading = read(blueprint, clients);
            List<SecretAge> ages = reading.deployed()
                    ? new SecretAges(clients.secretsManager(), Clock.systemUTC()).read(blueprint.secrets()) : List.of();
            if ("json".equals(format)) {
                ObjectNode json = reading.json();
                if (reading.deployed()) {
                    SecretAges.addTo(json, ages);
                }
                out.println(StatusJson.write(json));
            } else {
                reading.text().forEach(out::println);
                if (reading.deployed()) {
                    SecretAges.lines(ages).forEach(out::println);
                }
            }
            out.flush();
            return reading.deployed() ? ExitCode.OK.code() : ExitCode.ENVIRONMENT.code();
        });
    }

    /** What the stack and the service or instance say, in both renderings. */
    private record Reading(ObjectNode json, List<String> text, boolean deployed) {
    }

    private static Reading read(Blueprint blueprint, AwsClients clients) {
        if (blueprint.mode() == Mode.CONTAINER) {
            ContainerStatusReport report = new ContainerStatusReader(clients, Clock.systemUTC())
                    .read(blueprint, Path.of(""));
            return new Reading(report.json(), report.render(), report.deployed());
        }
        StatusReport report = new StatusReader(clients, Clock.systemUTC()).read(blueprint, Path.of(""));
        return new Reading(report.json(), report.render(), report.deployed());
    }
}
