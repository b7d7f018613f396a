package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.verify.VerifyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The golden-file test every renderer shares: render {@link ReportFixture} and compare with the committed file.
 * After an intended change, regenerate with {@code -Dbulwark.updateGoldens=true} and review the diff.
 */
abstract class AbstractReportRendererTest {
    static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");

    abstract ReportRenderer renderer();

    /** File name of the golden file under {@code src/test/resources/golden}. */
    abstract String goldenFile();

    static String render(ReportRenderer renderer, VerifyReport report) {
        StringWriter text = new StringWriter();
        renderer.render(report, new PrintWriter(text));
        return text.toString();
    }

    String renderFixture() {
        return render(renderer(), ReportFixture.report());
    }

    @Test
    void render_fixtureReport_matchesGoldenFile() throws IOException {
        String actual = renderFixture();
        Path golden = GOLDEN_DIR.resolve(goldenFile());
        if (Boolean.getBoolean("bulwark.updateGoldens")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "output differs from " + golden + "; if the change is intended, re-run with "
                        + "-Dbulwark.updateGoldens=true and review the diff");
    }

    @Test
    void render_sameReportTwice_isIdentical() {
        assertEquals(renderFixture(), renderFixture());
    }
}
