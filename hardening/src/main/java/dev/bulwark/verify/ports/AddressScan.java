package dev.bulwark.verify.ports;

import dev.bulwark.verify.net.Endpoint;
import java.net.InetAddress;
import java.util.Map;

/** The state of every watched port on one address of the host. */
public record AddressScan(InetAddress address, Map<Integer, PortState> states) {
    public AddressScan {
        states = Map.copyOf(states);
    }

    public PortState state(int port) {
        return states.getOrDefault(port, PortState.FILTERED);
    }

    /** Whether any port gave a definite answer (open or refused), i.e. the address is known to be up. */
    public boolean answered() {
        return states.values().stream().anyMatch(s -> s == PortState.OPEN || s == PortState.CLOSED);
    }

    /** {@code 192.0.2.1} or {@code [2001:db8::1]}, for evidence. */
    public String label() {
        return Endpoint.label(address);
    }
}
