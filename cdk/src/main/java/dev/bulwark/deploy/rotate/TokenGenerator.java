package dev.bulwark.deploy.rotate;

import dev.bulwark.secret.Secret;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** New gateway tokens: 48 bytes from {@link SecureRandom} (more than the 32 the issue asks), URL-safe Base64. */
public final class TokenGenerator {
    static final int BYTES = 48;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenGenerator() {
    }

    public static Secret generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        byte[] encoded = Base64.getUrlEncoder().withoutPadding().encode(bytes);
        char[] chars = new char[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            chars[i] = (char) encoded[i];
        }
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(encoded, (byte) 0);
        Secret token = Secret.of(chars);
        Arrays.fill(chars, '\0');
        return token;
    }
}
