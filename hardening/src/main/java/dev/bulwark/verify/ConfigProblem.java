package dev.bulwark.verify;

import dev.bulwark.blueprint.SourceLocation;

/** One thing wrong in a verify configuration file (waivers, targets), with the place to fix it. */
public record ConfigProblem(SourceLocation location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
