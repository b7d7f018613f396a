package dev.bulwark.audit;

import dev.bulwark.verify.ssh.SshEndpoint;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A host key from a trusted channel — Lightsail's {@code GetInstanceAccessDetails} returns each as
 * {@code hostKeys[].algorithm} and {@code hostKeys[].publicKey} — turned into the known_hosts line the audit pins.
 * The key blob is checked to really be a key of the stated algorithm before anything trusts it.
 */
public record PinnedHostKey(String algorithm, String publicKeyBase64) {
    private static final Pattern ALGORITHM = Pattern.compile("[a-z0-9@.-]{3,64}");

    public PinnedHostKey {
        if (algorithm == null || !ALGORITHM.matcher(algorithm).matches()) {
            throw new IllegalArgumentException("'" + algorithm + "' is not an SSH key algorithm name");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(publicKeyBase64 == null ? "" : publicKeyBase64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + algorithm + " host key is not base64");
        }
        if (!blobAlgorithm(blob).equals(algorithm)) {
            throw new IllegalArgumentException("the host key blob says '" + blobAlgorithm(blob) + "', not '"
                    + algorithm + "'; refusing to pin a key that does not match its label");
        }
        publicKeyBase64 = publicKeyBase64.trim();
    }

    /**
     * {@code 203.0.113.10 ssh-ed25519 AAAA...}, or {@code [host]:2222 ...} for another port; the form OpenSSH and
     * JSch look a host up by.
     */
    public String knownHostsLine(SshEndpoint endpoint) {
        String host = endpoint.port() == SshEndpoint.DEFAULT_PORT ? endpoint.host()
                : "[" + endpoint.host() + "]:" + endpoint.port();
        return host + " " + algorithm + " " + publicKeyBase64;
    }

    /** The SSH wire-format key starts with its algorithm name as a length-prefixed string (RFC 4253 §6.6). */
    private static String blobAlgorithm(byte[] blob) {
        if (blob.length < 4) {
            return "";
        }
        int length = ByteBuffer.wrap(blob, 0, 4).getInt();
        if (length <= 0 || length > 64 || length > blob.length - 4) {
            return "";
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII);
    }
}
