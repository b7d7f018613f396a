package dev.bulwark.deploy.changeset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a change set would do, as lines a person can read before saying yes: removals and replacements first. */
public record ChangeSetDiff(List<StackChange> changes) {
    private static final Comparator<StackChange> ORDER = Comparator
            .comparingInt((StackChange c) -> rank(c))
            .thenComparing(StackChange::logicalId);

    public ChangeSetDiff {
        changes = changes.stream().sorted(ORDER).toList();
    }

    public boolean empty() {
        return changes.isEmpty();
    }

    public boolean replacesAnything() {
        return changes.stream().anyMatch(c -> "True".equals(c.replacement()));
    }

    public List<String> render() {
        if (changes.isEmpty()) {
            return List.of("No changes: the stack is up to date.");
        }
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add("  " + c.render()));
        long add = changes.stream().filter(c -> "Add".equals(c.action())).count();
        long modify = changes.stream().filter(c -> "Modify".equals(c.action())).count();
        long remove = changes.stream().filter(c -> "Remove".equals(c.action())).count();
        lines.add(String.format("%d to add, %d to modify, %d to remove", add, modify, remove));
        return List.copyOf(lines);
    }

    private static int rank(StackChange change) {
        if ("Remove".equals(change.action())) {
            return 0;
        }
        if ("True".equals(change.replacement())) {
            return 1;
        }
        return "Modify".equals(change.action()) ? 2 : 3;
    }
}
