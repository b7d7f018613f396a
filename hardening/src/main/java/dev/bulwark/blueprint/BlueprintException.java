package dev.bulwark.blueprint;

import java.util.List;

/** A blueprint could not be read or is invalid; carries every problem found, not just the first. */
public final class BlueprintException extends SourceFileException {
    private static final long serialVersionUID = 1L;

    public BlueprintException(List<SourceProblem> problems) {
        super("blueprint", problems);
    }
}
