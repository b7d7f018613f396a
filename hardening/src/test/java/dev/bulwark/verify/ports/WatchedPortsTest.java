package dev.bulwark.verify.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.verify.Expectations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WatchedPortsTest {

    @Test
    void of_defaults_coversOpenClawFamilyAdminPortsAndInstanceWebPorts() {
        Set<Integer> ports = ports(Expectations.defaults());

        for (int port : List.of(18789, 18790, 18791, 18793, 18800, 18850, 18899, 22, 80, 443, 2375, 5432, 6379,
                9222, 11434, 27017)) {
            assertTrue(ports.contains(port), "missing " + port);
        }
        assertEquals(18789, WatchedPorts.of(Expectations.defaults()).get(0).port());
        assertTrue(WatchedPorts.of(Expectations.defaults()).get(0).gateway());
    }

    @Test
    void of_allowedPorts_leftOutButNeverTheGateway() {
        Expectations expectations = expectations(18789, Set.of(22, 443, 18789));

        Set<Integer> ports = ports(expectations);

        assertFalse(ports.contains(22));
        assertFalse(ports.contains(443));
        assertTrue(ports.contains(18789));
    }

    @Test
    void of_customGatewayPort_watchesItsRelativesAndTheDefaultFamily() {
        Set<Integer> ports = ports(expectations(40000, Set.of()));

        assertTrue(ports.containsAll(Set.of(40000, 40001, 40002, 40004, 18789, 18790, 18791, 18793)));
        assertEquals(1, WatchedPorts.of(expectations(40000, Set.of())).stream().filter(WatchedPort::gateway).count());
    }

    private static Set<Integer> ports(Expectations expectations) {
        return WatchedPorts.of(expectations).stream().map(WatchedPort::port).collect(Collectors.toSet());
    }

    static Expectations expectations(int gatewayPort, Set<Integer> allowed) {
        return new Expectations(Optional.empty(), gatewayPort, allowed, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }
}
