package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.baseline.RealTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportRendererTest extends AbstractReportRendererTest {

    @TempDir
    Path dir;

    @Override
    ReportRenderer renderer() {
        return new HtmlReportRenderer();
    }

    @Override
    String goldenFile() {
        return "verify-report.html";
    }

    @Test
    void render_hostileEvidence_isEscapedText() {
        String html = renderFixture();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("nginx/1.18 &lt;script&gt;&amp;&quot;quoted&quot; &apos;x&apos;\uFFFD"), html);
        assertTrue(html.contains("Content-Security-Policy"), html);
    }

    /**
     * Opens the report in real headless Chromium (Debian's chromium) and reads the page the browser built: the
     * summary, one block per finding with evidence and fix, the unreachable target, and the hostile evidence as
     * text (no script element), then renders a screenshot.
     */
    @Test
    void render_fixture_readsRightInRealHeadlessChromium() throws IOException {
        String chromium = RealTool.require("chromium", "chromium");
        Path page = Files.writeString(dir.resolve("report.html"), renderFixture());
        List<String> flags = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"));

        List<String> dumpDom = new ArrayList<>(List.of(chromium));
        dumpDom.addAll(flags);
        dumpDom.addAll(List.of("--dump-dom", page.toUri().toString()));
        RealTool.Result dom = RealTool.run(dumpDom);
        String body = dom.output().substring(Math.max(0, dom.output().indexOf("<html")));

        assertEquals(0, dom.exitCode(), dom.output());
        assertTrue(body.contains("<title>bulwark verify report</title>"), body);
        assertTrue(body.contains("5 findings (2 high, 2 medium, 1 low), 1 waived"), body);
        assertEquals(6, count(body, "<div class=\"finding "), "5 open findings and 1 waived: " + body);
        assertTrue(body.contains("<span class=\"status-not-checked\">NOT CHECKED</span>"), body);
        assertTrue(body.contains("fix: Use a TLS policy that allows TLS 1.2 and 1.3 only."), body);
        assertFalse(body.contains("<script"), "hostile evidence stayed text in the browser's DOM: " + body);
        assertTrue(body.contains("&lt;script&gt;"), body);

        Path png = dir.resolve("report.png");
        List<String> screenshot = new ArrayList<>(List.of(chromium));
        screenshot.addAll(flags);
        screenshot.addAll(List.of("--screenshot=" + png, "--window-size=1000,1400", page.toUri().toString()));
        RealTool.Result shot = RealTool.run(screenshot);
        assertEquals(0, shot.exitCode(), shot.output());
        assertTrue(Files.size(png) > 10_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
    }

    private static int count(String text, String fragment) {
        Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
