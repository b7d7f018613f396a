package dev.bulwark.discover.aws;

import java.util.List;
import java.util.Optional;

/**
 * A cloud resource that runs, fronts or may run an agent gateway.
 *
 * @param region         e.g. {@code eu-central-1}
 * @param kind           what it is
 * @param name           its name or id
 * @param publicEndpoint public IP, DNS name or URL, when it has one
 * @param hints          why it was picked (blueprint, image, tag, name, gateway port open)
 * @param openings       firewall rules, for instances
 * @param managed        whether it belongs to a bulwark stack
 * @param managedWhy     why it is (the {@code bulwark:blueprint} tag) or is not
 */
public record CloudResource(String region, Kind kind, String name, Optional<String> publicEndpoint,
                            List<String> hints, List<FirewallOpening> openings, boolean managed, String managedWhy) {
    /** The kinds of resource the inventory reads. */
    public enum Kind {
        LIGHTSAIL_INSTANCE("lightsail-instance"),
        LIGHTSAIL_CONTAINER_SERVICE("lightsail-container-service"),
        LIGHTSAIL_LOAD_BALANCER("lightsail-load-balancer"),
        EC2_INSTANCE("ec2-instance");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CloudResource {
        hints = List.copyOf(hints);
        openings = List.copyOf(openings);
    }

    /** Exposures made by the cloud firewall itself: the gateway port open to the world. */
    public List<String> firewallExposures(int gatewayPort) {
        return openings.stream().filter(o -> o.covers(gatewayPort) && o.toWorld())
                .map(o -> "the cloud firewall opens " + gatewayPort + " to the internet (" + o.describe() + ")")
                .toList();
    }
}
