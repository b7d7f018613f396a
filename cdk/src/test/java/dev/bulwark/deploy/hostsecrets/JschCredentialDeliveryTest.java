package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lightsail.model.HostKeyAttributes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Credential delivery against a real OpenSSH server on loopback, host key pinned the way deploy pins it from
 * Lightsail's access details. Skipped with its reason where sshd or ssh-keygen is not installed.
 */
class JschCredentialDeliveryTest {
    private static final String KEY = "sk-ant-api03-DELIVERED-OVER-SSH";

    @TempDir
    Path dir;

    private Process sshd;
    private int port;
    private String hostPublicKey;
    private Secret userKey;

    @BeforeEach
    void startSshd() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/sshd")), "no /usr/sbin/sshd on this machine");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "no ssh-keygen on this machine");
        Path privsep = Path.of("/run/sshd");
        if (!Files.isDirectory(privsep)) {
            try {
                Files.createDirectories(privsep);
            } catch (IOException e) {
                assumeTrue(false, "sshd needs /run/sshd and it cannot be created here: " + e.getMessage());
            }
        }
        exec("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host").toString());
        exec("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("user").toString());
        hostPublicKey = Files.readString(dir.resolve("host.pub")).strip();
        userKey = Secret.of(Files.readString(dir.resolve("user")));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + dir.resolve("host"),
                "PidFile " + dir.resolve("sshd.pid"), "AuthorizedKeysFile " + dir.resolve("user.pub"),
                "PasswordAuthentication no", "KbdInteractiveAuthentication no", "PubkeyAuthentication yes",
                "StrictModes no", "UsePAM no", "LogLevel INFO", ""));
        sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString()).redirectErrorStream(true)
                .start();
        BufferedReader log = new BufferedReader(new InputStreamReader(sshd.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null && !line.contains("Server listening on")) {
            // sshd prints this once it accepts connections; anything before it is start-up noise
        }
        assumeTrue(line != null, "sshd did not start");
        Thread drain = new Thread(() -> log.lines().forEach(l -> { }), "sshd-log");
        drain.setDaemon(true);
        drain.start();
    }

    @AfterEach
    void stopSshd() throws InterruptedException {
        if (sshd != null) {
            sshd.destroy();
            sshd.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", command));
    }

    private SshTarget target(String pinnedKey) {
        String[] parts = pinnedKey.split(" ");
        List<String> knownHosts = HostKeyPins.knownHosts("127.0.0.1", port, List.of(HostKeyAttributes.builder()
                .algorithm(parts[0]).publicKey(parts[1]).build()));
        return new SshTarget("127.0.0.1", port, System.getProperty("user.name"), knownHosts, userKey,
                Optional.empty());
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
        exec("/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("other").toString());
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
