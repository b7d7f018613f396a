package dev.bulwark.verify.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.VerifyTarget;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three HTTP checks against hand-made observations: no network. */
class HttpChecksTest {
    private static final URI HTTPS = URI.create("https://agent.example.com/");
    private static final URI PLAIN = URI.create("http://agent.example.com/");
    private static final VerifyTarget TARGET = new VerifyTarget(HTTPS, Optional.empty(), Expectations.defaults());
    private static final FetchResult REDIRECT = answered(301, "Location", "https://agent.example.com/");

    static Stream<Arguments> hsts() {
        return Stream.of(
                Arguments.of(answered(200, "Strict-Transport-Security", "max-age=31536000; includeSubDomains"), 0, 0),
                Arguments.of(answered(200, "strict-transport-security", "max-age=15552000"), 0, 0),
                Arguments.of(answered(301, "Strict-Transport-Security", "max-age=\"63072000\"; preload"), 0, 0),
                Arguments.of(answered(200, "Strict-Transport-Security", "max-age=15551999"), 0, 1),
                Arguments.of(answered(200, "Strict-Transport-Security", "max-age=0"), 0, 1),
                Arguments.of(answered(200, "Strict-Transport-Security", "includeSubDomains"), 1, 0),
                Arguments.of(answered(200, "Strict-Transport-Security", "max-age=1y"), 1, 0),
                Arguments.of(answered(200, "Strict-Transport-Security", "max-age=1; max-age=31536000"), 1, 0),
                Arguments.of(answered(200, "Content-Type", "text/html"), 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hsts")
    void hstsChecks_httpsResponse_missingAndShortFindings(FetchResult https, int missing, int tooShort) {
        HttpObservation observation = new HttpObservation(HTTPS, https, PLAIN, REDIRECT);

        assertEquals(missing, new HstsMissingCheck().evaluate(observation, TARGET).size());
        assertEquals(tooShort, new HstsShortCheck().evaluate(observation, TARGET).size());
    }

    static Stream<Arguments> redirects() {
        return Stream.of(
                Arguments.of(answered(301, "Location", "https://agent.example.com/"), 0),
                Arguments.of(answered(308, "Location", "https://AGENT.example.com:443/login"), 0),
                Arguments.of(answered(302, "Location", "https://agent.example.com/"), 0),
                Arguments.of(new FetchResult.Refused("Connection refused"), 0),
                Arguments.of(answered(200, "Content-Type", "text/html"), 1),
                Arguments.of(answered(301, "Location", "http://agent.example.com/"), 1),
                Arguments.of(answered(301, "Location", "/"), 1),
                Arguments.of(answered(301, "Location", "https://evil.example.net/"), 1),
                Arguments.of(answered(301, "Content-Type", "text/html"), 1),
                Arguments.of(answered(301, "Location", "https://bad host/"), 1),
                Arguments.of(new FetchResult.NotHttp("Invalid status line"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redirects")
    void redirectCheck_plainHttpAnswer_findingUnlessHttpsOnSameHostOrClosed(FetchResult plain, int findings) {
        HttpObservation observation = new HttpObservation(HTTPS, answered(200, "X", "y"), PLAIN, plain);

        assertEquals(findings, new HttpsRedirectCheck().evaluate(observation, TARGET).size());
    }

    @Test
    void canEvaluate_noAnswer_falseForTheRuleThatNeedsIt() {
        HttpObservation observation = new HttpObservation(HTTPS, new FetchResult.NoAnswer("timeout"), PLAIN,
                new FetchResult.NoAnswer("timeout"));

        assertFalse(new HstsMissingCheck().canEvaluate(observation));
        assertFalse(new HstsShortCheck().canEvaluate(observation));
        assertFalse(new HttpsRedirectCheck().canEvaluate(observation));
        assertTrue(new HttpsRedirectCheck().canEvaluate(new HttpObservation(HTTPS, REDIRECT, PLAIN,
                new FetchResult.Refused("refused"))));
    }

    private static FetchResult answered(int status, String header, String value) {
        return new FetchResult.Answered(status, Map.of(header, List.of(value)));
    }
}
