package dev.bulwark.verify.ports;

import java.util.List;

/**
 * What the scan of {@code --host} saw: each of its addresses (IPv4 and, where it has one, IPv6) and every
 * watched port's state there.
 */
public record PortScanObservation(String host, List<WatchedPort> watched, List<AddressScan> addresses) {
    public PortScanObservation {
        watched = List.copyOf(watched);
        addresses = List.copyOf(addresses);
    }

    /** How many address/port pairs the deadline left untried. */
    public long notScanned() {
        return addresses.stream().flatMap(a -> a.states().values().stream())
                .filter(s -> s == PortState.NOT_SCANNED).count();
    }

    /** No address gave a definite answer on any port: the host is down or drops everything; nothing was learned. */
    public boolean nothingAnswered() {
        return addresses.stream().noneMatch(AddressScan::answered);
    }

    /**
     * Whether some address dropped every port (all timed out): what a hardened instance behind Lightsail's
     * firewall shows from outside, and also what a host that is down shows.
     */
    public boolean firewalled() {
        return addresses.stream().anyMatch(a -> !a.states().isEmpty()
                && a.states().values().stream().allMatch(s -> s == PortState.FILTERED));
    }
}
