package dev.bulwark.baseline.firewall;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.policy.HardeningPolicy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders the host nftables ruleset: default drop inbound, SSH only from the blueprint's admin and deploy networks
 * (no SSH rule at all when there are none; deploy's just-in-time window needs its network here), the proxy port only from the Lightsail private network, IPv6 likewise.
 * The Lightsail firewall already filters the public address; this one still holds if that is opened by hand.
 */
public final class NftablesRenderer {
    /** Ubuntu's {@code nftables.service} loads this file at boot. */
    public static final String PATH = "/etc/nftables.conf";
    private static final int SSH_PORT = 22;

    private static final Pattern IPV4_CIDR = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}(/[0-9]{1,2})?");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9a-fA-F:.]{2,45}(/[0-9]{1,3})?");
    private static final Template TEMPLATE = Template.of(NftablesRenderer.class, "nftables.conf");

    private final HardeningPolicy policy;

    public NftablesRenderer(HardeningPolicy policy) {
        this.policy = policy;
    }

    public BaselineFile render(Admin admin) {
        List<String> v4 = checked(admin.hostSshCidrs(), IPV4_CIDR, "admin.sshCidrs/deployCidrs");
        List<String> v6 = checked(admin.hostSshIpv6Cidrs(), IPV6_CIDR, "admin.sshIpv6Cidrs/deployIpv6Cidrs");
        List<String> lb = checked(policy.instance().privateNetworkCidrs(), IPV4_CIDR,
                "instance.privateNetworkCidrs in hardening-policy.yaml");
        StringBuilder ssh = new StringBuilder();
        if (v4.isEmpty() && v6.isEmpty()) {
            ssh.append("\t\t# SSH: closed, the blueprint names no admin or deploy network.\n");
        }
        if (!v4.isEmpty()) {
            ssh.append("\t\tip saddr @admin_ssh_ipv4 tcp dport ").append(SSH_PORT).append(" accept\n");
        }
        if (!v6.isEmpty()) {
            ssh.append("\t\tip6 saddr @admin_ssh_ipv6 tcp dport ").append(SSH_PORT).append(" accept\n");
        }
        return new BaselineFile(PATH, "0644", TEMPLATE.render(Map.of(
                "adminIpv4Elements", elements(v4),
                "adminIpv6Elements", elements(v6),
                "privateNetworkElements", elements(lb),
                "sshRules", ssh.toString().stripTrailing(),
                "proxyPort", Integer.toString(policy.instance().proxyPort()))));
    }

    private static String elements(List<String> cidrs) {
        return cidrs.isEmpty() ? "" : "\t\telements = { " + String.join(", ", cidrs) + " }\n";
    }

    private static List<String> checked(List<String> cidrs, Pattern shape, String field) {
        for (String cidr : cidrs) {
            if (!shape.matcher(cidr).matches()) {
                throw new IllegalArgumentException(field + " entry '" + cidr
                        + "' is not a CIDR the firewall can use; fix it in the blueprint");
            }
        }
        return cidrs;
    }
}
