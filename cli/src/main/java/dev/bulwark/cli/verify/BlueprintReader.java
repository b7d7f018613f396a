package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintException;
import java.nio.file.Path;

/** Loads a blueprint; the command uses {@code BlueprintLoader}, tests hand in blueprints they built. */
@FunctionalInterface
interface BlueprintReader {
    Blueprint load(Path file) throws BlueprintException;
}
