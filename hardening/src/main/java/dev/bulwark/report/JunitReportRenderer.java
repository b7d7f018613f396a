package dev.bulwark.report;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.EngineRules;
import dev.bulwark.verify.ProbeResult;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * For CI test tabs: one test suite per target, one test case per (rule, target). An unwaived finding at or above
 * {@code --fail-on} is a {@code failure}, so the test tab agrees with the exit code; one below it leaves the test
 * case passed, with the finding in its {@code system-out}; a probe that could not look makes each of its rules an {@code error} (never a pass); a
 * finding covered by a waiver is {@code skipped}. Expired waivers get their own suite.
 */
public final class JunitReportRenderer implements ReportRenderer {
    private final Severity failOn;

    /** Every unwaived finding fails its test case. */
    public JunitReportRenderer() {
        this(Severity.INFO);
    }

    public JunitReportRenderer(Severity failOn) {
        this.failOn = failOn;
    }

    private record Case(String classname, String name, String kind, String message, String type, String body) {
        static Case passed(String classname, String name) {
            return new Case(classname, name, "", "", "", "");
        }

        /** Passed, with findings below --fail-on shown as output. */
        static Case passedWithOutput(String classname, String name, String output) {
            return new Case(classname, name, "", "", "", output);
        }
    }

    @Override
    public void render(VerifyReport report, PrintWriter out) {
        List<List<Case>> suites = new ArrayList<>();
        for (TargetReport target : report.targets()) {
            suites.add(cases(target));
        }
        List<Case> waiverCases = waiverCases(report);
        List<Case> all = new ArrayList<>();
        suites.forEach(all::addAll);
        all.addAll(waiverCases);

        XmlWriter xml = new XmlWriter(out);
        xml.open("testsuites", counts("bulwark " + report.command(), all, report.elapsed()));
        for (int i = 0; i < suites.size(); i++) {
            TargetReport target = report.targets().get(i);
            suite(xml, target.name(), suites.get(i), target.duration(), report);
        }
        if (!waiverCases.isEmpty()) {
            suite(xml, "waivers", waiverCases, Duration.ZERO, report);
        }
        xml.close("testsuites");
        out.flush();
    }

    private static void suite(XmlWriter xml, String name, List<Case> cases, Duration time, VerifyReport report) {
        String[] counts = counts(name, cases, time);
        String[] attributes = Arrays.copyOf(counts, counts.length + 2);
        attributes[counts.length] = "timestamp";
        attributes[counts.length + 1] = report.started().toString();
        xml.open("testsuite", attributes);
        for (Case c : cases) {
            if (c.kind().isEmpty() && c.body().isEmpty()) {
                xml.empty("testcase", "classname", c.classname(), "name", c.name());
            } else if (c.kind().isEmpty()) {
                xml.open("testcase", "classname", c.classname(), "name", c.name());
                xml.element("system-out", c.body());
                xml.close("testcase");
            } else {
                xml.open("testcase", "classname", c.classname(), "name", c.name());
                if (c.kind().equals("skipped")) {
                    xml.empty("skipped", "message", c.message());
                } else {
                    xml.element(c.kind(), c.body(), "message", c.message(), "type", c.type());
                }
                xml.close("testcase");
            }
        }
        xml.close("testsuite");
    }

    private static String[] counts(String name, List<Case> cases, Duration time) {
        return new String[] {"name", name, "tests", Integer.toString(cases.size()),
            "failures", count(cases, "failure"), "errors", count(cases, "error"), "skipped", count(cases, "skipped"),
            "time", String.format(Locale.ROOT, "%.3f", time.toMillis() / 1000.0)};
    }

    private static String count(List<Case> cases, String kind) {
        return Long.toString(cases.stream().filter(c -> c.kind().equals(kind)).count());
    }

    private List<Case> cases(TargetReport target) {
        List<Case> cases = new ArrayList<>();
        if (target.probes().isEmpty()) {
            cases.add(new Case(target.name(), "TARGET_UNREACHABLE", "error", "no probe applies to this target",
                    "not_checked", "nothing was checked, so this target is not a pass"));
        }
        for (ProbeResult probe : target.probes()) {
            if (!probe.checked()) {
                String reason = probe.probeId() + ": " + probe.reason().orElse("");
                List<String> rules = probe.ruleIds().isEmpty() ? List.of(probe.probeId()) : probe.ruleIds();
                rules.forEach(rule -> cases.add(new Case(target.name(), rule, "error", reason,
                        probe.status().name().toLowerCase(Locale.ROOT), reason)));
                continue;
            }
            for (String rule : probe.rulesChecked()) {
                List<ReportedFinding> found = target.findings().stream()
                        .filter(f -> f.finding().ruleId().equals(rule) && probe.findings().contains(f.finding()))
                        .toList();
                cases.add(ruleCase(target.name(), rule, found));
            }
        }
        return cases;
    }

    private Case ruleCase(String classname, String rule, List<ReportedFinding> found) {
        List<ReportedFinding> unwaived = found.stream().filter(f -> !f.waived()).toList();
        List<ReportedFinding> open = unwaived.stream().filter(f -> f.finding().severity().isAtLeast(failOn)).toList();
        if (open.isEmpty() && !unwaived.isEmpty()) {
            StringBuilder output = new StringBuilder();
            for (ReportedFinding f : unwaived) {
                output.append(f.finding().severity().label()).append(" (below --fail-on ").append(failOn.label())
                        .append(") ").append(f.finding().target()).append(": ").append(f.finding().title());
                if (!f.finding().evidence().isEmpty()) {
                    output.append(" - ").append(f.finding().evidence());
                }
                output.append('\n');
            }
            return Case.passedWithOutput(classname, rule, output.toString().strip());
        }
        if (!open.isEmpty()) {
            Finding first = open.get(0).finding();
            StringBuilder body = new StringBuilder();
            for (ReportedFinding f : open) {
                body.append(f.finding().severity().label()).append(' ').append(f.finding().target()).append(": ")
                        .append(f.finding().evidence()).append('\n');
                f.location().ifPresent(l -> body.append("  at ").append(l).append('\n'));
            }
            body.append("fix: ").append(first.remediation());
            String message = first.title() + (open.size() > 1 ? " (" + open.size() + " findings)" : "");
            return new Case(classname, rule, "failure", message, first.severity().label(), body.toString());
        }
        if (!found.isEmpty()) {
            Waiver w = found.get(0).waiver().orElseThrow();
            return new Case(classname, rule, "skipped", "waived until " + w.expires() + ": " + w.reason(), "", "");
        }
        return Case.passed(classname, rule);
    }

    private List<Case> waiverCases(VerifyReport report) {
        LocalDate today = LocalDate.ofInstant(report.started(), ZoneOffset.UTC);
        List<Case> cases = new ArrayList<>();
        for (Waiver w : report.waivers()) {
            String name = "WAIVER_EXPIRED " + w.ruleId() + " " + w.target();
            String classname = w.location().file().toString();
            String detail = "at " + w.location() + "\nreason given: " + w.reason();
            Severity severity = EngineRules.WAIVER_EXPIRED.severity();
            cases.add(!w.expiredOn(today) ? Case.passed(classname, name)
                    : severity.isAtLeast(failOn)
                    ? new Case(classname, name, "failure", "waiver expired on " + w.expires(), severity.label(), detail)
                    : Case.passedWithOutput(classname, name, severity.label() + " (below --fail-on " + failOn.label()
                            + ") waiver expired on " + w.expires() + "\n" + detail));
        }
        return cases;
    }
}
