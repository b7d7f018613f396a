package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

/**
 * An instance without {@code Networking.Ports} keeps Lightsail's default firewall: the CloudFormation handler
 * only calls {@code PutInstancePublicPorts} for a non-empty list, so 22 and 80 stay open to the world.
 */
final class DefaultFirewallRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("DefaultFirewallOpen", Severity.HIGH,
            "Instance keeps Lightsail's default firewall (22 and 80 open to the world)",
            "Without Networking.Ports the CloudFormation handler never replaces the default firewall, which "
                    + "allows TCP 22 and 80 from 0.0.0.0/0 and ::/0.",
            "List every port the instance needs in Networking.Ports; to open nothing publicly, list the ports "
                    + "with AccessType private.");

    DefaultFirewallRule() {
        super(INFO, LightsailTypes.INSTANCE);
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        return hasNoPorts(resource)
                ? RuleVerdict.nonCompliant("Networking.Ports is absent or empty: defaults tcp/22 and tcp/80 "
                + "stay open to 0.0.0.0/0 and ::/0")
                : RuleVerdict.compliant();
    }

    static boolean hasNoPorts(LightsailResource instance) {
        return instance.property("Networking").path("Ports").isEmpty();
    }
}
