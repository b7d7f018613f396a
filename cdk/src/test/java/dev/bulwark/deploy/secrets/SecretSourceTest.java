package dev.bulwark.deploy.secrets;

import dev.bulwark.blueprint.Secrets;
import dev.bulwark.deploy.DeployException;
import dev.bulwark.secret.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretSourceTest {
    private static final List<Secrets.ProviderKey> KEYS = List.of(
            new Secrets.ProviderKey("anthropic", "a/anthropic", "ANTHROPIC_API_KEY"),
            new Secrets.ProviderKey("openai", "a/openai", "OPENAI_API_KEY"));
    private static final String A = "sk-ant-VALUE-ONE";
    private static final String O = "sk-proj-VALUE-TWO";

    @TempDir
    Path dir;

    private static Map<String, Secret> fromStdin(String text) {
        return SecretSource.stdin(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).read(KEYS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "anthropic=" + A + "\nopenai=" + O + "\n",
        "# keys\nOPENAI_API_KEY=" + O + "\n\nANTHROPIC_API_KEY=" + A + "\n",
        A + "\n" + O + "\n",
    })
    void read_stdinForms_oneSecretPerProvider(String input) {
        Map<String, Secret> values = fromStdin(input);

        assertEquals(A, values.get("anthropic").reveal());
        assertEquals(O, values.get("openai").reveal());
    }

    @Test
    void read_stdinMissingProvider_namesItNotTheOtherValue() {
        DeployException e = assertThrows(DeployException.class, () -> fromStdin("anthropic=" + A + "\n"));

        assertTrue(e.getMessage().contains("no key for openai"), e.getMessage());
        assertFalse(e.getMessage().contains(A));
    }

    @Test
    void read_stdinUnknownName_usageErrorWithoutValue() {
        DeployException e = assertThrows(DeployException.class,
                () -> fromStdin("anthropic=" + A + "\ngoogle=" + O + "\n"));

        assertEquals(DeployException.Kind.USAGE, e.kind());
        assertFalse(e.getMessage().contains(O));
    }

    @Test
    void read_environment_usesBlueprintEnvNames() {
        Map<String, Secret> values = SecretSource.environment(Map.of("ANTHROPIC_API_KEY", A, "OPENAI_API_KEY", O))
                .read(KEYS);

        assertEquals(A, values.get("anthropic").reveal());
        assertEquals(O, values.get("openai").reveal());
    }

    @Test
    void read_environmentMissingVariable_namesTheVariable() {
        DeployException e = assertThrows(DeployException.class,
                () -> SecretSource.environment(Map.of("ANTHROPIC_API_KEY", A)).read(KEYS));

        assertTrue(e.getMessage().contains("OPENAI_API_KEY"), e.getMessage());
    }

    @Test
    void read_privateFile_readsKeys() throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), "anthropic=" + A + "\nopenai=" + O + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertEquals(A, SecretSource.file(file).read(KEYS).get("anthropic").reveal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw----r--", "rw-r--r--"})
    void read_fileReadableByOthers_refusedWithChmodFix(String mode) throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), "anthropic=" + A + "\nopenai=" + O + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

        DeployException e = assertThrows(DeployException.class, () -> SecretSource.file(file).read(KEYS));

        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains(A));
    }
}
