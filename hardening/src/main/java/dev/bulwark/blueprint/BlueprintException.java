package dev.bulwark.blueprint;

import java.util.List;

/** A blueprint could not be read or is invalid; carries every problem found, not just the first. */
public final class BlueprintException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<BlueprintProblem> problems;

    public BlueprintException(List<BlueprintProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<BlueprintProblem> problems() {
        return problems;
    }

    private static String summary(List<BlueprintProblem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() == 1 ? "1 problem in blueprint"
                : problems.size() + " problems in blueprint");
        for (BlueprintProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
