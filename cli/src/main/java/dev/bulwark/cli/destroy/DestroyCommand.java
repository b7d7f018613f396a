package dev.bulwark.cli.destroy;

import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.aws.AwsCommandOptions;
import dev.bulwark.cli.deploy.DeployEnvironment;
import dev.bulwark.cli.run.DefaultTimeout;
import dev.bulwark.deploy.Sleeper;
import dev.bulwark.deploy.destroy.DestroyConfig;
import dev.bulwark.deploy.destroy.Destroyer;
import dev.bulwark.deploy.preflight.Preflight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code bulwark destroy}: parse, confirm through the {@link Destroyer}, map the outcome to an exit code. */
@Command(name = "destroy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Delete a deployment: a final instance snapshot first (unless --no-snapshot), then the stack; provider "
                    + "key secrets are scheduled for deletion with a recovery window; the key pair deploy made is "
                    + "removed. Prints what remains (snapshot, recoverable secrets, DNS records).",
            "A container blueprint has no instance: container services have no snapshots, so nothing is kept "
                    + "and --no-snapshot changes nothing.",
            "Asks you to type the blueprint name unless --yes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark destroy my-agent.yaml",
            "  bulwark destroy my-agent.yaml --yes --no-snapshot --recovery-window-days 7",
            "  bulwark destroy my-agent.yaml --yes --force-delete-secrets   # redeploy at once"})
@DefaultTimeout("45m")
public final class DestroyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AwsCommandOptions aws;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for the blueprint name (needed when not on a terminal).")
    private boolean yes;

    @Option(names = "--no-snapshot", description = "Delete without a final instance snapshot (container mode: "
            + "there is never one).")
    private boolean noSnapshot;

    @Option(names = "--recovery-window-days", paramLabel = "N", defaultValue = "30",
            description = "Days the provider key secrets stay recoverable, 7-30 (default: ${DEFAULT-VALUE}).")
    private int recoveryWindowDays;

    @Option(names = "--force-delete-secrets",
            description = "Delete the provider key secrets now, without a recovery window (also ones an earlier "
                    + "destroy scheduled), so the blueprint can be deployed again at once. The keys cannot be "
                    + "recovered; give them again with deploy --secrets-from.")
    private boolean forceDeleteSecrets;

    private final DeployEnvironment environment;

    public DestroyCommand() {
        this(DeployEnvironment.system());
    }

    public DestroyCommand(DeployEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        return aws.run(environment, (blueprint, clients, console) -> {
            new Preflight(clients, () -> { }, console).identity();
            new Destroyer(clients, console, Clock.systemUTC(), Sleeper.system(), Duration.ofSeconds(10))
                    .destroy(blueprint, new DestroyConfig(yes, !noSnapshot, recoveryWindowDays, Path.of(""),
                            aws.timeout(), forceDeleteSecrets));
            return ExitCode.OK.code();
        });
    }
}
