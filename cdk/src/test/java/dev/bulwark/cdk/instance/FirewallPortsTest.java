package dev.bulwark.cdk.instance;

import dev.bulwark.blueprint.Admin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.services.lightsail.CfnInstance;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FirewallPortsTest {

    static Stream<Arguments> admins() {
        return Stream.of(
                Arguments.of("closed", List.of(), List.of(), "private", null, null),
                Arguments.of("ipv4 only", List.of("203.0.113.7/32"), List.of(),
                        "public", List.of("203.0.113.7/32"), List.of()),
                Arguments.of("ipv6 only", List.of(), List.of("2001:db8::/64"),
                        "public", List.of(), List.of("2001:db8::/64")),
                Arguments.of("both", List.of("203.0.113.7/32"), List.of("2001:db8::/64"),
                        "public", List.of("203.0.113.7/32"), List.of("2001:db8::/64")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("admins")
    void forAdmin_sshCidrs_sshEntryNamesBothFamiliesExplicitly(String label, List<String> v4, List<String> v6,
                                                              String accessType, List<String> cidrs,
                                                              List<String> ipv6Cidrs) {
        List<CfnInstance.PortProperty> ports = FirewallPorts.forAdmin(new Admin(v4, v6, Optional.empty(), "admin"));

        CfnInstance.PortProperty ssh = ports.get(0);
        assertEquals(22, ssh.getFromPort().intValue(), label);
        assertEquals(accessType, ssh.getAccessType(), label);
        assertEquals(cidrs, ssh.getCidrs(), label);
        assertEquals(ipv6Cidrs, ssh.getIpv6Cidrs(), label);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("admins")
    void forAdmin_anyAdmin_proxyPortListedPrivateWithoutAddresses(String label, List<String> v4, List<String> v6,
                                                                 String ignoredAccess, List<String> ignoredCidrs,
                                                                 List<String> ignoredIpv6) {
        List<CfnInstance.PortProperty> ports = FirewallPorts.forAdmin(new Admin(v4, v6, Optional.empty(), "admin"));

        assertEquals(2, ports.size(), label);
        CfnInstance.PortProperty proxy = ports.get(1);
        assertEquals(80, proxy.getFromPort().intValue(), label);
        assertEquals(80, proxy.getToPort().intValue(), label);
        assertEquals("private", proxy.getAccessType(), label);
        assertNull(proxy.getCidrs(), label);
        assertNull(proxy.getIpv6Cidrs(), label);
    }
}
