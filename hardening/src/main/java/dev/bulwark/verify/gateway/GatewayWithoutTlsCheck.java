package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * An agent gateway answering over plain HTTP: its token, device pairing and the Control UI travel unencrypted, and
 * anyone on the path can read or change them (CVE-2026-40045 was exactly credentials over an unencrypted WebSocket).
 */
final class GatewayWithoutTlsCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_WITHOUT_TLS", Severity.HIGH,
            "Agent gateway is reachable without TLS",
            "The gateway (its Control UI or WebSocket handshake) answered over plain http:// or ws://. Tokens, "
                    + "pairing codes and every message travel unencrypted and can be read or changed on the way.",
            "Put the gateway behind the TLS load balancer or proxy (bulwark's stacks do) and close the plain "
                    + "port; verify the https:// URL. Rotate the gateway token, which may have been exposed.",
            List.of("https://github.com/openclaw/openclaw/security/advisories/GHSA-83f3-hh45-vfw9",
                    "https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html"));

    GatewayWithoutTlsCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        if (!observation.plainText() || !observation.gatewayDetected()) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), "the gateway answered at " + observation.base()
                + " without TLS: " + PlainHttpCheck.firstAnswer(observation)));
    }
}
