package dev.bulwark.report;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Durations;
import dev.bulwark.verify.ProbeResult;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** For people at a terminal: grouped by target, then severity, most severe first; waived findings last. */
public final class TextReportRenderer implements ReportRenderer {
    private final Style style;
    private final Verbosity verbosity;

    public TextReportRenderer(boolean color) {
        this(color, Verbosity.NORMAL);
    }

    public TextReportRenderer(boolean color, Verbosity verbosity) {
        this.style = new Style(color);
        this.verbosity = verbosity;
    }

    @Override
    public void render(VerifyReport report, PrintWriter out) {
        boolean quiet = verbosity == Verbosity.QUIET;
        if (!quiet) {
            out.println(style.bold(summaryLine(report)));
        }
        for (TargetReport target : report.targets()) {
            if (quiet && target.checked() && target.findings().stream().allMatch(ReportedFinding::waived)) {
                continue;
            }
            if (!quiet || report.targets().indexOf(target) > 0) {
                out.println();
            }
            renderTarget(target, out);
        }
        if (!report.runFindings().isEmpty()) {
            out.println();
            out.println(style.bold("waivers") + "  " + style.red("needs review"));
            renderFindings(report.runFindings(), out);
        }
        if (!quiet && !report.unusedWaiverNotes().isEmpty()) {
            out.println();
            report.unusedWaiverNotes().forEach(n -> out.println(style.dim("note: " + oneLine(n))));
        }
        out.flush();
    }

    /** One line that says how the run went; the CLI also prints it on stderr when the report goes to a file. */
    public static String summaryLine(VerifyReport report) {
        VerifyReport.Summary s = report.summary();
        List<String> counts = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity sev = Severity.values()[i];
            int n = s.bySeverity().get(sev);
            if (n > 0) {
                counts.add(n + " " + sev.label());
            }
        }
        StringBuilder sb = new StringBuilder(report.tool()).append(' ').append(report.version()).append(' ')
                .append(report.command()).append(": ")
                .append(plural(s.targets(), "target"));
        if (s.targetsNotChecked() > 0) {
            sb.append(" (").append(s.targetsNotChecked()).append(" not checked)");
        }
        sb.append(", ").append(plural(s.checks(), "check")).append(", ").append(plural(s.unwaived(), "finding"));
        if (!counts.isEmpty()) {
            sb.append(" (").append(String.join(", ", counts)).append(')');
        }
        if (s.waived() > 0) {
            sb.append(", ").append(s.waived()).append(" waived");
        }
        return sb.append(" in ").append(Durations.human(report.elapsed())).toString();
    }

    private void renderTarget(TargetReport target, PrintWriter out) {
        long open = target.findings().stream().filter(f -> !f.waived()).count();
        String status = !target.checked() ? style.red("NOT CHECKED")
                : open == 0 ? style.green("OK") : style.yellow(plural((int) open, "finding"));
        out.println(style.bold(oneLine(target.name())) + "  " + status + "  " + plural(target.rulesChecked().size(), "check")
                + " in " + Durations.human(target.duration()));
        target.host().ifPresent(h -> out.println("  host: " + h));
        target.blueprint().ifPresent(b -> out.println("  blueprint: " + b));
        if (verbosity == Verbosity.QUIET) {
            renderFindings(target.findings().stream().filter(f -> !f.waived()).toList(), out);
            return;
        }
        renderFindings(target.findings(), out);
        if (verbosity == Verbosity.VERBOSE) {
            renderPassedAndNotChecked(target, out);
        }
    }

    /** {@code --verbose}: every rule that passed, and every probe that could not look and why. */
    private void renderPassedAndNotChecked(TargetReport target, PrintWriter out) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        target.findings().forEach(f -> found.add(f.finding().ruleId()));
        List<String> passed = target.rulesChecked().stream().filter(r -> !found.contains(r)).toList();
        out.println("  " + style.green("PASSED") + " " + plural(passed.size(), "rule"));
        passed.forEach(r -> out.println("    " + r));
        for (ProbeResult probe : target.probes()) {
            if (!probe.checked()) {
                out.println("  " + style.red("NOT CHECKED") + " " + probe.probeId() + ": "
                        + oneLine(probe.reason().orElse("")) + " (" + String.join(", ", probe.ruleIds()) + ")");
            }
        }
    }

    /** Findings by severity, most severe first, waived ones last; plan's text rendering reuses it. */
    public void renderFindings(List<ReportedFinding> findings, PrintWriter out) {
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            List<ReportedFinding> group = findings.stream()
                    .filter(f -> !f.waived() && f.finding().severity() == severity).toList();
            if (!group.isEmpty()) {
                out.println("  " + style.severity(severity, severity.name()));
                group.forEach(f -> renderFinding(f, out));
            }
        }
        List<ReportedFinding> waived = findings.stream().filter(ReportedFinding::waived).toList();
        if (!waived.isEmpty()) {
            out.println("  " + style.dim("WAIVED"));
            waived.forEach(f -> renderFinding(f, out));
        }
    }

    private void renderFinding(ReportedFinding reported, PrintWriter out) {
        Finding f = reported.finding();
        out.println("    " + style.bold(f.ruleId()) + "  " + oneLine(f.title()) + "  " + style.dim("[" + oneLine(f.target()) + "]"));
        if (!f.evidence().isEmpty()) {
            renderEvidence(f.evidence(), out);
        }
        reported.location().ifPresent(l -> out.println("      " + style.dim("at " + l)));
        if (reported.waived()) {
            Waiver w = reported.waiver().get();
            out.println("      " + style.dim("waived until " + w.expires() + " (" + w.location() + "): " + oneLine(w.reason())));
        } else if (!f.remediation().isEmpty()) {
            out.println("      fix: " + oneLine(f.remediation()));
        }
    }

    /** Evidence made by {@link Finding#evidenceWithDetails}: the summary line, the details only with verbose. */
    private void renderEvidence(String evidence, PrintWriter out) {
        List<String> lines = evidence.strip().lines().toList();
        boolean details = lines.size() > 1
                && lines.subList(1, lines.size()).stream().allMatch(l -> l.startsWith(Finding.DETAIL_PREFIX));
        if (!details) {
            out.println("      " + oneLine(evidence));
        } else if (verbosity == Verbosity.VERBOSE) {
            out.println("      " + oneLine(lines.get(0)));
            lines.subList(1, lines.size()).forEach(l -> out.println("        " + oneLine(l)));
        } else {
            out.println("      " + oneLine(lines.get(0)));
            out.println("      " + style.dim("(" + (lines.size() - 1) + " more lines: --verbose lists them)"));
        }
    }

    /**
     * One line, with control characters shown as {@code \xNN}: evidence comes from remote servers, and a header
     * carrying terminal escape sequences must not repaint the user's terminal.
     */
    static String oneLine(String text) {
        String joined = text.strip().replaceAll("\\s*\\R\\s*", " / ");
        StringBuilder sb = new StringBuilder(joined.length());
        joined.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                sb.append(String.format("\\x%02X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** ANSI styling that is a no-op when colour is off. */
    private record Style(boolean on) {
        String bold(String s) {
            return wrap("1", s);
        }

        String dim(String s) {
            return wrap("2", s);
        }

        String red(String s) {
            return wrap("1;31", s);
        }

        String green(String s) {
            return wrap("32", s);
        }

        String yellow(String s) {
            return wrap("33", s);
        }

        String severity(Severity severity, String s) {
            return switch (severity) {
                case CRITICAL, HIGH -> red(s);
                case MEDIUM -> yellow(s);
                case LOW -> wrap("36", s);
                case INFO -> dim(s);
            };
        }

        private String wrap(String code, String s) {
            return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
        }
    }
}
