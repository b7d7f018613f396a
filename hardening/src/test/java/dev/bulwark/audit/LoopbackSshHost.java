package dev.bulwark.audit;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import dev.bulwark.verify.ssh.SshEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.shell.ProcessShellFactory;

/**
 * A real SSH server (Apache MINA SSHD) on loopback that runs each exec request with {@code /bin/sh -c} on this
 * machine, accepts exactly one generated user key, and writes a known_hosts file pinning its host key.
 */
final class LoopbackSshHost implements AutoCloseable {
    final AtomicInteger authAttempts = new AtomicInteger();
    final Path identity;
    final Path knownHosts;
    private final SshServer server;
    private final KeyPairProvider hostKeys;

    private LoopbackSshHost(SshServer server, KeyPairProvider hostKeys, Path identity, Path knownHosts) {
        this.server = server;
        this.hostKeys = hostKeys;
        this.identity = identity;
        this.knownHosts = knownHosts;
    }

    static LoopbackSshHost start(Path dir) throws Exception {
        JSch jsch = new JSch();
        KeyPair user = KeyPair.genKeyPair(jsch, KeyPair.RSA, 3072);
        Path identity = dir.resolve("id_rsa");
        user.writePrivateKey(identity.toString());
        String authorized = "ssh-rsa " + Base64.getEncoder().encodeToString(user.getPublicKeyBlob());

        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider();
        hostKeys.setAlgorithm("RSA");
        hostKeys.setKeySize(3072);
        SshServer sshd = SshServer.setUpDefaultServer();
        Path knownHosts = dir.resolve("known_hosts");
        LoopbackSshHost host = new LoopbackSshHost(sshd, hostKeys, identity, knownHosts);
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(hostKeys);
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator((name, key, session) -> {
            host.authAttempts.incrementAndGet();
            return authorized.equals(PublicKeyEntry.toString(key));
        });
        sshd.setCommandFactory((channel, command) ->
                new ProcessShellFactory(command, "/bin/sh", "-c", command).createShell(channel));
        sshd.start();
        Files.writeString(knownHosts, host.knownHostsLine() + "\n");
        return host;
    }

    SshEndpoint endpoint() {
        return new SshEndpoint("127.0.0.1", server.getPort());
    }

    HostLogin login(Path knownHostsFile) {
        return new HostLogin(endpoint(), "auditor", identity, knownHostsFile, Optional.empty());
    }

    /** {@code [127.0.0.1]:PORT ssh-rsa AAAA...}: the line ssh-keyscan would print. */
    String knownHostsLine() throws IOException {
        try {
            java.security.KeyPair key = hostKeys.loadKeys(null).iterator().next();
            return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
