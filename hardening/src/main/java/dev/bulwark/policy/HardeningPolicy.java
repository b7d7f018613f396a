package dev.bulwark.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What "hardened" means, as data: ports, TLS, HTTP headers. Stacks and the rule pack enforce it, the verifier
 * checks it, the docs render it. Read from {@code hardening-policy.yaml} beside this class.
 */
public record HardeningPolicy(Gateway gateway, Instance instance, Container container, Network network, Tls tls,
                              Http http) {

    private static final HardeningPolicy DEFAULT = load();

    /** The policy bulwark ships with. */
    public static HardeningPolicy defaults() {
        return DEFAULT;
    }

    public record Gateway(int defaultPort, List<Integer> relatedPortOffsets, PortRange devToolsPorts,
                          int minTokenLength) {
    }

    /**
     * @param privateNetworkCidrs where the load balancer reaches the instance from: the only sources the host
     *                            firewall admits to {@code proxyPort}
     */
    public record Instance(int proxyPort, List<Integer> adminPorts, List<String> privateNetworkCidrs) {
    }

    /**
     * Container mode.
     *
     * @param proxyPort           where the proxy container listens; the service endpoint forwards HTTP to it
     * @param healthCheckPath     what the service's health check requests through the proxy
     * @param gatewayUpstreamHost how the proxy container reaches the gateway container
     * @param frontNetworkCidrs   where the service endpoint reaches the proxy from: whose X-Forwarded-For it believes
     */
    public record Container(int proxyPort, String healthCheckPath, String gatewayUpstreamHost,
                            List<String> frontNetworkCidrs) {
        public Container {
            frontNetworkCidrs = List.copyOf(frontNetworkCidrs);
        }
    }

    public record Network(int minIpv4Prefix, int minIpv6Prefix) {
    }

    public record Tls(String minimumProtocol, List<String> refusedProtocols,
                      Map<String, List<String>> loadBalancerPolicies, String defaultLoadBalancerPolicy,
                      int minRsaBits, int minEcBits, int certificateExpiryWarningDays) {

        /** Whether a Lightsail load balancer TLS policy allows only protocols at or above the minimum. */
        public boolean isModernLoadBalancerPolicy(String policyName) {
            List<String> protocols = loadBalancerPolicies.get(policyName);
            return protocols != null && protocols.stream().noneMatch(refusedProtocols::contains);
        }
    }

    public record Http(long hstsMinMaxAgeSeconds) {
    }

    public record PortRange(int from, int to) {
        public boolean contains(int port) {
            return port >= from && port <= to;
        }
    }

    /**
     * Every TCP port of the gateway family for a gateway on {@code gatewayPort}: the port itself, its related
     * ports and the DevTools range. None of them may be reachable from outside.
     */
    public Set<Integer> gatewayFamilyPorts(int gatewayPort) {
        Set<Integer> ports = new TreeSet<>();
        ports.add(gatewayPort);
        for (int offset : gateway.relatedPortOffsets()) {
            ports.add(gatewayPort + offset);
        }
        for (int p = gateway.devToolsPorts().from(); p <= gateway.devToolsPorts().to(); p++) {
            ports.add(p);
        }
        return ports;
    }

    private static HardeningPolicy load() {
        return ShippedYaml.read(HardeningPolicy.class, "hardening-policy.yaml", HardeningPolicy.class);
    }
}
