package dev.bulwark.blueprint;

/**
 * One thing wrong with a blueprint: where, which field, what, and how to fix it.
 *
 * @param path dotted field path, e.g. {@code admin.sshCidrs[0]}; empty for whole-file problems
 * @param hint what to write instead; may be empty
 */
public record BlueprintProblem(SourceLocation location, String path, String message, String hint) {
    @Override
    public String toString() {
        String where = location + ": " + (path.isEmpty() ? "" : path + ": ");
        return where + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
