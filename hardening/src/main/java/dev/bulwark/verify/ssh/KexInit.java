package dev.bulwark.verify.ssh;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The algorithm lists an SSH server offers in its SSH_MSG_KEXINIT (RFC 4253 §7.1), exactly as sent.
 * Pseudo-algorithms that only signal extensions ({@code ext-info-s}, {@code kex-strict-s-v00@openssh.com}) stay in
 * {@link #kex()}; {@link SshAlgorithmPolicy} knows to ignore them.
 */
public record KexInit(List<String> kex, List<String> hostKeys, List<String> ciphersClientToServer,
                      List<String> ciphersServerToClient, List<String> macsClientToServer,
                      List<String> macsServerToClient, List<String> compressionClientToServer,
                      List<String> compressionServerToClient) {

    public KexInit {
        kex = List.copyOf(kex);
        hostKeys = List.copyOf(hostKeys);
        ciphersClientToServer = List.copyOf(ciphersClientToServer);
        ciphersServerToClient = List.copyOf(ciphersServerToClient);
        macsClientToServer = List.copyOf(macsClientToServer);
        macsServerToClient = List.copyOf(macsServerToClient);
        compressionClientToServer = List.copyOf(compressionClientToServer);
        compressionServerToClient = List.copyOf(compressionServerToClient);
    }

    /** A server offering the same lists in both directions, as OpenSSH does; for tests and examples. */
    public static KexInit symmetric(List<String> kex, List<String> hostKeys, List<String> ciphers, List<String> macs) {
        return new KexInit(kex, hostKeys, ciphers, ciphers, macs, macs, List.of("none"), List.of("none"));
    }

    /** Ciphers offered in either direction, in order, each once. */
    public List<String> ciphers() {
        return union(ciphersClientToServer, ciphersServerToClient);
    }

    /** MACs offered in either direction, in order, each once. */
    public List<String> macs() {
        return union(macsClientToServer, macsServerToClient);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
