package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import dev.bulwark.verify.ssh.SshEndpoint;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PinnedHostKeyTest {
    static final String RSA_BLOB = rsaBlob();

    static String rsaBlob() {
        try {
            return Base64.getEncoder().encodeToString(KeyPair.genKeyPair(new JSch(), KeyPair.RSA, 2048)
                    .getPublicKeyBlob());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void knownHostsLine_defaultPort_isHostAlgorithmKey() {
        PinnedHostKey key = new PinnedHostKey("ssh-rsa", RSA_BLOB);

        assertEquals("203.0.113.10 ssh-rsa " + RSA_BLOB, key.knownHostsLine(new SshEndpoint("203.0.113.10", 22)));
        assertEquals("[203.0.113.10]:2222 ssh-rsa " + RSA_BLOB,
                key.knownHostsLine(new SshEndpoint("203.0.113.10", 2222)));
    }

    @Test
    void new_blobOfAnotherAlgorithm_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PinnedHostKey("ssh-ed25519", RSA_BLOB));
    }

    @Test
    void new_notBase64_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PinnedHostKey("ssh-ed25519", "not base64!"));
    }

    @Test
    void new_lineBreakingAlgorithmName_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PinnedHostKey("ssh-rsa\n* ssh-rsa", RSA_BLOB));
    }
}
