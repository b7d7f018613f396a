package dev.bulwark.blueprint;

/**
 * One thing wrong with a user's YAML file (blueprint, targets, waivers): where, which field, what, and how to fix
 * it. The one problem type of every file bulwark reads from users.
 *
 * @param path dotted field path, e.g. {@code admin.sshCidrs[0]}; empty for whole-file problems
 * @param hint what to write instead; may be empty
 */
public record SourceProblem(SourceLocation location, String path, String message, String hint) {
    public SourceProblem {
        path = path == null ? "" : path;
        hint = hint == null ? "" : hint;
    }

    /** A problem whose message already says how to fix it. */
    public static SourceProblem at(SourceLocation location, String message) {
        return new SourceProblem(location, "", message, "");
    }

    @Override
    public String toString() {
        String where = location + ": " + (path.isEmpty() ? "" : path + ": ");
        return where + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
