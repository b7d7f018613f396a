package dev.bulwark.cli.aws;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.cli.deploy.AwsOptions;
import dev.bulwark.cli.deploy.DeployEnvironment;
import dev.bulwark.cli.run.RunDeadline;
import dev.bulwark.cli.run.TimeoutOption;
import dev.bulwark.cli.run.WaitingFor;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.aws.AwsClients;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What deploy, status, destroy and tunnel begin with, in one place: the BLUEPRINT argument, the AWS options and
 * {@code --timeout}; then the blueprint loaded, the console on stderr, the AWS clients built with both API-call
 * timeouts from {@code --timeout}, and the body run within it (saying what it waits for after a few seconds).
 */
public final class AwsCommandOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "Blueprint YAML file.")
    private Path blueprintFile;

    @Mixin
    private AwsOptions aws;

    @Mixin
    private TimeoutOption timeout;

    private Blueprint blueprint;

    /** What a command does once its AWS clients are built. */
    @FunctionalInterface
    public interface Body<T> {
        T run(Blueprint blueprint, AwsClients clients, Console console) throws Exception;
    }

    /** The blueprint, loaded once (every problem at once, with file:line:column, as a usage error). */
    public Blueprint blueprint() {
        if (blueprint == null) {
            blueprint = new BlueprintLoader().load(blueprintFile);
        }
        return blueprint;
    }

    /** The blueprint file as given (or its default), for commands that print a follow-up command line. */
    public Path blueprintFile() {
        return blueprintFile;
    }

    public Duration timeout() {
        return timeout.get();
    }

    /** Runs {@code body} with the clients, bounded by {@code --timeout}. */
    public <T> T run(DeployEnvironment environment, Body<T> body) throws Exception {
        return run(environment, Duration.ZERO, body);
    }

    /** Same, with {@code grace} beyond {@code --timeout} (the tunnel closes itself at --timeout, then tidies up). */
    public <T> T run(DeployEnvironment environment, Duration grace, Body<T> body) throws Exception {
        Blueprint loaded = blueprint();
        Console console = environment.console().apply(spec.commandLine().getErr());
        AtomicBoolean started = new AtomicBoolean();
        WaitingFor startup = WaitingFor.whole("the AWS SDK clients to start", System.nanoTime());
        WaitingFor waits = atLeast -> (started.get() ? environment.waits() : startup).longerThan(atLeast);
        return new RunDeadline(timeout().plus(grace), spec.commandLine().getErr(), waits).run(() -> {
            try (AwsClients clients = environment.clients().apply(aws.settings(loaded, timeout()))) {
                started.set(true);
                return body.run(loaded, clients, console);
            }
        });
    }
}
