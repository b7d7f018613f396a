package dev.bulwark.cdk.nag;

import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.policy.HardeningPolicy;

import java.util.ArrayList;
import java.util.List;

/** SSH (TCP 22, alone or inside a range) reachable from the whole internet, including by the default firewall. */
final class SshWorldOpenRule extends ResourceTypeRule {

    static final int SSH = 22;

    static final RuleInfo INFO = LightsailRule.describe("SshWorldOpen", Severity.CRITICAL,
            "SSH is open to the whole internet",
            "TCP 22 reachable from 0.0.0.0/0, ::/0 or a comparably wide block invites credential stuffing and "
                    + "exploits against sshd from every scanner on the internet.",
            "Open port 22 only to the admin CIDRs (admin.sshCidrs in the blueprint), or close it by leaving "
                    + "those lists empty.");

    private final HardeningPolicy.Network network;

    SshWorldOpenRule(LightsailHardeningProps props) {
        super(INFO, LightsailTypes.INSTANCE);
        this.network = props.policy().network();
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        if (DefaultFirewallRule.hasNoPorts(resource)) {
            return RuleVerdict.nonCompliant("no Networking.Ports: the default firewall opens tcp/22 to 0.0.0.0/0 "
                    + "and ::/0");
        }
        List<String> evidence = new ArrayList<>();
        for (FirewallPort port : FirewallPort.of(resource)) {
            List<String> open = port.coversTcp(SSH) ? port.worldOpenSources(network) : List.of();
            if (!open.isEmpty()) {
                String range = port.fromPort() == port.toPort() ? "" : " (covers tcp/22)";
                evidence.add(port.describe() + range + " open to " + String.join(", ", open));
            }
        }
        return RuleVerdict.fromEvidence(evidence);
    }
}
