package dev.bulwark.cdk.nag;

import dev.bulwark.blueprint.Blueprint;

import java.util.List;

/**
 * What the pack needs to know about the intended deployment: who may reach SSH and which port the gateway
 * listens on. Everything else it judges from the template alone.
 *
 * @param adminIpv4Cidrs IPv4 CIDRs allowed to reach SSH; any other public SSH source is a finding
 * @param adminIpv6Cidrs IPv6 CIDRs allowed to reach SSH
 * @param gatewayPort    the gateway's own port, which must never be public
 */
public record LightsailHardeningProps(List<String> adminIpv4Cidrs, List<String> adminIpv6Cidrs, int gatewayPort) {

    /** OpenClaw's default gateway port. */
    public static final int DEFAULT_GATEWAY_PORT = 18789;

    public LightsailHardeningProps {
        adminIpv4Cidrs = adminIpv4Cidrs == null ? List.of() : List.copyOf(adminIpv4Cidrs);
        adminIpv6Cidrs = adminIpv6Cidrs == null ? List.of() : List.copyOf(adminIpv6Cidrs);
        if (gatewayPort < 1 || gatewayPort > 65535) {
            throw new IllegalArgumentException("gateway port must be 1-65535, got " + gatewayPort);
        }
    }

    /** No admin CIDRs (SSH must be closed) and the default gateway port. */
    public static LightsailHardeningProps defaults() {
        return new LightsailHardeningProps(List.of(), List.of(), DEFAULT_GATEWAY_PORT);
    }

    public static LightsailHardeningProps from(Blueprint blueprint) {
        int port = blueprint.agent() == null || blueprint.agent().port() == 0
                ? DEFAULT_GATEWAY_PORT : blueprint.agent().port();
        if (blueprint.admin() == null) {
            return new LightsailHardeningProps(List.of(), List.of(), port);
        }
        return new LightsailHardeningProps(blueprint.admin().sshCidrs(), blueprint.admin().sshIpv6Cidrs(), port);
    }
}
