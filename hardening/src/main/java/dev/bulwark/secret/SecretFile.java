package dev.bulwark.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Reads a secret from a file the way ssh reads a private key: a file that its group or other users can read is
 * refused, because the secret in it must be treated as already leaked. The value is returned as a {@link Secret};
 * no message ever contains it.
 */
public final class SecretFile {
    private static final Set<PosixFilePermission> TOO_OPEN = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private SecretFile() {
    }

    /**
     * The file's content without its trailing line break.
     *
     * @throws InvalidSecretFileException when the file is missing, readable by others, or empty
     */
    public static Secret read(Path file, String what) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> open = posix.readAttributes().permissions();
                open.retainAll(TOO_OPEN);
                if (!open.isEmpty()) {
                    throw new InvalidSecretFileException(what + " " + file + " is accessible by other users ("
                            + open.stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList()
                            + "); treat the secret in it as leaked, rotate it, and keep the new one with `chmod 600 "
                            + file + "`");
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
                end--;
            }
            char[] chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes, 0, end)).array();
            java.util.Arrays.fill(bytes, (byte) 0);
            Secret secret = Secret.of(trim(chars));
            java.util.Arrays.fill(chars, '\0');
            if (secret.isEmpty()) {
                throw new InvalidSecretFileException(what + " " + file + " is empty; put the token on its first line");
            }
            return secret;
        } catch (NoSuchFileException e) {
            throw new InvalidSecretFileException(what + " " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidSecretFileException(what + " " + file + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** The decoder's array may be longer than its content (trailing NULs); cut at the first NUL. */
    private static char[] trim(char[] chars) {
        int n = 0;
        while (n < chars.length && chars[n] != '\0') {
            n++;
        }
        return java.util.Arrays.copyOf(chars, n);
    }

    /** A secret file that must not be used; the message says why and never shows the content. */
    public static final class InvalidSecretFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidSecretFileException(String message) {
            super(message);
        }
    }
}
