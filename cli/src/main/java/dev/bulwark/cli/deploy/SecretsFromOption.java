package dev.bulwark.cli.deploy;

import dev.bulwark.deploy.secrets.SecretSource;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/** {@code --secrets-from stdin|env|FILE}: where provider keys come from; never their values on the command line. */
final class SecretsFromOption {
    private SecretsFromOption() {
    }

    static SecretSource resolve(String value, InputStream stdin, Map<String, String> environment) {
        return switch (value) {
            case "stdin", "-" -> SecretSource.stdin(stdin);
            case "env" -> SecretSource.environment(environment);
            default -> SecretSource.file(Path.of(value));
        };
    }
}
