package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.advisory.AdvisoryCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentAdvisoriesTest {
    private final AgentAdvisories advisories = AgentAdvisories.from(AdvisoryCatalog.bundled());

    @Test
    void from_bundledCatalogOldVersion_listsTheTokenTheftCve() {
        List<String> affecting = advisories.affecting("2026.1.20");
        assertTrue(affecting.stream().anyMatch(a -> a.startsWith("CVE-2026-25253")), affecting.toString());
    }

    @Test
    void from_bundledCatalogCurrentVersion_listsNothing() {
        assertEquals(List.of(), advisories.affecting("2026.9.6"));
    }

    @Test
    void from_unparsableVersion_listsNothingRatherThanGuessing() {
        assertEquals(List.of(), advisories.affecting("latest; rm -rf /"));
    }
}
