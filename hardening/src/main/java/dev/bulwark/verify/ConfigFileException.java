package dev.bulwark.verify;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** A waivers or targets file could not be read or is invalid; carries every problem, each with file:line. */
public final class ConfigFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigProblem> problems;

    public ConfigFileException(Path file, List<ConfigProblem> problems) {
        this(file, sorted(problems), true);
    }

    private ConfigFileException(Path file, List<ConfigProblem> sorted, boolean unused) {
        super(summary(file, sorted));
        this.problems = sorted;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static List<ConfigProblem> sorted(List<ConfigProblem> problems) {
        return problems.stream().sorted(Comparator.comparingInt((ConfigProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column())).toList();
    }

    private static String summary(Path file, List<ConfigProblem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() == 1 ? "1 problem in " + file
                : problems.size() + " problems in " + file);
        for (ConfigProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
