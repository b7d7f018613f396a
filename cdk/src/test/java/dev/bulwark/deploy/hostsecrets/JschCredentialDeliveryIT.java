package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credential delivery against a real OpenSSH server on loopback, host key pinned the way deploy pins it from
 * Lightsail's access details. Skipped with its reason where sshd or ssh-keygen is not installed.
 */
class JschCredentialDeliveryIT {
    private static final String KEY = "sk-ant-api03-DELIVERED-OVER-SSH";

    @TempDir
    Path dir;

    private LoopbackSshd sshd;
    private String hostPublicKey;
    private Secret userKey;

    @BeforeEach
    void startSshd() throws Exception {
        sshd = LoopbackSshd.start(dir, List.of("AuthorizedKeysFile " + dir.resolve("user.pub")));
        exec(LoopbackSshd.SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("user").toString());
        hostPublicKey = sshd.hostPublicKey();
        userKey = Secret.of(Files.readString(dir.resolve("user")));
    }

    @AfterEach
    void stopSshd() throws InterruptedException {
        if (sshd != null) {
            sshd.close();
        }
    }

    private static void exec(String... command) throws Exception {
        LoopbackSshd.exec(command);
    }

    private SshTarget target(String pinnedKey) {
        return new SshTarget("127.0.0.1", sshd.port(), System.getProperty("user.name"), sshd.pinned(pinnedKey),
                userKey, Optional.empty());
    }

    private JschCredentialDelivery delivery() throws Exception {
        String uid = new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip();
        String gid = new String(new ProcessBuilder("id", "-g").start().getInputStream().readAllBytes()).strip();
        return new JschCredentialDelivery(dir.resolve("credentials").toString(), uid + ":" + gid,
                "touch " + dir.resolve("restarted"), Duration.ofSeconds(20));
    }

    @Test
    void deliver_pinnedHostKey_writes0400FilesAndRestarts() throws Exception {
        Map<String, Secret> credentials = new LinkedHashMap<>();
        credentials.put("ANTHROPIC_API_KEY", Secret.of(KEY));
        credentials.put("OPENCLAW_GATEWAY_TOKEN", Secret.of("token-123"));

        delivery().deliver(target(hostPublicKey), credentials);

        Path file = dir.resolve("credentials/ANTHROPIC_API_KEY");
        assertEquals(KEY, Files.readString(file));
        assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("token-123", Files.readString(dir.resolve("credentials/OPENCLAW_GATEWAY_TOKEN")));
        assertTrue(Files.exists(dir.resolve("restarted")), "the unit restart ran after the files were written");
    }

    @Test
    void deliver_hostKeyNotThePinnedOne_refusesBeforeSendingAnything() throws Exception {
        exec(LoopbackSshd.SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("other").toString());
        String otherKey = Files.readString(dir.resolve("other.pub")).strip();

        DeployException e = assertThrows(DeployException.class,
                () -> delivery().deliver(target(otherKey), Map.of("ANTHROPIC_API_KEY", Secret.of(KEY))));

        assertTrue(e.getMessage().contains("host key"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertFalse(Files.exists(dir.resolve("credentials")));
    }

    @Test
    void deliver_commandFailsOnHost_exitStatusAndNoValueInMessage() throws Exception {
        JschCredentialDelivery failing = new JschCredentialDelivery("/proc/bulwark-cannot-write-here",
                "0:0", "true", Duration.ofSeconds(20));

        DeployException e = assertThrows(DeployException.class,
                () -> failing.deliver(target(hostPublicKey), Map.of("ANTHROPIC_API_KEY", Secret.of(KEY))));

        assertTrue(e.getMessage().contains("failed (exit 1)"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void statusIn_markerLines_parsed() {
        assertEquals(0, JschCredentialDelivery.statusIn("out\nbulwark-exit:0\n"));
        assertEquals(3, JschCredentialDelivery.statusIn("bulwark-exit:3\n"));
        assertEquals(-1, JschCredentialDelivery.statusIn("connection dropped"));
    }
}
