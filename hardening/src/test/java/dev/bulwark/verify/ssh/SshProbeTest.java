package dev.bulwark.verify.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SSH probe against real SSH servers (Apache MINA SSHD) on loopback, each with chosen algorithms and methods. */
@Timeout(60)
class SshProbeTest {
    static final VerifyTarget TARGET = new VerifyTarget(URI.create("https://agent.example.com"), Optional.empty(),
            Expectations.defaults());

    static ProbeContext context() {
        return new ProbeContext(Deadline.after(Duration.ofSeconds(20)), Duration.ofSeconds(10), Optional.empty(),
                Clock.systemUTC());
    }

    static Map<String, Finding> findings(ProbeOutcome outcome) {
        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome::toString);
        return checked.findings().stream().collect(Collectors.toMap(Finding::ruleId, Function.identity()));
    }

    @Test
    void run_hardenedServer_findsNothingAndChecksEveryRule() throws Exception {
        try (EmbeddedSshServer server = EmbeddedSshServer.hardened().start()) {
            ProbeOutcome outcome = SshProbe.at(server.endpoint()).run(TARGET, context());

            assertEquals(Map.of(), findings(outcome));
            assertEquals(Set.of("SSH_BROKEN_ALGORITHMS", "SSH_NO_AUTHENTICATION", "SSH_PASSWORD_AUTH",
                    "SSH_TERRAPIN", "SSH_VERSION_DISCLOSED", "SSH_WEAK_ALGORITHMS", "SSH_WEAK_HOST_KEY"),
                    Set.copyOf(((ProbeOutcome.Checked) outcome).rulesChecked()));
            assertEquals(0, server.keyAttempts.get(), "the probe must not even offer a key");
        }
    }

    @Test
    void run_weakServerWithPasswords_reportsPasswordAndAlgorithmsWithoutSendingAPassword() throws Exception {
        try (EmbeddedSshServer server = EmbeddedSshServer.weak().start()) {
            Map<String, Finding> found = findings(SshProbe.at(server.endpoint()).run(TARGET, context()));

            assertEquals(Set.of("SSH_PASSWORD_AUTH", "SSH_WEAK_ALGORITHMS", "SSH_BROKEN_ALGORITHMS"), found.keySet());
            assertTrue(found.get("SSH_PASSWORD_AUTH").evidence().contains("password"));
            String broken = found.get("SSH_BROKEN_ALGORITHMS").evidence();
            for (String name : List.of("kex diffie-hellman-group1-sha1", "host key ssh-rsa", "cipher 3des-cbc",
                    "mac hmac-md5", "mac hmac-sha1")) {
                assertTrue(broken.contains(name), () -> name + " missing from: " + broken);
            }
            String weak = found.get("SSH_WEAK_ALGORITHMS").evidence();
            for (String name : List.of("kex ecdh-sha2-nistp256", "cipher aes128-cbc", "mac hmac-sha2-256")) {
                assertTrue(weak.contains(name), () -> name + " missing from: " + weak);
            }
            assertEquals("127.0.0.1:" + server.port(), found.get("SSH_PASSWORD_AUTH").target());
            assertEquals(0, server.passwordAttempts.get(), "the probe must never try a password");
        }
    }

    @Test
    void run_keyboardInteractiveOnly_reportsPasswordAuth() throws Exception {
        try (EmbeddedSshServer server = EmbeddedSshServer.hardened().keyboardInteractive(true).start()) {
            Map<String, Finding> found = findings(SshProbe.at(server.endpoint()).run(TARGET, context()));

            assertEquals(Set.of("SSH_PASSWORD_AUTH"), found.keySet());
            assertTrue(found.get("SSH_PASSWORD_AUTH").evidence().startsWith("offered to a stranger: keyboard-interactive"));
            assertEquals(0, server.passwordAttempts.get());
        }
    }

    @Test
    void run_chachaWithoutStrictKexIsNotFlaggedWhenServerSupportsStrictKex() throws Exception {
        try (EmbeddedSshServer server = EmbeddedSshServer.hardened()
                .ciphers(BuiltinCiphers.cc20p1305_openssh, BuiltinCiphers.aes256ctr).start()) {
            ProbeOutcome outcome = SshProbe.at(server.endpoint()).run(TARGET, context());

            assertEquals(Map.of(), findings(outcome), "MINA SSHD 2.15 offers kex-strict-s-v00@openssh.com");
        }
    }

    @Test
    void run_shortRsaHostKey_reportsItsSize() throws Exception {
        try (EmbeddedSshServer server = EmbeddedSshServer.hardened().rsaHostKeyBits(2048).start()) {
            Map<String, Finding> found = findings(SshProbe.at(server.endpoint()).run(TARGET, context()));

            assertEquals(Set.of("SSH_WEAK_HOST_KEY"), found.keySet());
            assertEquals("RSA host key of 2048 bits (at least 3072 wanted)", found.get("SSH_WEAK_HOST_KEY").evidence());
        }
    }

    @Test
    void run_closedPort_isUnreachableNeverAPass() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProbeOutcome outcome = SshProbe.at(new SshEndpoint("127.0.0.1", port)).run(TARGET, context());

        ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
        assertTrue(unreachable.reason().contains("connection refused"), unreachable.reason());
    }

    @Test
    void run_portSpeaksHttp_isUnreachableWithAReason() throws Exception {
        try (ServerSocket http = new ServerSocket(0)) {
            Thread answer = new Thread(() -> answerHttp(http));
            answer.setDaemon(true);
            answer.start();
            ProbeOutcome outcome = SshProbe.at(new SshEndpoint("127.0.0.1", http.getLocalPort())).run(TARGET, context());

            ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
            assertTrue(unreachable.reason().contains("does not speak SSH")
                    || unreachable.reason().contains("closed the connection"), unreachable.reason());
        }
    }

    @Test
    @Timeout(5) // a hang guard: the per-call cap is 10 s, so only the 0.7 s deadline can end this in time
    void run_serverThatNeverSpeaks_isUnreachableWithinTheDeadline() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accept = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    s.getInputStream().readAllBytes();
                } catch (IOException ignored) {
                    // the probe hangs up
                }
            });
            accept.setDaemon(true);
            accept.start();
            ProbeContext shortRun = new ProbeContext(Deadline.after(Duration.ofMillis(700)), Duration.ofSeconds(10),
                    Optional.empty(), Clock.systemUTC());

            ProbeOutcome outcome = SshProbe.at(new SshEndpoint("127.0.0.1", silent.getLocalPort())).run(TARGET,
                    shortRun);

            ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
            assertTrue(unreachable.reason().contains("timed out"), unreachable.reason());
        }
    }

    private static void answerHttp(ServerSocket http) {
        try (Socket s = http.accept(); OutputStream out = s.getOutputStream()) {
            out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
            // the test asserts on what the probe saw
        }
    }
}
