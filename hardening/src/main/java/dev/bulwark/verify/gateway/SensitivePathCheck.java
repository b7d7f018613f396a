package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** The Control UI's bootstrap configuration must not be readable without credentials. */
final class SensitivePathCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_SENSITIVE_PATH", Severity.HIGH,
            "Gateway serves its Control UI configuration without credentials",
            "control-ui-config.json answered with JSON to a client without credentials; it describes the gateway"
                    + " (base path, assistant identity, on some releases the server version) to anyone.",
            "Upgrade the gateway (2026.9.6 answers 401 here) or deny /__openclaw/ and */control-ui-config.json at"
                    + " the proxy for unauthenticated clients.",
            List.of());

    SensitivePathCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<HttpExchange> readable = observation.exchanges(HttpExchange.Purpose.SENSITIVE).stream()
                .filter(e -> e.isSuccess() && !e.isHtml() && e.isJson()).toList();
        return readable.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(),
                Evidence.ofExchanges(readable)));
    }
}
