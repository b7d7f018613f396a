package dev.bulwark.report;

/** How much the text report says: {@code --quiet} findings only, {@code --verbose} also what passed and what not. */
public enum Verbosity {
    /** Findings (and targets that could not be checked) only: no summary line, no passing targets, no notes. */
    QUIET,
    NORMAL,
    /** Also every rule that passed on each target, and each probe that could not look with its reason. */
    VERBOSE
}
