package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.API;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnauthenticatedApiCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                CheckCase.compliant("openclaw: 401 and 404", Observed.openClawHardened()),
                CheckCase.compliant("clawdbot: single-page fallback HTML and 405", Observed.clawdbot()),
                CheckCase.compliant("rate limited 429 is not access", Observed.with(Observed.openClawHardened(),
                        Observed.post(API, "/tools/invoke", 429, Observed.JSON, "{}"))),
                CheckCase.compliant("proxy redirects to login", Observed.with(Observed.openClawHardened(),
                        Observed.get(API, "/v1/models", 302, Observed.HTML, ""))),
                CheckCase.reported("models listed", Observed.with(Observed.openClawHardened(),
                        Observed.get(API, "/v1/models", 200, Observed.JSON, "{\"data\":[]}")), "GET /v1/models -> 200"),
                CheckCase.reported("encoded path bypass", Observed.with(Observed.openClawHardened(),
                        Observed.get(API, "/api%2Fchannels/x", 200, Observed.JSON, "{\"ok\":true}")),
                        "/api%2Fchannels/x -> 200"),
                CheckCase.reported("body validated before auth: 400", Observed.with(Observed.openClawHardened(),
                        Observed.post(API, "/v1/chat/completions", 400, Observed.JSON,
                                "{\"error\":{\"message\":\"messages required\"}}")), "/v1/chat/completions -> 400"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsApisThatAnswerWithoutAToken(CheckCase c) {
        c.assertOutcome(new UnauthenticatedApiCheck());
    }
}
