package dev.bulwark.blueprint;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * A user's YAML file (blueprint, targets, waivers) could not be read or is invalid; carries every problem found,
 * each with file:line:column, sorted in file order. The CLI turns it into exit 2 in one place. Unchecked, as
 * the engine's other failures are, so configuration code that maps options through lambdas lets it pass.
 */
public class SourceFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Comparator<SourceProblem> FILE_ORDER = Comparator
            .comparingInt((SourceProblem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    private final transient List<SourceProblem> problems;

    /** {@code what} names the file in the summary line, e.g. {@code blueprint} or the waivers file's path. */
    public SourceFileException(String what, List<SourceProblem> problems) {
        this(what, problems.stream().sorted(FILE_ORDER).toList(), true);
    }

    public SourceFileException(Path file, List<SourceProblem> problems) {
        this(file.toString(), problems);
    }

    private SourceFileException(String what, List<SourceProblem> sorted, boolean unused) {
        super(summary(what, sorted));
        this.problems = sorted;
    }

    public List<SourceProblem> problems() {
        return problems;
    }

    private static String summary(String what, List<SourceProblem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() == 1 ? "1 problem in " + what
                : problems.size() + " problems in " + what);
        for (SourceProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
