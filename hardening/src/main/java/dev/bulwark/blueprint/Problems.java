package dev.bulwark.blueprint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects errors and warnings while a blueprint is read, so the user sees all of them at once, in file order. */
final class Problems {
    private static final Comparator<BlueprintProblem> FILE_ORDER = Comparator
            .comparingInt((BlueprintProblem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    private final Path file;
    private final List<BlueprintProblem> errors = new ArrayList<>();
    private final List<BlueprintProblem> warnings = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    SourceLocation at(int line, int column) {
        return new SourceLocation(file, Math.max(1, line), Math.max(1, column));
    }

    void error(SourceLocation at, String path, String message, String hint) {
        errors.add(new BlueprintProblem(at, path, message, hint == null ? "" : hint));
    }

    void warning(SourceLocation at, String path, String message, String hint) {
        warnings.add(new BlueprintProblem(at, path, message, hint == null ? "" : hint));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<BlueprintProblem> errors() {
        return errors.stream().sorted(FILE_ORDER).toList();
    }

    List<BlueprintProblem> warnings() {
        return warnings.stream().sorted(FILE_ORDER).toList();
    }

    /** Stops reading: everything found so far plus this last, fatal problem. */
    BlueprintException fatal(SourceLocation at, String message, String hint) {
        error(at, "", message, hint);
        return failure();
    }

    BlueprintException failure() {
        return new BlueprintException(errors());
    }
}
