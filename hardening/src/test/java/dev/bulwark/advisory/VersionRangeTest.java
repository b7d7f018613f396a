package dev.bulwark.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionRangeTest {

    @ParameterizedTest(name = "{1} in ''{0}'' = {2}")
    @CsvSource({
        "< 2026.1.29, 2026.1.24-3, true",
        "< 2026.1.29, 2026.1.29-beta.1, true",
        "< 2026.1.29, 2026.1.29, false",
        "< 2026.1.29, 2026.9.6, false",
        "'>= 2026.1.5, < 2026.1.29', 2026.1.4, false",
        "'>= 2026.1.5, < 2026.1.29', 2026.1.5, true",
        "'>=2026.1.5,<2026.1.29', 2026.1.28, true",
        "<= 2026.2.19-2, 2026.2.19, true",
        "<= 2026.2.19-2, 2026.2.19-2, true",
        "<= 2026.2.19-2, 2026.2.21, false",
        "= 2026.4.23, 2026.4.23, true",
        "= 2026.4.23, 2026.4.24, false",
        ">= 2026.6.6, 2026.9.6, true",
    })
    void contains_versions_matchBounds(String range, String version, boolean expected) {
        assertEquals(expected, VersionRange.parse(range).contains(AgentVersion.of(version)));
    }

    @ParameterizedTest
    @CsvSource({
        "< 2026.1.29, 2026.1.29, true",
        "< 2026.2.2, 2026.1.29, true",
        "< 2026.1.20, 2026.1.29, false",
        "'>= 2026.1.1, < 2026.2.2', 2026.1.29, false",
    })
    void containsEveryReleaseBefore_bound_onlyWithoutLowerBoundAndLaterFix(String range, String bound,
                                                                           boolean expected) {
        assertEquals(expected, VersionRange.parse(range).containsEveryReleaseBefore(AgentVersion.of(bound)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026.1.29", "< latest", "'>= 2026.2.1, < 2026.1.29'", "'>= 2026.2.1, <= 2026.1.29'",
        "'< 2026.2.1, <= 2026.2.1'"})
    void parse_malformed_throws(String text) {
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse(text.replace("'", "")));
    }

    @org.junit.jupiter.api.Test
    void toString_roundTrips() {
        assertEquals(">= 2026.1.5, < 2026.1.29", VersionRange.parse(">=2026.1.5,<2026.1.29").toString());
        assertEquals("= 2026.4.23", VersionRange.parse("=2026.4.23").toString());
        assertEquals("<= 2026.2.19-2", VersionRange.parse("<=2026.2.19-2").toString());
    }
}
