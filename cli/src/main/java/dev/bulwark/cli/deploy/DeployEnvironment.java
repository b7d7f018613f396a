package dev.bulwark.cli.deploy;

import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.aws.AwsClients;
import dev.bulwark.deploy.aws.AwsSettings;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;

/**
 * What deploy, status and destroy take from the machine: AWS clients, the console, stdin and the environment.
 * Tests hand in their own (seam doubles of the AWS clients, a scripted console) through {@code Main.run}'s factory.
 *
 * @param clients     builds the AWS clients for the settings the options resolve to
 * @param console     builds the console on the command's stderr
 * @param stdin       where {@code --secrets-from stdin} reads
 * @param environment where {@code --secrets-from env} reads
 */
public record DeployEnvironment(Function<AwsSettings, AwsClients> clients, Function<PrintWriter, Console> console,
                                InputStream stdin, Map<String, String> environment) {

    public static DeployEnvironment system() {
        return new DeployEnvironment(AwsClients::create, err -> new TerminalConsole(err,
                new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8)), TerminalConsole.detectInteractive()),
                System.in, System.getenv());
    }
}
