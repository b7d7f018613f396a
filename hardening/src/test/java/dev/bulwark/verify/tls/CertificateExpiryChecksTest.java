package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The expired and expiring checks share one table: each validity window trips at most one of them. */
class CertificateExpiryChecksTest {
    private static final Instant NOW = Observations.NOW;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("60 days left", NOW.minus(days(30)), NOW.plus(days(60)), 0, 0),
                Arguments.of("exactly 21 days left", NOW.minus(days(30)), NOW.plus(days(21)), 0, 0),
                Arguments.of("20 days left", NOW.minus(days(30)), NOW.plus(days(20)), 0, 1),
                Arguments.of("5 days left", NOW.minus(days(30)), NOW.plus(days(5)), 0, 1),
                Arguments.of("one second left", NOW.minus(days(30)), NOW.plusSeconds(1), 0, 1),
                Arguments.of("expired yesterday", NOW.minus(days(90)), NOW.minus(days(1)), 1, 0),
                Arguments.of("not yet valid", NOW.plus(days(1)), NOW.plus(days(90)), 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_validityWindow_expiredAndExpiringFindings(String name, Instant notBefore, Instant notAfter,
                                                            int expired, int expiring) {
        TlsObservation observation = Observations.with(Observations.leafValid(notBefore, notAfter));

        assertEquals(expired, new CertificateExpiredCheck().evaluate(observation, Observations.TARGET).size());
        assertEquals(expiring, new CertificateExpiringCheck().evaluate(observation, Observations.TARGET).size());
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
