package dev.bulwark.cdk.nag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LightsailRulesDocTest {
    @Test
    void markdown_committedCatalog_matchesThePacksRules() throws IOException {
        Path doc = Path.of("..", "docs", "plan-rules.md");
        if (Boolean.getBoolean("bulwark.updateDocs")) {
            LightsailRulesDoc.write(doc);
        }
        String committed = Files.readString(doc);
        assertEquals(LightsailRulesDoc.markdown(), committed,
                "docs/plan-rules.md is out of date with the Lightsail pack; run `" + LightsailRulesDoc.REGENERATE
                        + "` from the repository root");
    }
}
