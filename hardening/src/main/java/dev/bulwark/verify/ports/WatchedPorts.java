package dev.bulwark.verify.ports;

import dev.bulwark.policy.HardeningPolicy;
import dev.bulwark.verify.Expectations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ports scanned on the instance's public address, all from the hardening policy: the OpenClaw family (gateway,
 * its related ports, DevTools) and the policy's {@code ports} (SSH, the proxy's web ports, admin and data services).
 *
 * <p>80 and 443 are watched too: on Lightsail the load balancer reaches the instance over the private network,
 * so the instance's public address should answer on nothing. A deployment that terminates TLS on the instance
 * itself lists them in {@link Expectations#allowedPorts()}, as it does 22 when SSH is open to admin CIDRs.
 */
public final class WatchedPorts {
    private WatchedPorts() {
    }

    /** {@link #of(HardeningPolicy, Expectations)} under the shipped policy. */
    public static List<WatchedPort> of(Expectations expectations) {
        return of(HardeningPolicy.defaults(), expectations);
    }

    /** Every port to scan for {@code expectations}, gateway first; allowed ports are left out (never the gateway). */
    public static List<WatchedPort> of(HardeningPolicy policy, Expectations expectations) {
        HardeningPolicy.Gateway family = policy.gateway();
        int gateway = expectations.gatewayPort();
        int defaultGateway = family.defaultPort();
        Map<Integer, WatchedPort> ports = new LinkedHashMap<>();
        ports.put(gateway, new WatchedPort(gateway, "OpenClaw gateway (WebSocket control plane, Control UI)", true));
        ports.putIfAbsent(defaultGateway, new WatchedPort(defaultGateway, "OpenClaw default gateway port", false));
        for (int base : new int[] {gateway, defaultGateway}) {
            for (HardeningPolicy.RelatedPort related : family.relatedPorts()) {
                int port = base + related.offset();
                ports.putIfAbsent(port, new WatchedPort(port, related.purpose(), false));
            }
        }
        HardeningPolicy.PortRange devTools = family.devToolsPorts();
        for (int port = devTools.from(); port <= devTools.to(); port++) {
            ports.putIfAbsent(port, new WatchedPort(port, devTools.purpose(), false));
        }
        for (HardeningPolicy.WatchedPort port : policy.ports()) {
            ports.putIfAbsent(port.port(), new WatchedPort(port.port(), port.purpose(), false));
        }
        List<WatchedPort> watched = new ArrayList<>();
        for (WatchedPort port : ports.values()) {
            if (port.gateway() || !expectations.allowedPorts().contains(port.port())) {
                watched.add(port);
            }
        }
        return List.copyOf(watched);
    }
}
