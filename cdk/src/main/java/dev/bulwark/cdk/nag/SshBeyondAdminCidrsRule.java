package dev.bulwark.cdk.nag;

import dev.bulwark.cidr.Cidr;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * SSH must be reachable from the admin CIDRs only. Any public source of TCP 22 that is not inside one of the
 * admin blocks is a finding, and so is the {@code lightsail-connect} alias (AWS's browser client address range).
 */
final class SshBeyondAdminCidrsRule extends ResourceTypeRule {

    static final RuleInfo INFO = LightsailRule.describe("SshBeyondAdminCidrs", Severity.HIGH,
            "SSH is reachable from outside the admin CIDRs",
            "Every address that can reach sshd can try keys and exploits; the blueprint names the admin networks "
                    + "that need SSH and nothing else should.",
            "Set the Cidrs/Ipv6Cidrs of the port-22 entry to exactly the blueprint's admin.sshCidrs and "
                    + "admin.sshIpv6Cidrs.");

    private final List<Cidr> adminIpv4;
    private final List<Cidr> adminIpv6;

    SshBeyondAdminCidrsRule(LightsailHardeningProps props) {
        super(INFO, LightsailTypes.INSTANCE);
        this.adminIpv4 = props.adminIpv4Cidrs().stream().map(Cidr::parse).toList();
        this.adminIpv6 = props.adminIpv6Cidrs().stream().map(Cidr::parse).toList();
    }

    @Override
    RuleVerdict checkApplicable(LightsailResource resource) {
        if (DefaultFirewallRule.hasNoPorts(resource)) {
            return RuleVerdict.nonCompliant("no Networking.Ports: the default firewall opens tcp/22 to everyone");
        }
        List<String> evidence = new ArrayList<>();
        for (FirewallPort port : FirewallPort.of(resource)) {
            if (!port.coversTcp(SshWorldOpenRule.SSH) || port.privateAccess()) {
                continue;
            }
            for (String source : port.publicSources()) {
                if (!isAdmin(Cidr.parse(source))) {
                    evidence.add(port.describe() + " allows " + source + ", which is not an admin CIDR");
                }
            }
            for (String alias : port.aliases()) {
                evidence.add(port.describe() + " allows the alias " + alias + ", which is not an admin CIDR");
            }
        }
        return RuleVerdict.fromEvidence(evidence);
    }

    private boolean isAdmin(Cidr source) {
        return (source.isIpv6() ? adminIpv6 : adminIpv4).stream().anyMatch(admin -> admin.contains(source));
    }
}
