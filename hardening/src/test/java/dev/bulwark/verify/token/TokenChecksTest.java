package dev.bulwark.verify.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Check;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.VerifyTarget;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenChecksTest {
    private static final VerifyTarget TARGET = new VerifyTarget(URI.create("https://agent.example.com/"),
            Optional.empty(), Expectations.defaults());

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("stale accepted (400)", new StaleTokenAcceptedCheck(), observe(null, 400), 1),
                Arguments.of("stale accepted (200)", new StaleTokenAcceptedCheck(), observe(null, 200), 1),
                Arguments.of("stale refused (401)", new StaleTokenAcceptedCheck(), observe(null, 401), 0),
                Arguments.of("stale refused (403)", new StaleTokenAcceptedCheck(), observe(null, 403), 0),
                Arguments.of("stale not given", new StaleTokenAcceptedCheck(), observe(400, null), 0),
                Arguments.of("current refused (401)", new CurrentTokenRefusedCheck(), observe(401, null), 1),
                Arguments.of("current refused (403)", new CurrentTokenRefusedCheck(), observe(403, 401), 1),
                Arguments.of("current accepted", new CurrentTokenRefusedCheck(), observe(400, 401), 0),
                Arguments.of("current not given", new CurrentTokenRefusedCheck(), observe(null, 401), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_answer_findsAsExpected(String name, Check<TokenObservation> check, TokenObservation observation,
                                         int expected) {
        List<Finding> findings = check.evaluate(observation, TARGET);
        assertEquals(expected, findings.size(), name + ": " + findings);
        findings.forEach(f -> assertEquals(check.rule().id(), f.ruleId()));
    }

    private static TokenObservation observe(Integer current, Integer stale) {
        return new TokenObservation(answer(TokenRole.CURRENT, current), answer(TokenRole.STALE, stale));
    }

    private static Optional<TokenAnswer> answer(TokenRole role, Integer status) {
        return Optional.ofNullable(status).map(s -> TokenAnswer.answered(role, TokenRequest.LINE, s));
    }
}
