package dev.bulwark.report;

import dev.bulwark.findings.Severity;
import java.nio.file.Path;

/**
 * What renderers need besides the report.
 *
 * @param color         ANSI colour in text output: only when stdout is a terminal and {@code NO_COLOR} is unset;
 *                      the caller decides, renderers never look at the environment
 * @param baseDirectory SARIF file URIs are made relative to it (the repository checkout, usually the working dir)
 * @param failOn        the run's {@code --fail-on}: JUnit fails a test case only at or above it, as the exit code
 * @param verbosity     {@code --quiet} / {@code --verbose}, for the text report
 */
public record RenderOptions(boolean color, Path baseDirectory, Severity failOn, Verbosity verbosity) {

    public RenderOptions(boolean color, Path baseDirectory, Severity failOn) {
        this(color, baseDirectory, failOn, Verbosity.NORMAL);
    }

    /** Every finding counts as failing (the strictest threshold). */
    public RenderOptions(boolean color, Path baseDirectory) {
        this(color, baseDirectory, Severity.INFO, Verbosity.NORMAL);
    }

    public static RenderOptions plain() {
        return new RenderOptions(false, Path.of("").toAbsolutePath());
    }
}
