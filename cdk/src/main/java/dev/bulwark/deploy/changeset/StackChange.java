package dev.bulwark.deploy.changeset;

import software.amazon.awssdk.services.cloudformation.model.ChangeAction;
import software.amazon.awssdk.services.cloudformation.model.Replacement;

import java.util.List;
import java.util.Optional;

/**
 * One resource a change set would touch.
 *
 * @param action      what CloudFormation does to it
 * @param logicalId   the resource's logical id in the template
 * @param type        e.g. {@code AWS::Lightsail::Instance}
 * @param replacement for a Modify, whether the resource is replaced; empty otherwise
 * @param properties  for a Modify, the top-level properties that change (e.g. {@code UserData})
 */
public record StackChange(ChangeAction action, String logicalId, String type, Optional<Replacement> replacement,
                          List<String> properties) {
    public StackChange {
        replacement = replacement == null ? Optional.empty() : replacement;
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    public StackChange(ChangeAction action, String logicalId, String type, Replacement replacement) {
        this(action, logicalId, type, Optional.ofNullable(replacement), List.of());
    }

    public boolean replaced() {
        return replacement.filter(r -> r == Replacement.TRUE).isPresent();
    }

    /** Added or replaced: a new physical resource, without what the old one carried. */
    public boolean createsAnew(StackResourceType resourceType) {
        return resourceType.is(type) && (action == ChangeAction.ADD || replaced());
    }

    /** {@code + Add}, {@code ~ Modify}, {@code - Remove}; a replacement is shouted, since it loses the resource. */
    public String render() {
        String symbol = switch (action) {
            case ADD -> "+";
            case REMOVE -> "-";
            case MODIFY -> "~";
            default -> "?";
        };
        String line = symbol + " " + action + " " + logicalId + " (" + type + ")";
        if (replaced()) {
            return line + "  Replacement: True! the resource is deleted and created anew";
        }
        if (replacement.filter(r -> r == Replacement.CONDITIONAL).isPresent()) {
            return line + "  Replacement: Conditional";
        }
        return line;
    }
}
