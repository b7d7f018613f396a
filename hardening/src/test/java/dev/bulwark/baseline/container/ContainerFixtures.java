package dev.bulwark.baseline.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import dev.bulwark.blueprint.BlueprintLoader;

import java.nio.file.Path;

/** The shipped container-mode sample blueprint, as users start from it. */
final class ContainerFixtures {
    static final Path SAMPLE = Path.of("..", "blueprints", "openclaw-container.yaml");

    private ContainerFixtures() {
    }

    static Blueprint sample() {
        try {
            return new BlueprintLoader().load(SAMPLE);
        } catch (BlueprintException e) {
            throw new IllegalStateException("the sample container blueprint no longer loads: " + e.getMessage(), e);
        }
    }
}
