package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** A WebSocket client that presents no token and no device identity must never get {@code hello-ok}. */
final class UnauthenticatedConnectCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_UNAUTHENTICATED", Severity.CRITICAL,
            "Gateway accepts a WebSocket connect without credentials",
            "A client that sent no token, password or device identity completed the gateway handshake and can drive"
                    + " the agent: run tools, read sessions, change configuration.",
            "Set gateway.auth.mode to token (or trusted-proxy behind an authenticating proxy) with a long random"
                    + " token, upgrade to a release that has no auth mode 'none', and restart the gateway.",
            List.of("https://nvd.nist.gov/vuln/detail/CVE-2026-25593"));

    UnauthenticatedConnectCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<ConnectAttempt> accepted = observation.connects(ConnectAttempt.Purpose.UNAUTHENTICATED).stream()
                .filter(c -> c.verdict() == ConnectVerdict.ACCEPTED).toList();
        return accepted.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(),
                Evidence.ofConnects(accepted)));
    }
}
