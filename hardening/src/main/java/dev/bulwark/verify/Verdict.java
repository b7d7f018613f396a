package dev.bulwark.verify;

/**
 * The outcome of a verify run as an exit code, decided in one place ({@link VerifyReport#verdict}).
 * Precedence: {@link #NOT_CHECKED} beats {@link #FINDINGS} beats {@link #PASSED}, because a target that could
 * not be checked must never look like a pass, whatever else was found.
 */
public enum Verdict {
    /** Every target was checked and nothing unwaived is at or above the threshold. */
    PASSED(0),
    /** Every target was checked and at least one unwaived finding is at or above the threshold. */
    FINDINGS(1),
    /** At least one probe could not look at its target (unreachable, timed out, internal error). */
    NOT_CHECKED(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
