package dev.bulwark.blueprint;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes blueprint text to a real file and loads it through the public loader. */
final class Blueprints {
    /** The smallest valid blueprint: six lines, everything else defaulted. */
    static final List<String> MINIMAL = List.of(
            "name: openclaw-test",
            "region: us-east-1",
            "agent:",
            "  version: 2026.9.6",
            "domain:",
            "  name: agent.example.com");

    /** The checked-in default blueprint, relative to the module directory Surefire runs in. */
    static final Path DEFAULT = Path.of("..", "blueprints", "openclaw-instance.yaml");

    private Blueprints() {
    }

    /** MINIMAL followed by {@code extra} lines (which start at line 7). */
    static String minimalPlus(String... extra) {
        StringBuilder sb = new StringBuilder();
        MINIMAL.forEach(l -> sb.append(l).append('\n'));
        for (String l : extra) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static Path write(Path dir, String yaml) {
        return write(dir, yaml.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, byte[] content) {
        try {
            Path file = Files.createTempFile(dir, "blueprint", ".yaml");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Blueprint load(Path dir, String yaml) throws BlueprintException {
        return new BlueprintLoader().load(write(dir, yaml));
    }

    static BlueprintException failure(Path file) {
        return assertThrows(BlueprintException.class, () -> new BlueprintLoader().load(file));
    }

    static BlueprintException failure(Path dir, String yaml) {
        return failure(write(dir, yaml));
    }
}
