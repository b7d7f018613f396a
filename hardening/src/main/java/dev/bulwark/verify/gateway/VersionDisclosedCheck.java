package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * The version should not be handed to anyone who asks: it tells an attacker which advisories to try. Low, because
 * hiding a version is no defence for an unpatched gateway, and OpenClaw's own Control UI page carries its build id.
 */
final class VersionDisclosedCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_VERSION_DISCLOSED", Severity.LOW,
            "Gateway shows its version to clients without credentials",
            "The agent's release number is readable without credentials (Control UI build id or asset URLs, health"
                    + " endpoints, response headers, control-ui-config.json), which points attackers at matching"
                    + " advisories.",
            "Keep health endpoints to {\"ok\":true}, drop version headers at the proxy, and consider serving the"
                    + " Control UI only to authenticated users (e.g. trusted-proxy auth in front of it).",
            List.of());

    VersionDisclosedCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<VersionSighting> sightings = observation.fingerprint().sightings();
        if (sightings.isEmpty()) {
            return List.of();
        }
        String evidence = String.join("; ", sightings.stream().map(s -> s.version() + " in " + s.where()).toList());
        return List.of(Finding.of(RULE, target.name(), evidence));
    }
}
