package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Admin;
import dev.bulwark.policy.HardeningPolicy;
import software.amazon.awscdk.services.lightsail.CfnInstance;

import java.util.ArrayList;
import java.util.List;

/**
 * The instance's Lightsail firewall, derived from the blueprint's admin access.
 *
 * <p>The CloudFormation handler calls {@code PutInstancePublicPorts} only when {@code Networking.Ports} is
 * non-empty, and leaves every entry with {@code AccessType: private} out of that call. An empty list would
 * therefore keep Lightsail's defaults (22 and 80 open to the world); "nothing public" has to be written as
 * ports listed private. SSH is public only from the blueprint's CIDRs; the reverse proxy port is always private
 * because web traffic arrives from the load balancer over the Lightsail private network, which the firewall does
 * not filter. The gateway's own port is on loopback and never appears here.
 */
public final class FirewallPorts {
    public static final int SSH_PORT = 22;
    /** The reverse proxy on the instance (the policy's {@code instance.proxyPort}); the load balancer forwards to it. */
    public static final int PROXY_PORT = HardeningPolicy.defaults().instance().proxyPort();
    public static final String PRIVATE = "private";
    public static final String PUBLIC = "public";

    private FirewallPorts() {
    }

    public static List<CfnInstance.PortProperty> forAdmin(Admin admin) {
        List<CfnInstance.PortProperty> ports = new ArrayList<>();
        ports.add(admin.sshOpen() ? sshFrom(admin) : closed(SSH_PORT, "ssh"));
        ports.add(closed(PROXY_PORT, "reverse-proxy"));
        return List.copyOf(ports);
    }

    /**
     * Both address families are written explicitly, an empty list included, so neither is left to a Lightsail
     * default.
     */
    private static CfnInstance.PortProperty sshFrom(Admin admin) {
        return CfnInstance.PortProperty.builder()
                .fromPort(SSH_PORT).toPort(SSH_PORT).protocol("tcp")
                .accessType(PUBLIC).accessDirection("inbound").commonName("ssh")
                .cidrs(admin.sshCidrs())
                .ipv6Cidrs(admin.sshIpv6Cidrs())
                .build();
    }

    private static CfnInstance.PortProperty closed(int port, String name) {
        return CfnInstance.PortProperty.builder()
                .fromPort(port).toPort(port).protocol("tcp")
                .accessType(PRIVATE).accessDirection("inbound").commonName(name)
                .build();
    }
}
