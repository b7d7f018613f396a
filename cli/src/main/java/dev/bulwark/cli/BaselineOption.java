package dev.bulwark.cli;

import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.baseline.Baseline;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** {@code --baseline REPORT.json}, shared by the commands that report findings (plan, verify, audit-host). */
public final class BaselineOption {
    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "Report only findings that are new since this earlier JSON report (same rule id, target "
                    + "and evidence, with dates and durations ignored); stderr says how many known ones were left "
                    + "out. An unreadable or foreign file exits 2.")
    private Path file;

    private Baseline baseline;

    /** Reads the baseline, so a bad one stops the run (exit 2) before anything is checked. */
    public void load() {
        if (file != null && baseline == null) {
            try {
                baseline = Baseline.read(file);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCode.USAGE, e.getMessage());
            }
        }
    }

    /** {@code report} without the known findings (unchanged without --baseline). */
    public VerifyReport apply(VerifyReport report, PrintWriter err) {
        load();
        if (baseline == null) {
            return report;
        }
        Baseline.Applied applied = baseline.apply(report);
        err.println("baseline: " + applied.suppressed() + (applied.suppressed() == 1 ? " finding" : " findings")
                + " already in " + file + " not reported (known)");
        err.flush();
        return applied.report();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
