package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * Says so when nothing at the URL looks like an agent gateway, so a clean report is not mistaken for a checked
 * gateway: either the URL is wrong or the proxy hides the gateway from unauthenticated clients (which is fine).
 */
final class NotDetectedCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_NOT_DETECTED", Severity.INFO,
            "No agent gateway answered at the URL",
            "Neither the Control UI (OpenClaw, Clawdbot or Moltbot) nor the gateway's WebSocket handshake"
                    + " answered an unauthenticated client; the gateway checks had nothing to examine.",
            "If the URL is right and the proxy authenticates users before the gateway, nothing to do; otherwise"
                    + " give verify the deployment's public URL (the URL argument, or `url:` in --targets).",
            List.of());

    NotDetectedCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        if (observation.gatewayDetected()) {
            return List.of();
        }
        String evidence = observation.exchanges(HttpExchange.Purpose.CONTROL_UI).stream().findFirst()
                .map(e -> e.request() + " -> " + e.answer() + " without a Control UI marker")
                .orElse("no Control UI request was made") + "; no connect.challenge on the WebSocket";
        return List.of(Finding.of(RULE, target.name(), evidence));
    }
}
