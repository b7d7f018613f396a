package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * A foreign Origin must be refused <em>as an Origin</em>. The gateway checks the Origin before credentials, so when
 * a Control UI connect from {@code https://evil.example} is refused only for a missing token or device identity, the
 * Origin check let it through and a credential is all that stands between a web page and the gateway. Reported
 * only when no Control UI variant was refused for its Origin and none was accepted (that is
 * {@link CrossOriginConnectCheck}).
 */
final class OriginNotEnforcedCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_ORIGIN_NOT_ENFORCED", Severity.MEDIUM,
            "Gateway lets a foreign Origin past its Origin check",
            "A Control UI connect with Origin https://evil.example was refused only for missing credentials, not for"
                    + " its Origin: a web page that obtains or guesses a credential can drive the gateway.",
            "Set gateway.controlUi.allowedOrigins to the public origin of the Control UI (never '*'), keep"
                    + " dangerouslyAllowHostHeaderOriginFallback off, or refuse foreign Origins at the proxy;"
                    + " upgrade to 2026.2.25 or later.",
            List.of("https://github.com/advisories/GHSA-jmmg-jqc7-5qf4"));

    OriginNotEnforcedCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<ConnectAttempt> attempts = observation.connects(ConnectAttempt.Purpose.CROSS_ORIGIN);
        boolean originRefused = attempts.stream().anyMatch(c -> c.verdict() == ConnectVerdict.ORIGIN_REFUSED
                || c.verdict() == ConnectVerdict.UPGRADE_REFUSED);
        boolean accepted = attempts.stream().anyMatch(c -> c.verdict() == ConnectVerdict.ACCEPTED);
        List<ConnectAttempt> passedOrigin = attempts.stream()
                .filter(c -> c.verdict() == ConnectVerdict.CREDENTIAL_REFUSED).toList();
        if (originRefused || accepted || passedOrigin.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), Evidence.ofConnects(passedOrigin)));
    }
}
