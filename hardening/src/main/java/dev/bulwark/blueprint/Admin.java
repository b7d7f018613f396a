package dev.bulwark.blueprint;

import java.util.List;
import java.util.Optional;

/**
 * Administrator access. An empty {@code sshCidrs} list means SSH is closed in the Lightsail firewall.
 *
 * @param sshCidrs     IPv4 CIDRs allowed to reach port 22
 * @param sshIpv6Cidrs IPv6 CIDRs allowed to reach port 22
 * @param publicKey    OpenSSH public key line installed for the admin user; absent means no key is imported
 * @param user         the admin login name on the instance
 */
public record Admin(List<String> sshCidrs, List<String> sshIpv6Cidrs, Optional<String> publicKey, String user) {
    public Admin {
        sshCidrs = sshCidrs == null ? List.of() : List.copyOf(sshCidrs);
        sshIpv6Cidrs = sshIpv6Cidrs == null ? List.of() : List.copyOf(sshIpv6Cidrs);
        publicKey = publicKey == null ? Optional.empty() : publicKey;
    }

    public boolean sshOpen() {
        return !sshCidrs.isEmpty() || !sshIpv6Cidrs.isEmpty();
    }
}
