package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gateway and its side services listen on loopback and are reached through the load balancer or a tunnel;
 * a public firewall entry for any of them (from any source) exposes the agent's control plane. The port family
 * (gateway port, its related offsets, the DevTools range) comes from the hardening policy.
 */
final class GatewayPortPublicRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("GatewayPortPublic", Severity.CRITICAL,
            "Agent gateway port is open in the public firewall",
            "The gateway port, its side services (bridge, browser control, canvas host) and the browser DevTools "
                    + "ports 18800-18899 give control of the agent; they must stay on loopback behind the load balancer.",
            "Remove the public firewall entry for these ports, or mark it AccessType private.");

    private final int gatewayPort;
    private final Set<Integer> family;

    GatewayPortPublicRule(LightsailHardeningProps props) {
        super(INFO, LightsailTypes.INSTANCE);
        this.gatewayPort = props.gatewayPort();
        this.family = props.policy().gatewayFamilyPorts(gatewayPort);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        List<String> evidence = new ArrayList<>();
        for (FirewallPort port : FirewallPort.of(resource)) {
            List<String> sources = port.allPublicSources();
            List<Integer> exposed = family.stream().filter(port::coversTcp).toList();
            if (!sources.isEmpty() && !exposed.isEmpty()) {
                evidence.add(port.describe() + " exposes " + exposed.size() + " gateway-family port(s) of gateway "
                        + gatewayPort + " (first tcp/" + exposed.get(0) + ") to " + String.join(", ", sources));
            }
        }
        return RuleVerdict.fromEvidence(evidence);
    }
}
