package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Logging in with a pinned host key and running commands with deadlines, against a real SSH server on loopback. */
@Timeout(60)
class SshRemoteShellTest {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    LoopbackSshHost host;

    @BeforeEach
    void start() throws Exception {
        host = LoopbackSshHost.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    @Test
    void run_pinnedHostKey_runsTheCommandAndReturnsItsOutputAndStatus() throws Exception {
        try (SshRemoteShell shell = SshRemoteShell.connect(host.login(host.knownHosts), TIMEOUT)) {
            CommandResult ok = shell.run("printf 'a\\nb\\n'; echo oops >&2; exit 3", TIMEOUT);
            CommandResult missing = shell.run("no-such-tool-bulwark", TIMEOUT);

            assertEquals(new CommandResult(3, "a\nb\n", "oops\n", false, false), ok);
            assertEquals(CommandResult.NOT_FOUND, missing.exitStatus());
        }
    }

    @Test
    void connect_emptyKnownHosts_refusesBeforeAnyAuthentication() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty_known_hosts"), "");

        HostLoginException e = assertThrows(HostLoginException.class,
                () -> SshRemoteShell.connect(host.login(empty), TIMEOUT));

        assertEquals(HostLoginException.Kind.HOST_KEY, e.kind());
        assertEquals(0, host.authAttempts.get(), "no key may be offered to an unpinned host");
    }

    @Test
    void connect_differentPinnedKey_refusesAsPossibleManInTheMiddle() throws Exception {
        KeyPair other = KeyPair.genKeyPair(new JSch(), KeyPair.RSA, 3072);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        other.writePublicKey(line, "");
        String otherKey = line.toString().trim().split(" ")[1];
        Path wrong = Files.writeString(dir.resolve("wrong_known_hosts"),
                "[127.0.0.1]:" + host.endpoint().port() + " ssh-rsa " + otherKey + "\n");

        HostLoginException e = assertThrows(HostLoginException.class,
                () -> SshRemoteShell.connect(host.login(wrong), TIMEOUT));

        assertEquals(HostLoginException.Kind.HOST_KEY, e.kind());
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertEquals(0, host.authAttempts.get());
    }

    @Test
    void run_commandPastItsDeadline_isCutOffAndMarkedTimedOut() throws Exception {
        try (SshRemoteShell shell = SshRemoteShell.connect(host.login(host.knownHosts), TIMEOUT)) {
            CommandResult slow = shell.run("echo started; sleep 30", Duration.ofMillis(800));

            assertTrue(slow.timedOut());
            assertTrue(slow.problem("sleep").orElseThrow().contains("deadline"));
        }
    }

    @Test
    void run_hugeOutput_isCappedAndMarkedTruncated() throws Exception {
        try (SshRemoteShell shell = SshRemoteShell.connect(host.login(host.knownHosts), TIMEOUT)) {
            CommandResult big = shell.run("head -c 1000000 /dev/zero | tr '\\0' x", TIMEOUT);

            assertTrue(big.truncated());
            assertEquals(SshRemoteShell.OUTPUT_CAP, big.stdout().length());
        }
    }
}
