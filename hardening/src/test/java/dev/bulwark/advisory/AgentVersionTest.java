package dev.bulwark.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentVersionTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "2026.1.24, 2026.1.29",
        "2026.1.29, 2026.2.2",
        "2026.2.2, 2026.2.14",
        "2026.9.6, 2026.10.1",
        "2025.12.31, 2026.1.1",
        "2026.1.24-beta.1, 2026.1.24-beta.2",
        "2026.1.24-beta.2, 2026.1.24",
        "2026.1.24, 2026.1.24-1",
        "2026.1.24-1, 2026.1.24-3",
        "2026.1.24-3, 2026.1.25",
        "2026.1.24-12, 2026.1.25-beta.1",
        "2026.1.24-3, 2026.1.29",
    })
    void compareTo_earlierRelease_isBefore(String earlier, String later) {
        AgentVersion a = AgentVersion.of(earlier);
        AgentVersion b = AgentVersion.of(later);
        assertTrue(a.isBefore(b), earlier + " should sort before " + later);
        assertTrue(b.compareTo(a) > 0, later + " should sort after " + earlier);
    }

    @ParameterizedTest
    @CsvSource({"2026.1.29, 2026.1.29", "v2026.1.29, 2026.1.29", "2026.01.09, 2026.1.9", "' 2026.3.2 ', 2026.3.2"})
    void equals_sameReleaseWrittenDifferently_isEqual(String written, String canonical) {
        assertEquals(AgentVersion.of(canonical), AgentVersion.of(written));
        assertEquals(AgentVersion.of(canonical).hashCode(), AgentVersion.of(written).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026.1", "1.2.3", "2026.1.29-rc.1", "2026.1.29-", "latest", "2026.1.29.1"})
    void parse_notAnAgentVersion_isEmpty(String text) {
        assertEquals(Optional.empty(), AgentVersion.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026.9.6-release-eb377ac59e6c-2026-09-23T16-33-12.144Z-314f | 2026.9.6",
        "/favicon.svg?v=2026.9.6-release-eb377ac | 2026.9.6",
        "{\"serverVersion\":\"2026.4.2-1\"} | 2026.4.2-1",
        "clawdbot 2026.1.24-beta.3 ready | 2026.1.24-beta.3",
    })
    void findIn_textContainingVersion_findsIt(String text, String expected) {
        assertEquals(Optional.of(AgentVersion.of(expected)), AgentVersion.findIn(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uptimeMs 12026.1.24", "delayP99Ms\":87.7", "2026-09-23T16-33-12.144Z", "12.2026.1.5"})
    void findIn_textWithoutVersion_isEmpty(String text) {
        assertEquals(Optional.empty(), AgentVersion.findIn(text));
    }

    @org.junit.jupiter.api.Test
    void of_malformed_explainsTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgentVersion.of("1.0"));
        assertTrue(e.getMessage().contains("YYYY.M.D"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void toString_isTheVersionAsPublished() {
        assertEquals("2026.1.24-3", AgentVersion.of("2026.1.24-3").toString());
    }
}
