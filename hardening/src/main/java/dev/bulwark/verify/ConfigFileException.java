package dev.bulwark.verify;

import java.nio.file.Path;
import java.util.List;

/** A waivers or targets file could not be read or is invalid; carries every problem, each with file:line. */
public final class ConfigFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ConfigProblem> problems;

    public ConfigFileException(Path file, List<ConfigProblem> problems) {
        super(summary(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
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
