package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.baseline.ssh.LightsailLogin;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 item 1: deploy logs in as the user {@code GetInstanceAccessDetails} names, with a certificate Lightsail's
 * RSA CA signed with SHA-1 ({@code ssh-keygen -s CA -t ssh-rsa}, as Lightsail signs). A real sshd runs the host
 * baseline's rendered drop-in (host keys aside) and trusts only the test CA, so these prove the drop-in admits
 * exactly that login, and that the drop-in as it was (no {@code ssh-rsa} for Lightsail's user, or only the admin
 * user allowed) refuses it. The user Lightsail names is played by the account running the test, which is the only
 * one sshd can log in here; as root, {@code PermitRootLogin yes} comes before the drop-in (first value wins).
 */
class LightsailLoginTest {
    private static final String KEY = "sk-ant-api03-DELIVERED-AS-LIGHTSAILS-USER";
    private static final String LOGIN = System.getProperty("user.name");

    @TempDir
    Path dir;

    private LoopbackSshd sshd;

    @AfterEach
    void stopSshd() throws InterruptedException {
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    void deliver_sha1SignedCertificateForLightsailsUser_logsInThroughTheDropIn() throws Exception {
        SshTarget target = startWith(new LightsailLogin(LOGIN, "ssh-rsa"), "ops");

        delivery().deliver(target, Map.of("ANTHROPIC_API_KEY", Secret.of(KEY)));

        assertEquals(KEY, Files.readString(dir.resolve("credentials/ANTHROPIC_API_KEY")));
    }

    @Test
    void deliver_dropInWithoutSha1ForLightsailsUser_refused() throws Exception {
        // The baseline before the fix: Lightsail's user allowed, but only the hardened CA list (no ssh-rsa).
        SshTarget target = startWith(new LightsailLogin(LOGIN, "rsa-sha2-512"), "ops");

        assertRefused(target);
    }

    @Test
    void deliver_lightsailUserNotTheOneAllowed_refused() throws Exception {
        // AllowUsers names the admin and Lightsail's user (here "ubuntu"); the certificate's user is neither.
        SshTarget target = startWith(LightsailLogin.UBUNTU, "ops");

        assertRefused(target);
    }

    private void assertRefused(SshTarget target) throws Exception {
        DeployException e = assertThrows(DeployException.class,
                () -> delivery().deliver(target, Map.of("ANTHROPIC_API_KEY", Secret.of(KEY))));
        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertFalse(e.getMessage().contains(KEY));
        assertFalse(Files.exists(dir.resolve("credentials")));
    }

    /** Starts sshd with the rendered drop-in and returns a login as Lightsail hands it out (RSA key in PEM + cert). */
    private SshTarget startWith(LightsailLogin lightsail, String adminUser) throws Exception {
        List<String> lines = LoopbackSshd.renderedBaseline(dir, dir.resolve("ca.pub"), lightsail, adminUser, 18789);
        sshd = LoopbackSshd.start(dir, lines);
        LoopbackSshd.exec(LoopbackSshd.SSH_KEYGEN, "-q", "-t", "rsa", "-b", "3072", "-N", "", "-f",
                dir.resolve("ca").toString());
        Path key = dir.resolve("login");
        LoopbackSshd.exec(LoopbackSshd.SSH_KEYGEN, "-q", "-t", "rsa", "-b", "3072", "-m", "PEM", "-N", "", "-f",
                key.toString());
        LoopbackSshd.exec(LoopbackSshd.SSH_KEYGEN, "-q", "-s", dir.resolve("ca").toString(), "-t", "ssh-rsa",
                "-I", "lightsail-like", "-n", LOGIN, "-V", "+5m", key + ".pub");
        String certificate = Files.readString(dir.resolve("login-cert.pub")).strip();
        assertTrue(certificate.startsWith("ssh-rsa-cert-v01@openssh.com "), certificate);
        return new SshTarget("127.0.0.1", sshd.port(), LOGIN, sshd.pinned(sshd.hostPublicKey()),
                Secret.of(Files.readString(key)), Optional.of(certificate));
    }

    private JschCredentialDelivery delivery() throws Exception {
        String uid = new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip();
        String gid = new String(new ProcessBuilder("id", "-g").start().getInputStream().readAllBytes()).strip();
        return new JschCredentialDelivery(dir.resolve("credentials").toString(), uid + ":" + gid,
                "true", Duration.ofSeconds(20));
    }
}
