package dev.bulwark.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bulwark.cidr.Cidr;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What "hardened" means, as data: ports, TLS, HTTP headers, SSH algorithms. Stacks and the rule pack enforce it,
 * the host baseline configures it, the verifier checks it, the docs render it ({@link PolicyDoc}). Read from
 * {@code hardening-policy.yaml} beside this class; {@link #read(InputStream)} reads another copy (tests).
 */
public record HardeningPolicy(Gateway gateway, Instance instance, Container container, List<WatchedPort> ports,
                              Network network, Tls tls, Http http, Ssh ssh) {

    private static final HardeningPolicy DEFAULT = load();

    public HardeningPolicy {
        ports = List.copyOf(ports);
    }

    /** The policy bulwark ships with. */
    public static HardeningPolicy defaults() {
        return DEFAULT;
    }

    /** A policy in the shipped file's format (every key required, unknown keys refused). */
    public static HardeningPolicy read(InputStream yaml) {
        return ShippedYaml.read(yaml, "a hardening policy", HardeningPolicy.class);
    }

    /**
     * @param relatedPorts  ports the gateway opens beside its own, as offsets from it
     * @param devToolsPorts where its browser profiles put Chrome DevTools
     */
    public record Gateway(int defaultPort, List<RelatedPort> relatedPorts, PortRange devToolsPorts,
                          int minTokenLength) {
        public Gateway {
            relatedPorts = List.copyOf(relatedPorts);
        }
    }

    /** A port the gateway opens at {@code offset} from its own. */
    public record RelatedPort(int offset, String purpose) {
    }

    /**
     * @param privateNetworkCidrs where the load balancer reaches the instance from: the only sources the host
     *                            firewall admits to {@code proxyPort}
     */
    public record Instance(int proxyPort, List<String> privateNetworkCidrs) {
        public Instance {
            privateNetworkCidrs = List.copyOf(privateNetworkCidrs);
        }
    }

    /** What a port outside the gateway family is, which decides who judges it besides the port scan. */
    public enum PortKind {
        /** SSH: open only to the admin networks; the SSH rules know them. */
        @JsonProperty("ssh") SSH,
        /** The proxy's web ports: the load balancer reaches them privately, never through the public address. */
        @JsonProperty("web") WEB,
        /** Admin, data and developer services: never in the public firewall, from any source. */
        @JsonProperty("admin") ADMIN
    }

    /** A port that must not answer on a gateway host's public address, and why anyone would care. */
    public record WatchedPort(int port, PortKind kind, String purpose) {
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

    /** Prefixes shorter than these reach most of the internet; narrower ones are an admin network. */
    public record Network(int minIpv4Prefix, int minIpv6Prefix) {
        /** Whether {@code cidr} reaches most of the internet (shorter than /8 or /16 by default). */
        public boolean isWorldOpen(Cidr cidr) {
            return cidr.prefix() < (cidr.isIpv6() ? minIpv6Prefix : minIpv4Prefix);
        }
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

    /**
     * @param hstsMinMaxAgeSeconds  the proxy sends at least this; verify flags less
     * @param httpsRedirectStatuses what plain HTTP may answer, to https:// on the same host
     */
    public record Http(long hstsMinMaxAgeSeconds, List<Integer> httpsRedirectStatuses) {
        public Http {
            httpsRedirectStatuses = List.copyOf(httpsRedirectStatuses);
        }
    }

    /**
     * SSH algorithms: what the baseline's sshd offers, what else a hardened server may offer, and what is broken.
     *
     * @param minRsaBits            shortest RSA host key (and blueprint admin key) accepted
     * @param markers               KEX names that only signal protocol extensions, never rated
     * @param caSignatureAlgorithms what sshd accepts as a user certificate authority's signature
     */
    public record Ssh(int minRsaBits, List<String> markers, List<String> caSignatureAlgorithms,
                      SshAlgorithms offered, SshAlgorithms alsoAccepted, SshAlgorithms broken) {
        public Ssh {
            markers = List.copyOf(markers);
            caSignatureAlgorithms = List.copyOf(caSignatureAlgorithms);
        }

        /** What a hardened server may offer: the baseline's own lists, then the also-accepted names. */
        public SshAlgorithms accepted() {
            return offered.plus(alsoAccepted);
        }
    }

    /** One list per SSH algorithm kind; entries may end in {@code *}. */
    public record SshAlgorithms(List<String> kex, List<String> hostKeys, List<String> ciphers, List<String> macs) {
        public SshAlgorithms {
            kex = List.copyOf(kex);
            hostKeys = List.copyOf(hostKeys);
            ciphers = List.copyOf(ciphers);
            macs = List.copyOf(macs);
        }

        SshAlgorithms plus(SshAlgorithms more) {
            return new SshAlgorithms(concat(kex, more.kex), concat(hostKeys, more.hostKeys),
                    concat(ciphers, more.ciphers), concat(macs, more.macs));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            b.stream().filter(n -> !a.contains(n)).forEach(out::add);
            return out;
        }
    }

    /**
     * @param purpose what listens there
     */
    public record PortRange(int from, int to, String purpose) {
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
        for (RelatedPort related : gateway.relatedPorts()) {
            ports.add(gatewayPort + related.offset());
        }
        for (int p = gateway.devToolsPorts().from(); p <= gateway.devToolsPorts().to(); p++) {
            ports.add(p);
        }
        return ports;
    }

    /** The ports of {@code kind}, in policy order. */
    public List<Integer> portsOf(PortKind kind) {
        return ports.stream().filter(p -> p.kind() == kind).map(WatchedPort::port).toList();
    }

    private static HardeningPolicy load() {
        return ShippedYaml.read(HardeningPolicy.class, "hardening-policy.yaml", HardeningPolicy.class);
    }
}
