package dev.bulwark.verify.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.VerifyTarget;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The port checks and the "nothing answered" judgement against hand-made scans: no network. */
class PortChecksTest {
    private static final WatchedPort GATEWAY = new WatchedPort(18789, "gateway", true);
    private static final WatchedPort DEVTOOLS = new WatchedPort(18800, "devtools", false);
    private static final List<WatchedPort> WATCHED = List.of(GATEWAY, DEVTOOLS);
    private static final VerifyTarget TARGET = new VerifyTarget(URI.create("https://agent.example.com/"),
            Optional.of("192.0.2.1"), Expectations.defaults());

    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of(PortState.CLOSED, PortState.CLOSED, List.of(), false),
                Arguments.of(PortState.FILTERED, PortState.CLOSED, List.of(), false),
                Arguments.of(PortState.OPEN, PortState.CLOSED, List.of("GATEWAY_PORT_EXPOSED 192.0.2.1:18789"), false),
                Arguments.of(PortState.CLOSED, PortState.OPEN, List.of("PORT_UNEXPECTED_OPEN 192.0.2.1:18800"), false),
                Arguments.of(PortState.FILTERED, PortState.FILTERED, List.of("PORT_ALL_FILTERED 192.0.2.1"), true),
                Arguments.of(PortState.UNREACHABLE, PortState.FILTERED, List.of(), true));
    }

    @ParameterizedTest(name = "gateway {0}, devtools {1}")
    @MethodSource("states")
    void checks_portStates_onlyOpenIsAFinding(PortState gateway, PortState devtools, List<String> expected,
                                              boolean nothingAnswered) throws UnknownHostException {
        PortScanObservation observation = new PortScanObservation("instance", WATCHED,
                List.of(scan("192.0.2.1", Map.of(18789, gateway, 18800, devtools))));

        List<String> findings = Stream.of(new GatewayPortCheck(), new UnexpectedPortCheck(), new ScanCoverageCheck(),
                        new FirewalledHostCheck())
                .flatMap(check -> check.evaluate(observation, TARGET).stream())
                .map(f -> f.ruleId() + " " + f.target())
                .collect(Collectors.toList());

        assertEquals(expected, findings);
        assertEquals(nothingAnswered, observation.nothingAnswered());
    }

    @Test
    void coverage_ipv6WithoutRouteWhileIpv4Answered_reportsTheUnscannedAddress() throws UnknownHostException {
        PortScanObservation observation = new PortScanObservation("instance", WATCHED, List.of(
                scan("192.0.2.1", Map.of(18789, PortState.CLOSED, 18800, PortState.FILTERED)),
                scan("2001:db8::1", Map.of(18789, PortState.UNREACHABLE, 18800, PortState.UNREACHABLE))));

        List<Finding> findings = new ScanCoverageCheck().evaluate(observation, TARGET);

        assertEquals(List.of("[2001:db8::1]"), findings.stream().map(Finding::target).collect(Collectors.toList()));
        assertFalse(observation.nothingAnswered());
    }

    @Test
    void firewalled_ipv4DropsEverythingIpv6HasNoRoute_infoForV4AndCoverageForV6() throws UnknownHostException {
        PortScanObservation observation = new PortScanObservation("instance", WATCHED, List.of(
                scan("192.0.2.1", Map.of(18789, PortState.FILTERED, 18800, PortState.FILTERED)),
                scan("2001:db8::1", Map.of(18789, PortState.UNREACHABLE, 18800, PortState.UNREACHABLE))));

        assertTrue(observation.firewalled());
        assertEquals(List.of("192.0.2.1"), new FirewalledHostCheck().evaluate(observation, TARGET).stream()
                .map(Finding::target).collect(Collectors.toList()));
        assertEquals(List.of("[2001:db8::1]"), new ScanCoverageCheck().evaluate(observation, TARGET).stream()
                .map(Finding::target).collect(Collectors.toList()));
    }

    @Test
    void coverage_noAddressAnswered_leftToTheProbe() throws UnknownHostException {
        PortScanObservation observation = new PortScanObservation("instance", WATCHED, List.of(
                scan("2001:db8::1", Map.of(18789, PortState.UNREACHABLE, 18800, PortState.UNREACHABLE))));

        assertEquals(List.of(), new ScanCoverageCheck().evaluate(observation, TARGET));
        assertTrue(observation.nothingAnswered());
    }

    @Test
    void gatewayCheck_openOnBothAddresses_oneFindingPerAddress() throws UnknownHostException {
        PortScanObservation observation = new PortScanObservation("instance", WATCHED, List.of(
                scan("192.0.2.1", Map.of(18789, PortState.OPEN)), scan("2001:db8::1", Map.of(18789, PortState.OPEN))));

        List<Finding> findings = new GatewayPortCheck().evaluate(observation, TARGET);

        assertEquals(List.of("192.0.2.1:18789", "[2001:db8::1]:18789"),
                findings.stream().map(Finding::target).collect(Collectors.toList()));
        assertTrue(findings.stream().allMatch(f -> f.severity() == dev.bulwark.findings.Severity.CRITICAL));
    }

    private static AddressScan scan(String literal, Map<Integer, PortState> states) throws UnknownHostException {
        return new AddressScan(InetAddress.getByName(literal), states);
    }
}
