package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
