package dev.bulwark.deploy.changeset;

/**
 * One resource a change set would touch.
 *
 * @param action      {@code Add}, {@code Modify}, {@code Remove}, {@code Import} or {@code Dynamic}
 * @param logicalId   the resource's logical id in the template
 * @param type        e.g. {@code AWS::Lightsail::Instance}
 * @param replacement {@code True}, {@code False} or {@code Conditional} for a Modify; empty otherwise
 */
public record StackChange(String action, String logicalId, String type, String replacement) {
    public StackChange {
        replacement = replacement == null ? "" : replacement;
    }

    /** {@code + Add}, {@code ~ Modify}, {@code - Remove}; a replacement is shouted, since it loses the resource. */
    public String render() {
        String symbol = switch (action) {
            case "Add" -> "+";
            case "Remove" -> "-";
            case "Modify" -> "~";
            default -> "?";
        };
        String line = symbol + " " + action + " " + logicalId + " (" + type + ")";
        if ("True".equals(replacement)) {
            return line + "  Replacement: True! the resource is deleted and created anew";
        }
        if ("Conditional".equals(replacement)) {
            return line + "  Replacement: Conditional";
        }
        return line;
    }
}
