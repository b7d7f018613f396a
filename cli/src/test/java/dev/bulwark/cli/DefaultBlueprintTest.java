package dev.bulwark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Default blueprint paths from the repository root, on a real directory tree ({@code cd docs && ../bulwark plan}). */
class DefaultBlueprintTest {
    private static final String DEFAULT = "blueprints/openclaw-instance.yaml";

    @TempDir
    Path root;

    private Path checkout() throws Exception {
        Files.createDirectories(root.resolve("blueprints"));
        Files.writeString(root.resolve(DEFAULT), "name: x\n");
        return Files.createDirectories(root.resolve("docs/decisions"));
    }

    @Test
    void resolve_defaultRunBelowTheRoot_findsItAtTheRoot() throws Exception {
        Path below = checkout();
        assertEquals(root.resolve(DEFAULT), DefaultBlueprint.resolve(Path.of(DEFAULT), DEFAULT, below,
                Optional.empty()));
    }

    @Test
    void resolve_defaultRunOutsideTheCheckout_usesTheLaunchersCheckout(@TempDir Path elsewhere) throws Exception {
        checkout();
        assertEquals(root.resolve(DEFAULT), DefaultBlueprint.resolve(Path.of(DEFAULT), DEFAULT, elsewhere,
                Optional.of(root)));
    }

    @Test
    void resolve_aPathTheUserGave_isKeptAsGiven() throws Exception {
        Path below = checkout();
        assertEquals(Path.of("mine.yaml"), DefaultBlueprint.resolve(Path.of("mine.yaml"), DEFAULT, below,
                Optional.of(root)));
    }

    @Test
    void resolve_defaultFoundNowhere_isKeptSoTheLoaderNamesIt(@TempDir Path elsewhere) {
        assertEquals(Path.of(DEFAULT), DefaultBlueprint.resolve(Path.of(DEFAULT), DEFAULT, elsewhere,
                Optional.empty()));
    }
}
