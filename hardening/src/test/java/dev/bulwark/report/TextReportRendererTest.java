package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.ProbeResult;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextReportRendererTest extends AbstractReportRendererTest {

    @Override
    ReportRenderer renderer() {
        return new TextReportRenderer(false);
    }

    @Override
    String goldenFile() {
        return "verify-report.txt";
    }

    @Test
    void render_colorOff_hasNoEscapeCodes() {
        assertFalse(renderFixture().contains("\u001b["));
    }

    @Test
    void render_colorOn_marksSeveritiesWithEscapeCodes() {
        String text = render(new TextReportRenderer(true), ReportFixture.report());
        assertTrue(text.contains("\u001b[1;31mHIGH\u001b[0m"), text);
        assertTrue(text.contains("\u001b[1;31mNOT CHECKED\u001b[0m"), text);
    }

    @Test
    void render_fixture_groupsByTargetThenSeverity() {
        String text = renderFixture();
        int target = text.indexOf("https://agent.example.com/  ");
        int high = text.indexOf("  HIGH", target);
        int medium = text.indexOf("  MEDIUM", target);
        int low = text.indexOf("  LOW", target);
        int waived = text.indexOf("  WAIVED", target);
        assertTrue(target >= 0 && target < high && high < medium && medium < low && low < waived, text);
    }

    /** A report with one finding whose evidence is a summary line and one detail line per advisory. */
    private static VerifyReport withDetails() {
        String a = "https://agent.example.com/";
        RuleInfo rule = new RuleInfo("GATEWAY_VULNERABLE_VERSION", Severity.MEDIUM, "Vulnerable release", null,
                null, null);
        Finding f = Finding.of(rule, a, Finding.evidenceWithDetails("release 2026.6.6 is affected by 2 advisories"
                + " (2 medium); worst: CVE-1, CVE-2", List.of("CVE-1 [medium] one", "CVE-2 [medium] two")));
        TargetReport target = new TargetReport(a, URI.create(a), Optional.empty(), Optional.empty(),
                List.of(ProbeResult.checked("gateway", List.of(rule.id()), List.of(rule.id()), List.of(f),
                        Duration.ofMillis(5))),
                List.of(ReportedFinding.unwaived(f, Optional.empty())), Duration.ofMillis(5));
        return new VerifyReport("bulwark", "1.2.3", ReportFixture.STARTED, ReportFixture.STARTED, Duration.ZERO,
                List.of(target), List.of(), List.of(rule), List.of());
    }

    @Test
    void render_evidenceWithDetails_summaryOnlyUnlessVerbose() {
        String brief = render(new TextReportRenderer(false, Verbosity.NORMAL), withDetails());
        assertTrue(brief.contains("      release 2026.6.6 is affected by 2 advisories (2 medium); worst: CVE-1, CVE-2\n"
                + "      (2 more lines: --verbose lists them)"), brief);
        assertFalse(brief.contains("CVE-2 [medium] two"), brief);

        String verbose = render(new TextReportRenderer(false, Verbosity.VERBOSE), withDetails());
        assertTrue(verbose.contains("        - CVE-1 [medium] one\n        - CVE-2 [medium] two"), verbose);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'nginx\u001b[2J'|'nginx\\x1B[2J'",
        "'a\nb'|'a / b'",
        "'bell\u0007'|'bell\\x07'"})
    void oneLine_controlCharactersFromServers_areMadeVisible(String evidence, String shown) {
        assertEquals(shown, TextReportRenderer.oneLine(evidence));
    }

    @Test
    void render_waiverThatMatchedNothing_isANote() {
        VerifyReport fixture = ReportFixture.report();
        Waiver stale = new Waiver("TLS_OLD_PROTOCOL", "https://gone.example.com/", "old host", LocalDate.parse("2099-01-01"),
                new SourceLocation(Path.of("waivers.yaml"), 9, 3));
        List<Waiver> waivers = new ArrayList<>(fixture.waivers());
        waivers.add(stale);
        VerifyReport report = new VerifyReport(fixture.tool(), fixture.version(), fixture.started(), fixture.finished(),
                fixture.elapsed(), fixture.targets(), fixture.runFindings(), fixture.rules(), waivers);

        String text = render(new TextReportRenderer(false), report);

        assertTrue(text.contains("note: waiver for TLS_OLD_PROTOCOL on https://gone.example.com/ (waivers.yaml:9:3) "
                + "matched nothing in this run"), text);
        assertFalse(renderFixture().contains("matched nothing"), "applied and expired waivers are no such note");
        String sarif = render(new SarifReportRenderer(Path.of("").toAbsolutePath()), report);
        assertTrue(sarif.contains("matched nothing in this run"), sarif);
    }

    @Test
    void render_verbose_listsPassedRulesAndWhatCouldNotLook() {
        String text = render(new TextReportRenderer(false, Verbosity.VERBOSE), ReportFixture.report());
        assertTrue(text.contains("  PASSED 0 rules"), text);
        assertTrue(text.contains("  NOT CHECKED tls: connection refused by 127.0.0.1:1 (TLS_OLD_PROTOCOL)"), text);
    }

    @Test
    void render_quiet_findingsOnlyWithoutSummaryOrWaived() {
        String text = render(new TextReportRenderer(false, Verbosity.QUIET), ReportFixture.report());
        assertFalse(text.contains(" verify: "), text);
        assertTrue(text.contains("TLS_OLD_PROTOCOL"), text);
        assertFalse(text.contains("WAIVED"), text);
        assertFalse(text.contains("note:"), text);
    }
}
