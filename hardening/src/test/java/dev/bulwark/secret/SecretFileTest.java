package dev.bulwark.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretFileTest {
    private static final String TOKEN = "s3cret-token-value-0123456789";

    @TempDir
    Path dir;

    @Test
    void read_ownerOnlyWithLineBreak_valueWithoutIt() throws IOException {
        Path file = write("rw-------", TOKEN + "\n");
        assertEquals(Secret.of(TOKEN), SecretFile.read(file, "--token-file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw----r--", "rw-rw-rw-", "rwx---r-x"})
    void read_readableByOthers_refusedWithoutTheValue(String permissions) throws IOException {
        Path file = write(permissions, TOKEN);
        SecretFile.InvalidSecretFileException e = assertThrows(SecretFile.InvalidSecretFileException.class,
                () -> SecretFile.read(file, "--token-file"));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    }

    @Test
    void read_emptyOrMissing_refused() throws IOException {
        Path empty = write("rw-------", "\n");
        assertTrue(assertThrows(SecretFile.InvalidSecretFileException.class,
                () -> SecretFile.read(empty, "--token-file")).getMessage().contains("empty"));
        assertTrue(assertThrows(SecretFile.InvalidSecretFileException.class,
                () -> SecretFile.read(dir.resolve("absent"), "--token-file")).getMessage().contains("does not exist"));
    }

    private Path write(String permissions, String content) throws IOException {
        Path file = Files.writeString(dir.resolve("token-" + permissions.hashCode()), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
