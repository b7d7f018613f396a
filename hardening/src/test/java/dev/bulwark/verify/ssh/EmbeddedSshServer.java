package dev.bulwark.verify.ssh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * A real SSH server (Apache MINA SSHD) on a loopback port with the algorithms and auth methods a test chooses.
 * It counts every password and keyboard-interactive attempt, so a test can prove the probe never sent one.
 */
final class EmbeddedSshServer implements AutoCloseable {
    private static final KeyPairProvider HOST_KEYS = hostKeys(3072);

    final AtomicInteger passwordAttempts = new AtomicInteger();
    final AtomicInteger keyAttempts = new AtomicInteger();
    private final SshServer server;

    private EmbeddedSshServer(SshServer server) {
        this.server = server;
    }

    int port() {
        return server.getPort();
    }

    SshEndpoint endpoint() {
        return new SshEndpoint("127.0.0.1", port());
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** Public keys only, modern algorithms: what a hardened deployment offers. */
    static Builder hardened() {
        return new Builder()
                .kex(BuiltinDHFactories.curve25519, BuiltinDHFactories.dhg16_512)
                .signatures(BuiltinSignatures.rsaSHA512, BuiltinSignatures.rsaSHA256)
                .ciphers(BuiltinCiphers.aes256gcm, BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256ctr)
                .macs(BuiltinMacs.hmacsha512etm, BuiltinMacs.hmacsha256etm);
    }

    /** Passwords plus legacy algorithms: what a forgotten default server offers. */
    static Builder weak() {
        return new Builder()
                .kex(BuiltinDHFactories.curve25519, BuiltinDHFactories.ecdhp256, BuiltinDHFactories.dhg14,
                        BuiltinDHFactories.dhg1)
                .signatures(BuiltinSignatures.rsaSHA512, BuiltinSignatures.rsa)
                .ciphers(BuiltinCiphers.aes128ctr, BuiltinCiphers.aes128cbc, BuiltinCiphers.tripledescbc)
                .macs(BuiltinMacs.hmacsha256, BuiltinMacs.hmacsha1, BuiltinMacs.hmacmd5)
                .password(true);
    }

    static final class Builder {
        private final List<BuiltinDHFactories> kex = new ArrayList<>();
        private final List<BuiltinSignatures> signatures = new ArrayList<>();
        private final List<BuiltinCiphers> ciphers = new ArrayList<>();
        private final List<BuiltinMacs> macs = new ArrayList<>();
        private boolean password;
        private boolean keyboardInteractive;
        private KeyPairProvider hostKeys = HOST_KEYS;

        Builder kex(BuiltinDHFactories... factories) {
            kex.clear();
            kex.addAll(List.of(factories));
            return this;
        }

        Builder signatures(BuiltinSignatures... factories) {
            signatures.clear();
            signatures.addAll(List.of(factories));
            return this;
        }

        Builder ciphers(BuiltinCiphers... factories) {
            ciphers.clear();
            ciphers.addAll(List.of(factories));
            return this;
        }

        Builder macs(BuiltinMacs... factories) {
            macs.clear();
            macs.addAll(List.of(factories));
            return this;
        }

        Builder password(boolean on) {
            password = on;
            return this;
        }

        /** An RSA host key of this size instead of the shared 3072-bit one. */
        Builder rsaHostKeyBits(int bits) {
            hostKeys = hostKeys(bits);
            return this;
        }

        Builder keyboardInteractive(boolean on) {
            keyboardInteractive = on;
            return this;
        }

        EmbeddedSshServer start() throws IOException {
            SshServer sshd = SshServer.setUpDefaultServer();
            EmbeddedSshServer embedded = new EmbeddedSshServer(sshd);
            sshd.setHost("127.0.0.1");
            sshd.setPort(0);
            sshd.setKeyPairProvider(hostKeys);
            sshd.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(false, kex, ServerBuilder.DH2KEX));
            sshd.setSignatureFactories(new ArrayList<>(signatures));
            sshd.setCipherFactories(new ArrayList<>(ciphers));
            sshd.setMacFactories(new ArrayList<>(macs));
            sshd.setPublickeyAuthenticator((user, key, session) -> {
                embedded.keyAttempts.incrementAndGet();
                return false;
            });
            sshd.setPasswordAuthenticator(password ? (user, pass, session) -> {
                embedded.passwordAttempts.incrementAndGet();
                return false;
            } : null);
            sshd.setKeyboardInteractiveAuthenticator(keyboardInteractive ? countingKeyboard(embedded) : null);
            sshd.setGSSAuthenticator(null);
            sshd.setHostBasedAuthenticator(null);
            sshd.start();
            return embedded;
        }

        private static KeyboardInteractiveAuthenticator countingKeyboard(EmbeddedSshServer embedded) {
            return new org.apache.sshd.server.auth.keyboard.DefaultKeyboardInteractiveAuthenticator() {
                @Override
                public boolean authenticate(org.apache.sshd.server.session.ServerSession session, String username,
                                            List<String> responses) throws Exception {
                    embedded.passwordAttempts.incrementAndGet();
                    return false;
                }
            };
        }
    }

    private static KeyPairProvider hostKeys(int bits) {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider();
        provider.setAlgorithm("RSA");
        provider.setKeySize(bits);
        return provider;
    }
}
