package dev.bulwark.cli;

import dev.bulwark.findings.Severity;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportRenderer;
import dev.bulwark.report.TextReportRenderer;
import dev.bulwark.verify.Verdict;
import dev.bulwark.verify.VerifyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a report (verify, audit-host, plan) to stdout or a file and turns its verdict into an exit code, the same
 * way for every command that reports findings.
 */
public final class ReportOutput {
    /** {@code --output -} means stdout, as in most command-line tools. */
    public static final String STDOUT = "-";

    private ReportOutput() {
    }

    /**
     * Checks {@code --output} before anything runs, so a typo costs no scan: its directory exists and it is not
     * a directory itself. {@code -} (stdout) always passes.
     */
    public static void checkWritable(Path output) {
        if (output.toString().equals(STDOUT)) {
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserException(ExitCode.USAGE, "--output " + output + ": directory " + parent
                    + " does not exist; create it first");
        }
        if (Files.isDirectory(output)) {
            throw new UserException(ExitCode.USAGE, "--output " + output + " is a directory; give a file name, e.g. "
                    + output.resolve("bulwark.sarif"));
        }
    }

    /** Renders with the format's standard renderer. */
    public static void write(VerifyReport report, ReportFormat format, Optional<Path> output, RenderOptions options,
                             PrintWriter out, PrintWriter err) {
        write(report, format, format::renderer, output, options, out, err);
    }

    /** The options for stdout: colour only for text on a terminal that wants it. */
    public static RenderOptions options(ReportFormat format, boolean color, Severity failOn,
                                        ReportVerbosity verbosity) {
        return new RenderOptions(format == ReportFormat.TEXT && color, Path.of("").toAbsolutePath(), failOn,
                verbosity.level());
    }

    /**
     * Renders to {@code output} (then a summary line on stderr), or to stdout when there is none or it is
     * {@code -}, coloured only on stdout and only when asked.
     */
    public static void write(VerifyReport report, ReportFormat format,
                             Function<RenderOptions, ReportRenderer> renderers, Optional<Path> output,
                             RenderOptions options, PrintWriter out, PrintWriter err) {
        Optional<Path> file = output.filter(p -> !p.toString().equals(STDOUT));
        if (file.isEmpty()) {
            renderers.apply(options).render(report, out);
            out.flush();
            return;
        }
        try (Writer writer = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8);
             PrintWriter printer = new PrintWriter(writer)) {
            renderers.apply(new RenderOptions(false, options.baseDirectory(), options.failOn(), options.verbosity()))
                    .render(report, printer);
            if (printer.checkError()) {
                throw new IOException("write failed");
            }
        } catch (IOException e) {
            throw new UserException(ExitCode.USAGE, "cannot write the report to " + file.get() + " ("
                    + e.getMessage() + "); check the path and free space");
        }
        err.println(TextReportRenderer.summaryLine(report));
        err.println(format.label() + " report written to " + file.get());
        err.flush();
    }

    /** The exit code for {@code --fail-on threshold}, with one line on stderr saying why when it is not 0. */
    public static ExitCode exit(VerifyReport report, Severity threshold, PrintWriter err) {
        Verdict verdict = report.verdict(threshold);
        if (verdict == Verdict.NOT_CHECKED) {
            long n = report.targets().stream().filter(t -> !t.checked()).count();
            err.println("exit " + ExitCode.ENVIRONMENT.code() + ": " + n + " of " + report.targets().size()
                    + " target(s) could not be checked, so the run is not a pass");
        } else if (verdict == Verdict.FINDINGS) {
            long n = report.allFindings().stream()
                    .filter(f -> !f.waived() && f.finding().severity().isAtLeast(threshold)).count();
            err.println("exit " + ExitCode.FINDINGS.code() + ": " + n + " unwaived finding(s) at or above "
                    + threshold.label());
        }
        err.flush();
        return exitCode(verdict);
    }

    public static ExitCode exitCode(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> ExitCode.OK;
            case FINDINGS -> ExitCode.FINDINGS;
            case NOT_CHECKED -> ExitCode.ENVIRONMENT;
        };
    }
}
