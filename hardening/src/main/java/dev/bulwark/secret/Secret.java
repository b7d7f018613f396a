package dev.bulwark.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A secret value that never shows itself by accident: {@link #toString()} is redacted, it is not a record
 * (records print their fields), and equality is constant-time. Read it with {@link #reveal()} only at the one
 * place it is meant to go (Secrets Manager, a systemd credential file).
 */
public final class Secret {
    private static final String REDACTED = "Secret[redacted]";
    private final char[] value;

    private Secret(char[] value) {
        this.value = value.clone();
    }

    public static Secret of(char[] value) {
        return new Secret(value);
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    public String reveal() {
        return new String(value);
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Overwrites the value in memory; the secret is empty afterwards. */
    public void destroy() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return REDACTED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && MessageDigest.isEqual(
                new String(value).getBytes(StandardCharsets.UTF_8),
                new String(other.value).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // never derive anything observable from the value
    }
}
