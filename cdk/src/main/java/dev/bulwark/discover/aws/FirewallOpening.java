package dev.bulwark.discover.aws;

import java.util.List;

/**
 * One allow rule of a cloud firewall (a Lightsail instance port state, an EC2 security group permission).
 *
 * @param fromPort first port, or -1 for every port
 * @param toPort   last port, or -1 for every port
 * @param protocol {@code tcp}, {@code udp}, {@code all}…
 * @param cidrs    IPv4 and IPv6 blocks the rule admits
 */
public record FirewallOpening(int fromPort, int toPort, String protocol, List<String> cidrs) {
    public FirewallOpening {
        cidrs = List.copyOf(cidrs);
    }

    public boolean covers(int port) {
        boolean anyProtocol = protocol.equals("all") || protocol.equals("-1");
        boolean tcp = anyProtocol || protocol.equalsIgnoreCase("tcp");
        return tcp && (fromPort == -1 || (fromPort <= port && port <= toPort));
    }

    /** Open to the whole internet (0.0.0.0/0 or ::/0). */
    public boolean toWorld() {
        return cidrs.contains("0.0.0.0/0") || cidrs.contains("::/0");
    }

    /** {@code tcp 18789 from 0.0.0.0/0} for reports. */
    public String describe() {
        String ports = fromPort == -1 ? "all ports" : fromPort == toPort ? Integer.toString(fromPort)
                : fromPort + "-" + toPort;
        return protocol + " " + ports + " from " + (cidrs.isEmpty() ? "(no CIDR)" : String.join(", ", cidrs));
    }
}
