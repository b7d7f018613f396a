package dev.bulwark.cli;

import dev.bulwark.audit.HostLoginException;
import dev.bulwark.blueprint.SourceFileException;
import dev.bulwark.cdk.synth.UncheckedSynthException;
import dev.bulwark.deploy.DeployException;

/**
 * The one place where an exception that ends a command becomes an exit code and a message. Commands let the
 * engine's exceptions through instead of catching and mapping them themselves.
 */
final class Failures {
    static final String DEBUG_ENV = "BULWARK_DEBUG";

    private Failures() {
    }

    static ExitCode exitCode(Throwable ex) {
        if (ex instanceof UserException user) {
            return user.exitCode();
        }
        if (ex instanceof SourceFileException) {
            return ExitCode.USAGE; // blueprint, targets or waivers file: every problem listed with file:line:column
        }
        if (ex instanceof DeployException deploy) {
            return deploy.kind() == DeployException.Kind.USAGE ? ExitCode.USAGE : ExitCode.ENVIRONMENT;
        }
        if (ex instanceof HostLoginException login) {
            return switch (login.kind()) {
                case LOCAL_FILE, AUTHENTICATION -> ExitCode.USAGE;
                case UNREACHABLE, HOST_KEY -> ExitCode.ENVIRONMENT;
            };
        }
        return ExitCode.ENVIRONMENT; // synthesis failed, interrupted, or a bug: nothing was checked, never a pass
    }

    /**
     * One message, no stack trace, for anything the user can fix. For anything else, the kind of failure; with
     * {@code BULWARK_DEBUG=1} the stack trace too, which {@code debug} receives.
     */
    static String message(Throwable ex, boolean debug, java.io.PrintWriter debugOut) {
        if (ex instanceof UserException || ex instanceof SourceFileException || ex instanceof DeployException) {
            return ex.getMessage();
        }
        if (ex instanceof HostLoginException) {
            return ex.getMessage() + " (nothing was checked)";
        }
        if (ex instanceof UncheckedSynthException synth) {
            return synth.nodeRuntimeMissing() ? synth.getMessage()
                    : "synthesis failed, so nothing was checked: " + synth.getMessage();
        }
        if (ex instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return "interrupted before the command finished; nothing was checked";
        }
        if (debug) {
            ex.printStackTrace(debugOut);
            debugOut.flush();
            return "internal error: " + ex.getClass().getName() + (ex.getMessage() == null ? "" : ": "
                    + ex.getMessage()) + " (stack trace above; please report it)";
        }
        return "internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                + " (set " + DEBUG_ENV + "=1 for the stack trace and please report it)";
    }

    /** Whether {@code BULWARK_DEBUG} asks for details (any value but empty, 0 or false). */
    static boolean debugRequested(String value) {
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }
}
