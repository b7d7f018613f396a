package dev.bulwark.cli;

/**
 * A failure the user can fix: printed as one message (no stack trace) and mapped to an exit code by
 * {@link Main}. Messages say what went wrong and how to fix it.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public UserException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
