package dev.bulwark.cdk.nag;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.policy.HardeningPolicy;

import java.util.List;
import java.util.Objects;

/**
 * What the pack needs to know about the intended deployment: who may reach SSH and which port the gateway
 * listens on. Everything else it judges from the template alone.
 *
 * @param adminIpv4Cidrs IPv4 CIDRs allowed to reach SSH; any other public SSH source is a finding
 * @param adminIpv6Cidrs IPv6 CIDRs allowed to reach SSH
 * @param gatewayPort    the gateway's own port, which must never be public
 * @param policy         what "hardened" means (gateway port family, admin ports, internet-wide prefixes, TLS)
 */
public record LightsailHardeningProps(List<String> adminIpv4Cidrs, List<String> adminIpv6Cidrs, int gatewayPort,
                                      HardeningPolicy policy) {

    public LightsailHardeningProps {
        Objects.requireNonNull(policy, "policy");
        adminIpv4Cidrs = adminIpv4Cidrs == null ? List.of() : List.copyOf(adminIpv4Cidrs);
        adminIpv6Cidrs = adminIpv6Cidrs == null ? List.of() : List.copyOf(adminIpv6Cidrs);
        if (gatewayPort < 1 || gatewayPort > 65535) {
            throw new IllegalArgumentException("gateway port must be 1-65535, got " + gatewayPort);
        }
    }

    /** Admin CIDRs and gateway port under the shipped policy. */
    public static LightsailHardeningProps of(List<String> adminIpv4Cidrs, List<String> adminIpv6Cidrs, int gatewayPort) {
        return new LightsailHardeningProps(adminIpv4Cidrs, adminIpv6Cidrs, gatewayPort, HardeningPolicy.defaults());
    }

    /** No admin CIDRs (SSH must be closed), the default gateway port, the shipped policy. */
    public static LightsailHardeningProps defaults() {
        HardeningPolicy policy = HardeningPolicy.defaults();
        return new LightsailHardeningProps(List.of(), List.of(), policy.gateway().defaultPort(), policy);
    }

    public static LightsailHardeningProps from(Blueprint blueprint) {
        HardeningPolicy policy = HardeningPolicy.defaults();
        int port = blueprint.agent() == null || blueprint.agent().port() == 0
                ? policy.gateway().defaultPort() : blueprint.agent().port();
        if (blueprint.admin() == null) {
            return new LightsailHardeningProps(List.of(), List.of(), port, policy);
        }
        return new LightsailHardeningProps(blueprint.admin().sshCidrs(), blueprint.admin().sshIpv6Cidrs(), port,
                policy);
    }
}
