package dev.bulwark.verify.ports;

import dev.bulwark.verify.Expectations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ports scanned on the instance's public address: the OpenClaw family (gateway, bridge, browser control,
 * canvas, DevTools) and common admin, database and developer services.
 *
 * <p>80 and 443 are watched too: on Lightsail the load balancer reaches the instance over the private network,
 * so the instance's public address should answer on nothing. A deployment that terminates TLS on the instance
 * itself lists them in {@link Expectations#allowedPorts()}, as it does 22 when SSH is open to admin CIDRs.
 */
public final class WatchedPorts {
    private static final int DEFAULT_GATEWAY = Expectations.DEFAULT_GATEWAY_PORT;
    private static final int DEVTOOLS_FIRST = 18800;
    private static final int DEVTOOLS_LAST = 18899;
    private static final Map<Integer, String> ADMIN_AND_DATA = adminAndData();

    private WatchedPorts() {
    }

    /** Every port to scan for {@code expectations}, gateway first; allowed ports are left out (never the gateway). */
    public static List<WatchedPort> of(Expectations expectations) {
        int gateway = expectations.gatewayPort();
        Map<Integer, WatchedPort> ports = new LinkedHashMap<>();
        ports.put(gateway, new WatchedPort(gateway, "OpenClaw gateway (WebSocket control plane, Control UI)", true));
        ports.putIfAbsent(DEFAULT_GATEWAY, new WatchedPort(DEFAULT_GATEWAY, "OpenClaw default gateway port", false));
        for (int base : new int[] {gateway, DEFAULT_GATEWAY}) {
            ports.putIfAbsent(base + 1, new WatchedPort(base + 1, "OpenClaw node bridge / MCP sandbox", false));
            ports.putIfAbsent(base + 2, new WatchedPort(base + 2, "OpenClaw browser-control service", false));
            ports.putIfAbsent(base + 4, new WatchedPort(base + 4, "OpenClaw canvas host", false));
        }
        for (int port = DEVTOOLS_FIRST; port <= DEVTOOLS_LAST; port++) {
            ports.putIfAbsent(port, new WatchedPort(port, "Chrome DevTools of an OpenClaw browser profile", false));
        }
        ADMIN_AND_DATA.forEach((port, purpose) -> ports.putIfAbsent(port, new WatchedPort(port, purpose, false)));
        List<WatchedPort> watched = new ArrayList<>();
        for (WatchedPort port : ports.values()) {
            if (port.gateway() || !expectations.allowedPorts().contains(port.port())) {
                watched.add(port);
            }
        }
        return List.copyOf(watched);
    }

    private static Map<Integer, String> adminAndData() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(22, "SSH");
        ports.put(80, "HTTP on the instance (the load balancer reaches it privately)");
        ports.put(443, "HTTPS on the instance (the load balancer reaches it privately)");
        ports.put(2375, "Docker API (plain)");
        ports.put(2376, "Docker API (TLS)");
        ports.put(3000, "web dev server / Grafana");
        ports.put(3306, "MySQL");
        ports.put(3389, "RDP");
        ports.put(5000, "web dev server / registry");
        ports.put(5432, "PostgreSQL");
        ports.put(5900, "VNC");
        ports.put(6379, "Redis");
        ports.put(6443, "Kubernetes API");
        ports.put(8000, "web dev server");
        ports.put(8080, "HTTP proxy / admin UI");
        ports.put(8443, "HTTPS admin UI");
        ports.put(8888, "Jupyter");
        ports.put(9090, "Prometheus / Cockpit");
        ports.put(9200, "Elasticsearch");
        ports.put(9222, "Chrome DevTools (default)");
        ports.put(10250, "Kubelet");
        ports.put(11434, "Ollama model server");
        ports.put(27017, "MongoDB");
        return ports;
    }
}
