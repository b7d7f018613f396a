package dev.bulwark.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a remote command produced. All of it is untrusted: the output is capped and checks parse it defensively.
 *
 * @param exitStatus 127 means the command is not installed; -1 that none was reported
 * @param truncated  the output hit the size cap
 * @param timedOut   the command was cut off at its deadline
 */
public record CommandResult(int exitStatus, String stdout, String stderr, boolean truncated, boolean timedOut) {
    public static final int NOT_FOUND = 127;

    public static CommandResult ok(String stdout) {
        return new CommandResult(0, stdout, "", false, false);
    }

    public static CommandResult failed(int exitStatus, String stderr) {
        return new CommandResult(exitStatus, "", stderr, false, false);
    }

    public boolean succeeded() {
        return exitStatus == 0 && !timedOut;
    }

    public List<String> lines() {
        return Arrays.stream(stdout.split("\n")).map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isBlank()).toList();
    }

    /**
     * Why a check cannot read this result, if it cannot: timed out, not installed, failed. The reason quotes at most
     * one line of the host's stderr, made printable.
     */
    public Optional<String> problem(String what) {
        if (timedOut) {
            return Optional.of(what + " did not finish before its deadline");
        }
        if (exitStatus == NOT_FOUND) {
            return Optional.of(what + " is not installed on the host");
        }
        if (exitStatus != 0) {
            return Optional.of(what + " failed with exit status " + exitStatus + firstLine(stderr));
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "" : ": " + Untrusted.text(line, 160);
    }
}
