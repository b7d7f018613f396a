package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectVerdictTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // name                               | upgrade | ok    | code            | details code                        | message                                                   | close | verdict
        "openclaw cli without auth           | 101 | false | NOT_PAIRED      | DEVICE_IDENTITY_REQUIRED            | device identity required                                  | 0    | CREDENTIAL_REFUSED",
        "openclaw foreign origin             | 101 | false | INVALID_REQUEST | CONTROL_UI_ORIGIN_NOT_ALLOWED       | origin not allowed (open the Control UI ...)              | 0    | ORIGIN_REFUSED",
        "openclaw same origin                | 101 | false | INVALID_REQUEST | CONTROL_UI_DEVICE_IDENTITY_REQUIRED | control ui requires device identity                       | 0    | CREDENTIAL_REFUSED",
        "openclaw unknown client id          | 101 | false | INVALID_REQUEST | -                                   | invalid connect params: at /client/id: must be equal      | 0    | NOT_APPLICABLE",
        "clawdbot control ui                 | 101 | false | INVALID_REQUEST | -                                   | control ui requires HTTPS or localhost (secure context)   | 0    | CREDENTIAL_REFUSED",
        "clawdbot cli                        | 101 | false | NOT_PAIRED      | -                                   | device identity required                                  | 0    | CREDENTIAL_REFUSED",
        "token missing                       | 101 | false | INVALID_REQUEST | AUTH_TOKEN_MISSING                  | unauthorized: gateway token missing                       | 0    | CREDENTIAL_REFUSED",
        "protocol mismatch                   | 101 | false | INVALID_REQUEST | PROTOCOL_MISMATCH                   | protocol mismatch                                         | 0    | NOT_APPLICABLE",
        "rate limited                        | 101 | false | UNAVAILABLE     | AUTH_RATE_LIMITED                   | too many attempts                                         | 0    | REFUSED_OTHERWISE",
        "hello-ok                            | 101 | true  | -               | -                                   | -                                                         | 0    | ACCEPTED",
        "closed with a reason, no response   | 101 | -     | -               | -                                   | origin not allowed                                        | 1008 | ORIGIN_REFUSED",
        "closed without anything             | 101 | -     | -               | -                                   | -                                                         | 1006 | NO_ANSWER",
        "proxy refuses upgrade               | 403 | -     | -               | -                                   | -                                                         | 0    | UPGRADE_REFUSED",
    })
    void of_answer_classifiesWhatItProves(String name, int upgrade, Boolean ok, String code, String details,
                                          String message, int close, ConnectVerdict expected) {
        ConnectAttempt attempt = new ConnectAttempt(ConnectAttempt.Purpose.CROSS_ORIGIN, "openclaw-control-ui",
                "webchat", Map.of(), upgrade, upgrade == 101, Optional.ofNullable(ok), code, details, message, close,
                Optional.empty(), Optional.empty());
        assertEquals(expected, attempt.verdict(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"timed out, 101", "connection refused, 0"})
    void of_failure_isNoAnswer(String failure, int upgrade) {
        ConnectAttempt attempt = new ConnectAttempt(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", "cli", Map.of(),
                upgrade, false, Optional.empty(), "", "", "", 0, Optional.empty(), Optional.of(failure));
        assertEquals(ConnectVerdict.NO_ANSWER, attempt.verdict());
    }
}
