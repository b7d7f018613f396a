package dev.bulwark.cli.verify;

import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.findings.Severity;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormat;
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

/**
 * Writes a verify-model report (verify, audit-host) to stdout or a file and turns its verdict into an exit code,
 * the same way for every command that reports findings.
 */
public final class ReportOutput {
    private ReportOutput() {
    }

    /** Renders to {@code output} (then a summary line on stderr), or to stdout, coloured only when asked. */
    public static void write(VerifyReport report, ReportFormat format, Optional<Path> output, boolean color,
                             PrintWriter out, PrintWriter err) {
        write(report, format, output, color, false, out, err);
    }

    /** As above; {@code verbose} text shows every detail line of a finding's evidence. */
    public static void write(VerifyReport report, ReportFormat format, Optional<Path> output, boolean color,
                             boolean verbose, PrintWriter out, PrintWriter err) {
        Path base = Path.of("").toAbsolutePath();
        if (output.isEmpty()) {
            format.renderer(new RenderOptions(format == ReportFormat.TEXT && color, base, verbose))
                    .render(report, out);
            out.flush();
            return;
        }
        try (Writer file = Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8);
             PrintWriter writer = new PrintWriter(file)) {
            format.renderer(new RenderOptions(false, base, verbose)).render(report, writer);
            if (writer.checkError()) {
                throw new IOException("write failed");
            }
        } catch (IOException e) {
            throw new UserException(ExitCode.USAGE, "cannot write the report to " + output.get() + " ("
                    + e.getMessage() + "); check the path and free space");
        }
        err.println(TextReportRenderer.summaryLine(report));
        err.println(format.label() + " report written to " + output.get());
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
        return VerifyCommand.exitCode(verdict);
    }
}
