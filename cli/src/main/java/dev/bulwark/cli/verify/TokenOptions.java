package dev.bulwark.cli.verify;

import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.secret.Secret;
import dev.bulwark.secret.SecretFile;
import dev.bulwark.verify.token.TokenProbe;
import java.nio.file.Path;
import java.util.Optional;

/** {@code --token-file} and {@code --stale-token-file}: read (refusing files others can read) into the token probe. */
final class TokenOptions {
    private TokenOptions() {
    }

    /**
     * The token probe for this run, or empty without either option.
     *
     * @throws UserException (exit 2) for a file others can read, a missing or empty file, or more than one target
     */
    static Optional<TokenProbe> probe(Optional<Path> tokenFile, Optional<Path> staleTokenFile, int targets) {
        if (tokenFile.isEmpty() && staleTokenFile.isEmpty()) {
            return Optional.empty();
        }
        if (targets != 1) {
            throw new UserException(ExitCode.USAGE, "--token-file and --stale-token-file check one gateway; give "
                    + "exactly one URL (this run has " + targets + " targets), so each token is sent once");
        }
        try {
            Optional<Secret> current = tokenFile.map(f -> SecretFile.read(f, "--token-file"));
            Optional<Secret> stale = staleTokenFile.map(f -> SecretFile.read(f, "--stale-token-file"));
            return Optional.of(TokenProbe.of(current, stale));
        } catch (SecretFile.InvalidSecretFileException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage());
        }
    }
}
