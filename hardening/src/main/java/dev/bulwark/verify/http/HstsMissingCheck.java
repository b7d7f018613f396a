package dev.bulwark.verify.http;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.Optional;

/** Without HSTS a network attacker can strip the first request back to plain HTTP before the redirect. */
public final class HstsMissingCheck extends AbstractCheck<HttpObservation> implements HttpsAnswerCheck {
    public static final RuleInfo RULE = new RuleInfo("HTTP_HSTS_MISSING", Severity.MEDIUM,
            "HTTPS response has no valid Strict-Transport-Security header",
            "The HTTPS response carries no Strict-Transport-Security header with a valid max-age, so browsers "
                    + "will try plain HTTP again on the next visit.",
            "Send 'Strict-Transport-Security: max-age=31536000; includeSubDomains' on every HTTPS response "
                    + "(in the reverse proxy in front of the gateway).",
            List.of("https://www.rfc-editor.org/rfc/rfc6797",
                    "https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html"));

    public HstsMissingCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(FetchResult.Answered response, HttpObservation observation, VerifyTarget target) {
        Optional<String> header = response.header("strict-transport-security");
        if (header.isEmpty()) {
            return List.of(Finding.of(RULE, target.name(), "GET " + observation.httpsUrl() + " answered HTTP "
                    + response.status() + " without Strict-Transport-Security"));
        }
        if (StrictTransportSecurity.maxAge(header.get()).isEmpty()) {
            return List.of(Finding.of(RULE, target.name(), "Strict-Transport-Security: " + header.get()
                    + " on " + observation.httpsUrl() + " is not valid (it needs exactly one numeric max-age)"));
        }
        return List.of();
    }
}
