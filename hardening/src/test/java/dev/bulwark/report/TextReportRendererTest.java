package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
