package dev.bulwark.blueprint;

import java.nio.file.Path;

/**
 * Reads a YAML blueprint, refuses hostile input, validates every field and reports all problems at once.
 * (Implementation: issue #2, blueprint part.)
 */
public final class BlueprintLoader {
    public Blueprint load(Path file) throws BlueprintException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
