package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lightsail's login is a private key plus a short-lived OpenSSH user certificate (GetInstanceAccessDetails
 * {@code privateKey} and {@code certKey}), so delivery must log in with the certificate: a real sshd that trusts
 * only a user CA (no authorized_keys at all) proves it, and that an expired certificate is refused.
 */
class JschCertificateLoginIT {
    private static final String KEY = "sk-ant-api03-DELIVERED-WITH-A-CERTIFICATE";

    @TempDir
    Path dir;

    private LoopbackSshd sshd;

    @BeforeEach
    void startSshdTrustingOnlyTheUserCa() throws Exception {
        sshd = LoopbackSshd.start(dir, List.of("TrustedUserCAKeys " + dir.resolve("ca.pub"),
                "AuthorizedKeysFile none"));
        LoopbackSshd.exec(LoopbackSshd.SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("ca").toString());
    }

    @AfterEach
    void stopSshd() throws InterruptedException {
        if (sshd != null) {
            sshd.close();
        }
    }

    /** A user key (Lightsail hands out RSA in PEM) and its certificate line, as {@code certKey} carries it. */
    private SshTarget signedLogin(String keyType, String validity) throws Exception {
        Path key = dir.resolve("login");
        LoopbackSshd.signedLogin(dir, keyType, validity);
        String user = System.getProperty("user.name");
        String certificate = Files.readString(dir.resolve("login-cert.pub")).strip();
        return new SshTarget("127.0.0.1", sshd.port(), user, sshd.pinned(sshd.hostPublicKey()),
                Secret.of(Files.readString(key)), Optional.of(certificate));
    }

    private JschCredentialDelivery delivery() throws Exception {
        String uid = new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip();
        String gid = new String(new ProcessBuilder("id", "-g").start().getInputStream().readAllBytes()).strip();
        return new JschCredentialDelivery(dir.resolve("credentials").toString(), uid + ":" + gid,
                "touch " + dir.resolve("restarted"), Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @CsvSource({"rsa", "ed25519"})
    void deliver_validUserCertificate_logsInAndWritesTheCredential(String keyType) throws Exception {
        SshTarget target = signedLogin(keyType, "+5m");

        delivery().deliver(target, Map.of("ANTHROPIC_API_KEY", Secret.of(KEY)));

        assertEquals(KEY, Files.readString(dir.resolve("credentials/ANTHROPIC_API_KEY")));
        assertTrue(Files.exists(dir.resolve("restarted")));
    }

    @ParameterizedTest
    @CsvSource({"rsa", "ed25519"})
    void deliver_expiredUserCertificate_refusedAndNothingWritten(String keyType) throws Exception {
        SshTarget target = signedLogin(keyType, "-20m:-10m");

        DeployException e = assertThrows(DeployException.class,
                () -> delivery().deliver(target, Map.of("ANTHROPIC_API_KEY", Secret.of(KEY))));

        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertFalse(e.getMessage().contains(KEY));
        assertFalse(Files.exists(dir.resolve("credentials")));
    }
}
