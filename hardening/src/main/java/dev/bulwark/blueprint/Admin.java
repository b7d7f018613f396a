package dev.bulwark.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Administrator access. An empty {@code sshCidrs} list means SSH is closed in the Lightsail firewall; the deploy
 * lists only widen the host firewall, so {@code bulwark deploy} can open its short /32 window from there.
 *
 * @param sshCidrs        IPv4 CIDRs allowed to reach port 22 (Lightsail and host firewall)
 * @param sshIpv6Cidrs    IPv6 CIDRs allowed to reach port 22 (Lightsail and host firewall)
 * @param publicKey       OpenSSH public key line installed for the admin user; absent means no key is imported
 * @param user            the admin login name on the instance
 * @param deployCidrs     IPv4 CIDRs the host firewall admits SSH from, for deploy's just-in-time window only
 * @param deployIpv6Cidrs IPv6 CIDRs the host firewall admits SSH from, for deploy's just-in-time window only
 */
public record Admin(List<String> sshCidrs, List<String> sshIpv6Cidrs, Optional<String> publicKey, String user,
                    List<String> deployCidrs, List<String> deployIpv6Cidrs) {
    public Admin {
        sshCidrs = sshCidrs == null ? List.of() : List.copyOf(sshCidrs);
        sshIpv6Cidrs = sshIpv6Cidrs == null ? List.of() : List.copyOf(sshIpv6Cidrs);
        publicKey = publicKey == null ? Optional.empty() : publicKey;
        deployCidrs = deployCidrs == null ? List.of() : List.copyOf(deployCidrs);
        deployIpv6Cidrs = deployIpv6Cidrs == null ? List.of() : List.copyOf(deployIpv6Cidrs);
    }

    /** An admin section without deploy networks. */
    public Admin(List<String> sshCidrs, List<String> sshIpv6Cidrs, Optional<String> publicKey, String user) {
        this(sshCidrs, sshIpv6Cidrs, publicKey, user, List.of(), List.of());
    }

    public boolean sshOpen() {
        return !sshCidrs.isEmpty() || !sshIpv6Cidrs.isEmpty();
    }

    /** IPv4 networks the host firewall admits SSH from: admin ∪ deploy, admin first, no duplicates. */
    public List<String> hostSshCidrs() {
        return union(sshCidrs, deployCidrs);
    }

    /** IPv6 networks the host firewall admits SSH from: admin ∪ deploy, admin first, no duplicates. */
    public List<String> hostSshIpv6Cidrs() {
        return union(sshIpv6Cidrs, deployIpv6Cidrs);
    }

    private static List<String> union(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return List.copyOf(all);
    }
}
