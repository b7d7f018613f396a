package dev.bulwark.cli.deploy;

import dev.bulwark.cli.aws.AwsCallWatch;
import dev.bulwark.cli.run.WaitingFor;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.AwsSettings;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What deploy, status, destroy and tunnel take from the machine: AWS clients, the console, stdin and the environment.
 * Tests hand in their own (seam doubles of the AWS clients, a scripted console) through {@code Main.run}'s factory.
 *
 * @param clients     builds the AWS clients for the settings the options resolve to
 * @param console     builds the console on the command's stderr
 * @param stdin       where {@code --secrets-from stdin} reads
 * @param environment where {@code --secrets-from env} reads
 * @param waits       which AWS call a slow run is waiting for (the real clients report their calls to it)
 */
public record DeployEnvironment(Function<AwsSettings, AwsClients> clients, Function<PrintWriter, Console> console,
                                InputStream stdin, Map<String, String> environment, WaitingFor waits) {

    /** Without a record of the calls in flight (seam doubles answer at once). */
    public DeployEnvironment(Function<AwsSettings, AwsClients> clients, Function<PrintWriter, Console> console,
                             InputStream stdin, Map<String, String> environment) {
        this(clients, console, stdin, environment, atLeast -> Optional.empty());
    }

    public static DeployEnvironment system() {
        AwsCallWatch watch = new AwsCallWatch();
        return new DeployEnvironment(settings -> AwsClients.create(settings, List.of(watch)), err ->
                new TerminalConsole(err, new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8)), TerminalConsole.detectInteractive()),
                System.in, System.getenv(), watch);
    }
}
