package dev.bulwark.advisory.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed import (OSV data and report) is what the converter makes of the committed source. */
class AdvisoryImportTest {
    /** Tests run in the module directory. */
    private static final Path ROOT = Path.of("..");

    @Test
    void committedImport_matchesTheConverterOutput() throws IOException {
        if (Boolean.getBoolean("bulwark.updateAdvisories")) {
            AdvisoryImport.write(ROOT);
        }
        AdvisoryImport.Result result = AdvisoryImport.convert(ROOT.resolve(AdvisoryImport.SOURCE),
                ROOT.resolve(AdvisoryImport.RELEASES));
        String stale = " is out of date with the converter; run `" + AdvisoryImport.REGENERATE
                + "` from the repository root and commit the result";
        assertEquals(result.osvJson(), Files.readString(ROOT.resolve(AdvisoryImport.OUTPUT), StandardCharsets.UTF_8),
                AdvisoryImport.OUTPUT + stale);
        assertEquals(result.reportMarkdown(), Files.readString(ROOT.resolve(AdvisoryImport.REPORT),
                StandardCharsets.UTF_8), AdvisoryImport.REPORT + stale);
    }

    @Test
    void convert_source_accountsForEveryEntry() throws IOException {
        AdvisoryImport.Result result = AdvisoryImport.convert(ROOT.resolve(AdvisoryImport.SOURCE),
                ROOT.resolve(AdvisoryImport.RELEASES));
        assertEquals(657, result.imported() + result.excluded(), "every entry is imported or reported");
        assertTrue(result.reportMarkdown().contains("| in the source | 657 |"), result.reportMarkdown());
        assertTrue(result.excluded() <= 5, "only entries that cannot be a correct range are kept out: "
                + result.excluded());
    }
}
