package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * Any public firewall entry whose source reaches most of the internet (IPv4 shorter than /8, IPv6 shorter
 * than /16). Behind a load balancer an instance needs no world-open port at all. Reported per port
 * ({@code Lightsail-WorldOpenPort[tcp/443]}), so accepting one deliberate port does not hide the next.
 */
final class WorldOpenPortRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("WorldOpenPort", Severity.HIGH,
            "Instance firewall opens a port to the whole internet",
            "A port open to 0.0.0.0/0, ::/0 or any IPv4 block shorter than /8 or IPv6 block shorter than /16 "
                    + "is reachable by every scanner on the internet.",
            "Restrict the port's Cidrs/Ipv6Cidrs to the addresses that need it, or mark it AccessType private "
                    + "and reach the instance through the load balancer.");

    private final HardeningPolicy.Network network;

    WorldOpenPortRule(LightsailHardeningProps props) {
        super(INFO, LightsailTypes.INSTANCE);
        this.network = props.policy().network();
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        List<String> ports = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (FirewallPort port : FirewallPort.of(resource)) {
            List<String> open = port.worldOpenSources(network);
            if (!open.isEmpty() && !ports.contains(port.describe())) {
                ports.add(port.describe());
                evidence.add(port.describe() + " open to " + String.join(", ", open));
            }
        }
        return RuleVerdict.granular(ports, evidence);
    }
}
