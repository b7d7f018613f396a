package dev.bulwark.deploy;

/**
 * A deploy, status or destroy step that cannot go on, in one sentence that names the fix. The CLI turns it into
 * an exit code by {@link Kind}; it never carries a secret value in its message.
 */
public final class DeployException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whose move it is: the user's command line or blueprint, or the environment (credentials, AWS, quota). */
    public enum Kind { USAGE, ENVIRONMENT }

    private final Kind kind;

    public DeployException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DeployException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static DeployException environment(String message) {
        return new DeployException(Kind.ENVIRONMENT, message);
    }

    public static DeployException usage(String message) {
        return new DeployException(Kind.USAGE, message);
    }

    public Kind kind() {
        return kind;
    }
}
