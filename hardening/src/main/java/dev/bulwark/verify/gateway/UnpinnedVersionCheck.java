package dev.bulwark.verify.gateway;

import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;
import java.util.Optional;

/**
 * The deployment should run the release its blueprint pins. Checked only when both are known: a gateway that hides
 * its version is not blamed here.
 */
final class UnpinnedVersionCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_VERSION_UNPINNED", Severity.MEDIUM,
            "Gateway runs a different release than the blueprint pins",
            "The release the gateway shows differs from agent.version in the blueprint: the host updated itself or"
                    + " was changed by hand, so what was reviewed is not what runs.",
            "Redeploy from the blueprint (or update agent.version after reviewing the release) and turn off"
                    + " automatic agent updates on the host.",
            List.of());

    UnpinnedVersionCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        Optional<String> pinned = target.expectations().agentVersion();
        Optional<AgentVersion> seen = observation.fingerprint().version();
        if (pinned.isEmpty() || seen.isEmpty()) {
            return List.of();
        }
        boolean same = AgentVersion.parse(pinned.get()).map(p -> p.equals(seen.get()))
                .orElse(pinned.get().strip().equals(seen.get().toString()));
        if (same) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), "pinned " + pinned.get() + ", running " + seen.get()
                + " (seen in " + observation.fingerprint().sightings().get(0).where() + ")"));
    }
}
