package dev.bulwark.audit;

/**
 * A read-only command the audit runs on the host. {@code needsRoot}: run through {@code sudo -n} when the login
 * user is not root (never with a password prompt).
 */
public record HostCommand(String shell, boolean needsRoot) {
    public static HostCommand user(String shell) {
        return new HostCommand(shell, false);
    }

    public static HostCommand root(String shell) {
        return new HostCommand(shell, true);
    }
}
