package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** A Control UI connect from a foreign web page must not complete: that is how a browser tab takes over a gateway. */
final class CrossOriginConnectCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_CROSS_ORIGIN_WS", Severity.HIGH,
            "Gateway accepts a Control UI connect from a foreign Origin",
            "A WebSocket connect sent as the Control UI with Origin https://evil.example completed the handshake: any"
                    + " web page a user opens can drive the gateway (ClawJacked).",
            "Set gateway.controlUi.allowedOrigins to the one public origin of the Control UI, never '*', keep"
                    + " dangerouslyAllowHostHeaderOriginFallback off, and upgrade to 2026.2.25 or later.",
            List.of("https://github.com/advisories/GHSA-jmmg-jqc7-5qf4"));

    CrossOriginConnectCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<ConnectAttempt> accepted = observation.connects(ConnectAttempt.Purpose.CROSS_ORIGIN).stream()
                .filter(c -> c.verdict() == ConnectVerdict.ACCEPTED).toList();
        return accepted.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(),
                Evidence.ofConnects(accepted)));
    }
}
