package dev.bulwark.audit;

import dev.bulwark.secret.Secret;
import dev.bulwark.verify.ssh.SshEndpoint;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the audit logs in: the deployer's key (a file path, never the key itself) and the known_hosts file that pins
 * the host's key. There is no way to turn host-key checking off.
 *
 * @param passphrase for an encrypted key; from an environment variable or stdin, never from argv
 */
public record HostLogin(SshEndpoint endpoint, String user, Path identity, Path knownHosts,
                        Optional<Secret> passphrase) {
}
