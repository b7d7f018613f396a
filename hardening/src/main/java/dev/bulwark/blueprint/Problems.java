package dev.bulwark.blueprint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects errors and warnings while a user's YAML file (blueprint, targets, waivers) is read, so the user sees all
 * of them at once, in file order.
 */
public final class Problems {
    private static final java.util.Comparator<SourceProblem> FILE_ORDER = SourceFileException.FILE_ORDER;

    private final Path file;
    private final List<SourceProblem> errors = new ArrayList<>();
    private final List<SourceProblem> warnings = new ArrayList<>();

    public Problems(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public SourceLocation at(int line, int column) {
        return new SourceLocation(file, Math.max(1, line), Math.max(1, column));
    }

    public void error(SourceLocation at, String path, String message, String hint) {
        errors.add(new SourceProblem(at, path, message, hint == null ? "" : hint));
    }

    public void warning(SourceLocation at, String path, String message, String hint) {
        warnings.add(new SourceProblem(at, path, message, hint == null ? "" : hint));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<SourceProblem> errors() {
        return errors.stream().sorted(FILE_ORDER).toList();
    }

    public List<SourceProblem> warnings() {
        return warnings.stream().sorted(FILE_ORDER).toList();
    }

    /** Stops reading: everything found so far plus this last, fatal problem. */
    public SourceFileException fatal(SourceLocation at, String message, String hint) {
        error(at, "", message, hint);
        return failure();
    }

    public SourceFileException failure() {
        return new SourceFileException(file, errors());
    }
}
