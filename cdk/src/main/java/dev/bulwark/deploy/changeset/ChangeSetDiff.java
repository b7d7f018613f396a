package dev.bulwark.deploy.changeset;

import software.amazon.awssdk.services.cloudformation.model.ChangeAction;

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
        return changes.stream().anyMatch(StackChange::replaced);
    }

    /**
     * Instances whose {@code UserData} (the host baseline) changes without a replacement: Lightsail runs user data
     * only when it creates an instance, and its CloudFormation handler updates only add-ons, networking, disks and
     * tags, so such a change would end UPDATE_COMPLETE with the running host unchanged.
     */
    public List<StackChange> baselineChangesNotApplied() {
        return changes.stream().filter(c -> StackResourceType.LIGHTSAIL_INSTANCE.is(c.type())
                && c.action() == ChangeAction.MODIFY && !c.replaced() && c.properties().contains(USER_DATA)).toList();
    }

    static final String USER_DATA = "UserData";

    /** Whether a resource of this type is added or replaced (a new physical resource). */
    public boolean createsAnew(StackResourceType type) {
        return changes.stream().anyMatch(c -> c.createsAnew(type));
    }

    public List<String> render() {
        if (changes.isEmpty()) {
            return List.of("No changes: the stack is up to date.");
        }
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add("  " + c.render()));
        long add = count(ChangeAction.ADD);
        long modify = count(ChangeAction.MODIFY);
        long remove = count(ChangeAction.REMOVE);
        lines.add(String.format("%d to add, %d to modify, %d to remove", add, modify, remove));
        return List.copyOf(lines);
    }

    private long count(ChangeAction action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    private static int rank(StackChange change) {
        if (change.action() == ChangeAction.REMOVE) {
            return 0;
        }
        if (change.replaced()) {
            return 1;
        }
        return change.action() == ChangeAction.MODIFY ? 2 : 3;
    }
}
