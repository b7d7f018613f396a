package dev.bulwark.audit;

/** The audit could not log in: unreachable, host key unknown or changed, key refused. The message says what to do. */
public final class HostLoginException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Kind kind;

    /** Why the login failed; the CLI maps a key problem to a usage error and the rest to "could not check". */
    public enum Kind { UNREACHABLE, HOST_KEY, AUTHENTICATION, LOCAL_FILE }

    public HostLoginException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
