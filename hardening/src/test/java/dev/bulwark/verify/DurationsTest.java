package dev.bulwark.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"30s, PT30S", "2m, PT2M", "1m30s, PT1M30S", "500ms, PT0.5S", "1h, PT1H", "PT45S, PT45S",
        "pt1m, PT1M", "' 10s ', PT10S", "5, PT5S", "30, PT30S"})
    void parse_supportedForms_giveTheDuration(String text, Duration expected) {
        assertEquals(expected, Durations.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "s", "10 s", "-5s", "0s", "1d", "PTXS", "30s5"})
    void parse_invalid_throwsWithHowToWriteIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertEquals(true, e.getMessage().contains("30s"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"PT0.85S, 850 ms", "PT2.4S, 2.4 s", "PT30S, 30 s", "PT2M, 2 min", "PT1M30S, 90 s"})
    void human_duration_isShortAndReadable(Duration d, String expected) {
        assertEquals(expected, Durations.human(d));
    }

    @ParameterizedTest
    @CsvSource({"1, 1 day", "2, 2 days", "0, 0 days", "-1, -1 day"})
    void days_singularAndPlural(long n, String expected) {
        assertEquals(expected, Durations.days(n));
    }
}
