package dev.bulwark.report;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Durations;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.io.PrintWriter;
import java.util.List;

/**
 * For a person who opens one file: a self-contained HTML page (inline style, no script, no external resource,
 * a Content-Security-Policy that forbids both) with the summary by severity, each target, and each finding with
 * its evidence and fix. Everything from a remote server is escaped text, never markup.
 */
public final class HtmlReportRenderer implements ReportRenderer {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24}
            h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
            table.summary td,table.summary th{padding:.2rem .8rem;text-align:left}
            .finding{border-left:.3rem solid #8c959f;padding:.3rem .8rem;margin:.8rem 0;background:#f6f8fa}
            .critical,.high{border-color:#cf222e}.medium{border-color:#bf8700}.low{border-color:#0969da}
            .sev{font-weight:600;text-transform:uppercase;margin-right:.5rem}.rule{font-family:monospace}
            .evidence,.location{font-family:monospace;white-space:pre-wrap;word-break:break-all}
            .status-ok{color:#1a7f37}.status-findings{color:#9a6700}.status-not-checked{color:#cf222e}
            .waived{opacity:.7}.note{color:#57606a}
            """;

    @Override
    public void render(VerifyReport report, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">");
        out.println("<title>" + esc(report.tool() + " " + report.command() + " report") + "</title>");
        out.println("<style>" + STYLE + "</style></head><body>");
        out.println("<h1>" + esc(report.tool() + " " + report.command()) + "</h1>");
        out.println("<p id=\"summary\">" + esc(TextReportRenderer.summaryLine(report)) + "</p>");
        summaryTable(report, out);
        for (TargetReport target : report.targets()) {
            target(target, out);
        }
        if (!report.runFindings().isEmpty()) {
            out.println("<section class=\"target\" id=\"run\"><h2>Waivers: needs review</h2>");
            report.runFindings().forEach(f -> finding(f, out));
            out.println("</section>");
        }
        for (String note : report.unusedWaiverNotes()) {
            out.println("<p class=\"note\">note: " + esc(note) + "</p>");
        }
        out.println("<p class=\"note\">Started " + esc(report.started().toString()) + ", took "
                + esc(Durations.human(report.elapsed())) + ".</p>");
        out.println("</body></html>");
        out.flush();
    }

    private static void summaryTable(VerifyReport report, PrintWriter out) {
        VerifyReport.Summary s = report.summary();
        out.println("<table class=\"summary\"><thead><tr><th>severity</th><th>findings</th></tr></thead><tbody>");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            out.println("<tr class=\"" + severity.label() + "\"><td>" + severity.label() + "</td><td>"
                    + s.bySeverity().get(severity) + "</td></tr>");
        }
        out.println("<tr><td>waived</td><td>" + s.waived() + "</td></tr>");
        out.println("</tbody></table>");
    }

    private static void target(TargetReport target, PrintWriter out) {
        long open = target.findings().stream().filter(f -> !f.waived()).count();
        String status = !target.checked() ? "not-checked" : open == 0 ? "ok" : "findings";
        String statusText = !target.checked() ? "NOT CHECKED" : open == 0 ? "OK" : open + " finding(s)";
        out.println("<section class=\"target\"><h2>" + esc(target.name()) + " <span class=\"status-" + status
                + "\">" + statusText + "</span></h2>");
        out.println("<p>" + target.rulesChecked().size() + " checks in " + esc(Durations.human(target.duration()))
                + target.host().map(h -> ", host " + esc(h)).orElse("")
                + target.blueprint().map(b -> ", blueprint " + esc(b.toString())).orElse("") + "</p>");
        if (!target.checked()) {
            out.println("<ul class=\"not-checked\">");
            target.notCheckedReasons().forEach(r -> out.println("<li>" + esc(r) + "</li>"));
            out.println("</ul>");
        }
        List<ReportedFinding> findings = target.findings();
        findings.stream().filter(f -> !f.waived()).forEach(f -> finding(f, out));
        findings.stream().filter(ReportedFinding::waived).forEach(f -> finding(f, out));
        out.println("</section>");
    }

    private static void finding(ReportedFinding reported, PrintWriter out) {
        Finding f = reported.finding();
        String severity = f.severity().label();
        out.println("<div class=\"finding " + severity + (reported.waived() ? " waived" : "") + "\">");
        out.println("<div><span class=\"sev\">" + (reported.waived() ? "waived " : "") + severity
                + "</span><span class=\"rule\">" + esc(f.ruleId()) + "</span> " + esc(f.title()) + "</div>");
        out.println("<div class=\"location\">" + esc(f.target())
                + reported.location().map(l -> " — at " + esc(l.toString())).orElse("") + "</div>");
        if (!f.evidence().isEmpty()) {
            out.println("<div class=\"evidence\">" + esc(f.evidence()) + "</div>");
        }
        if (reported.waived()) {
            Waiver w = reported.waiver().get();
            out.println("<div class=\"fix\">waived until " + esc(w.expires().toString()) + " (" + esc(w.location()
                    .toString()) + "): " + esc(w.reason()) + "</div>");
        } else if (!f.remediation().isEmpty()) {
            out.println("<div class=\"fix\">fix: " + esc(f.remediation()) + "</div>");
        }
        out.println("</div>");
    }

    /** Text as HTML text: markup escaped, control characters (from remote servers) replaced by U+FFFD. */
    static String esc(String text) {
        return XmlWriter.escape(text, false).replace("\t", " ").codePoints()
                .map(c -> c < 0x20 && c != '\n' ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
