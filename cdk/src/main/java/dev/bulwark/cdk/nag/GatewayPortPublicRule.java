package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The gateway and its side services listen on loopback and are reached through the load balancer or a tunnel;
 * a public firewall entry for any of them (from any source) exposes the agent's control plane.
 */
final class GatewayPortPublicRule implements LightsailRule {

    /** Chrome DevTools ports of the gateway's browser profiles. */
    static final int DEVTOOLS_FIRST = 18800;
    static final int DEVTOOLS_LAST = 18899;
    /** Side services sit at gateway port + 1 … + 4 (bridge, browser control, canvas host). */
    static final int SIDE_SERVICES = 4;

    static final RuleInfo INFO = LightsailRule.describe("GatewayPortPublic", Severity.CRITICAL,
            "Agent gateway port is open in the public firewall",
            "The gateway port (and gateway+1..+4, 18800-18899 for browser DevTools) gives control of the agent; "
                    + "they must stay on loopback behind the load balancer.",
            "Remove the public firewall entry for these ports, or mark it AccessType private.");

    private final int gatewayPort;

    GatewayPortPublicRule(LightsailHardeningProps props) {
        this.gatewayPort = props.gatewayPort();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleVerdict check(LightsailResource resource) {
        if (!resource.is(LightsailTypes.INSTANCE)) {
            return RuleVerdict.notApplicable();
        }
        List<String> evidence = new ArrayList<>();
        for (FirewallPort port : FirewallPort.of(resource)) {
            List<String> sources = new ArrayList<>(port.publicSources());
            sources.addAll(port.privateAccess() ? List.of() : port.aliases());
            if (sources.isEmpty()) {
                continue;
            }
            if (port.overlapsTcp(gatewayPort, gatewayPort + SIDE_SERVICES)) {
                evidence.add(port.describe() + " overlaps gateway ports " + gatewayPort + "-"
                        + (gatewayPort + SIDE_SERVICES) + ", open to " + String.join(", ", sources));
            }
            if (port.overlapsTcp(DEVTOOLS_FIRST, DEVTOOLS_LAST)) {
                evidence.add(port.describe() + " overlaps browser DevTools ports " + DEVTOOLS_FIRST + "-"
                        + DEVTOOLS_LAST + ", open to " + String.join(", ", sources));
            }
        }
        return RuleVerdict.fromEvidence(evidence);
    }
}
