package dev.bulwark.blueprint;

import dev.bulwark.policy.HardeningPolicy;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Checks an OpenSSH public key line by decoding its blob, not just its prefix: the type inside must match,
 * RSA moduli must have at least 3072 bits, DSA is refused. Messages never quote the key.
 */
final class SshPublicKeys {
    /** The policy's {@code ssh.minRsaBits}, as for host keys. */
    static final int MIN_RSA_BITS = HardeningPolicy.defaults().ssh().minRsaBits();
    static final List<String> TYPES = List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp521", "ssh-rsa");
    private static final String GENERATE = "generate a key with `ssh-keygen -t ed25519` and paste the .pub line";

    private SshPublicKeys() {
    }

    static Optional<Violation> check(String line) {
        String trimmed = line.strip();
        if (trimmed.contains("\n") || trimmed.contains("\r")) {
            return Violation.of("must be a single line", "paste the one line of your .pub file");
        }
        if (trimmed.startsWith("---- BEGIN SSH2 PUBLIC KEY")) {
            return Violation.of("is in RFC 4716 (SSH2) format", "convert it with `ssh-keygen -i -f key.pub`");
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length < 2) {
            return Violation.of("is not an OpenSSH public key line", "expected `<type> <base64> [comment]`; "
                    + GENERATE);
        }
        String type = parts[0];
        if (type.equals("ssh-dss")) {
            return Violation.of("DSA (ssh-dss) keys are refused; OpenSSH has disabled them", GENERATE);
        }
        if (!TYPES.contains(type)) {
            return Violation.of("unsupported key type", "use one of " + String.join(", ", TYPES)
                    + (type.contains("=") || type.contains(",") ? "; remove authorized_keys options" : ""));
        }
        try {
            return checkBlob(type, ByteBuffer.wrap(Base64.getDecoder().decode(parts[1])));
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            return Violation.of("key data is not a valid " + type + " key", "copy the whole line of the .pub file");
        }
    }

    private static Optional<Violation> checkBlob(String type, ByteBuffer blob) {
        String inner = new String(field(blob), StandardCharsets.US_ASCII);
        if (!inner.equals(type)) {
            return Violation.of("key data is of a different type than the line says",
                    "copy the whole line of the .pub file unchanged");
        }
        if (type.equals("ssh-ed25519")) {
            return field(blob).length == 32 ? Optional.empty()
                    : Violation.of("key data is not a valid ssh-ed25519 key", "copy the whole line of the .pub file");
        }
        if (type.startsWith("ecdsa-")) {
            String curve = new String(field(blob), StandardCharsets.US_ASCII);
            boolean ok = type.endsWith(curve) && field(blob).length > 0;
            return ok ? Optional.empty()
                    : Violation.of("key data is not a valid " + type + " key", "copy the whole line of the .pub file");
        }
        field(blob); // public exponent
        int bits = new BigInteger(field(blob)).bitLength();
        return bits >= MIN_RSA_BITS ? Optional.empty()
                : Violation.of("RSA key has " + bits + " bits; at least " + MIN_RSA_BITS + " are required",
                "generate `ssh-keygen -t ed25519` (or `-t rsa -b 4096`)");
    }

    private static byte[] field(ByteBuffer blob) {
        int length = blob.getInt();
        if (length < 0 || length > blob.remaining()) {
            throw new IllegalArgumentException("truncated key blob");
        }
        byte[] bytes = new byte[length];
        blob.get(bytes);
        return bytes;
    }
}
