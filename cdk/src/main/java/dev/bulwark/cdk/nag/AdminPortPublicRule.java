package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * Databases, Docker, model servers and debug ports (the policy's {@code ports} of kind {@code admin}, the same
 * list the verifier's port scan watches) must never answer on a gateway host's public address, from any source.
 * SSH is left to the SSH rules, which know the admin CIDRs.
 */
final class AdminPortPublicRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("AdminPortPublic", Severity.HIGH,
            "Admin or data port is open in the public firewall",
            "Ports such as Docker (2375/2376), databases (3306, 5432, 6379, 27017), Ollama (11434) and Chrome "
                    + "DevTools (9222) hand over the host or its data to whoever reaches them. The list is the "
                    + "hardening policy's admin ports, the same the verifier scans (docs/hardening.md, Policy values).",
            "Remove the public firewall entry, or mark it AccessType private and reach the service over SSH.");

    private final List<Integer> adminPorts;

    AdminPortPublicRule(LightsailHardeningProps props) {
        super(INFO, LightsailTypes.INSTANCE);
        this.adminPorts = props.policy().portsOf(HardeningPolicy.PortKind.ADMIN);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        List<String> evidence = new ArrayList<>();
        for (FirewallPort port : FirewallPort.of(resource)) {
            List<String> sources = port.allPublicSources();
            List<String> exposed = adminPorts.stream().filter(port::coversTcp).map(p -> "tcp/" + p).toList();
            if (!sources.isEmpty() && !exposed.isEmpty()) {
                evidence.add(port.describe() + " exposes " + String.join(", ", exposed) + " to "
                        + String.join(", ", sources));
            }
        }
        return RuleVerdict.fromEvidence(evidence);
    }
}
