package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.secret.Secret;

import java.util.List;
import java.util.Optional;

/**
 * Where and as whom to deliver credentials, with the host keys pinned beforehand: the connection is refused
 * unless the server shows one of {@code knownHosts}.
 *
 * @param host        the instance's public address
 * @param port        the SSH port
 * @param user        the login user
 * @param knownHosts  OpenSSH known_hosts lines for exactly this host and port
 * @param privateKey  the login key (OpenSSH or PEM), a secret
 * @param certificate an OpenSSH user certificate for that key, when the login needs one
 */
public record SshTarget(String host, int port, String user, List<String> knownHosts, Secret privateKey,
                        Optional<String> certificate) {
    public SshTarget {
        knownHosts = List.copyOf(knownHosts);
        if (knownHosts.isEmpty()) {
            throw new IllegalArgumentException("no pinned host key for " + host + ": refusing to connect unverified");
        }
    }
}
