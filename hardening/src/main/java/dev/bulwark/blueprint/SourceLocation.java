package dev.bulwark.blueprint;

import java.nio.file.Path;

/** A place in a blueprint file, 1-based line and column. */
public record SourceLocation(Path file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
