package dev.bulwark.cli;

import dev.bulwark.report.Verbosity;
import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by the commands that report findings (plan, verify, audit-host). */
public final class ReportVerbosity {
    @Option(names = {"-q", "--quiet"}, description = "Text report: findings only (no summary, no passing targets).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Text report: also every rule that passed, each check that could not look and why, and "
                    + "every line of a finding's evidence (e.g. every applicable advisory).")
    boolean verbose;

    public Verbosity level() {
        if (quiet && verbose) {
            throw new UserException(ExitCode.USAGE, "--quiet and --verbose contradict each other; give one");
        }
        return quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
    }
}
