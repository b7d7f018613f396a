package dev.bulwark.verify.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.Handlers;
import dev.bulwark.verify.net.LoopbackServer;
import dev.bulwark.verify.net.Probes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The port probe against real listeners on 127.0.0.2 (its own loopback address, so services of this machine on
 * 127.0.0.1 do not interfere) and on ::1 for IPv6.
 */
// A hang guard, not a speed assertion; a separate thread so it fires even if a lock never frees.
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PortProbeTest {
    private static final String HOST = "127.0.0.2";

    @Test
    void scan_listenerAndClosedPort_openAndClosed() throws Exception {
        int closed = closedPort(HOST);
        try (LoopbackServer listener = LoopbackServer.on(HOST, 0, Handlers.tarpit())) {
            AddressScan scan = PortScanner.scan(InetAddress.getByName(HOST), List.of(listener.port(), closed),
                    Deadline.after(Duration.ofSeconds(30)), Probes.PER_CALL);

            assertEquals(Map.of(listener.port(), PortState.OPEN, closed, PortState.CLOSED), scan.states());
        }
    }

    @Test
    void run_gatewayAndBrowserControlListening_criticalAndUnexpectedFindings() throws Exception {
        try (LoopbackServer gateway = LoopbackServer.on(HOST, 0, Handlers.tarpit());
             LoopbackServer browserControl = bindOrSkip(gateway.port() + 2);
             LoopbackServer allowed = bindOrSkip(gateway.port() + 1)) {
            Expectations expectations = new Expectations(Optional.empty(), gateway.port(),
                    Set.of(gateway.port() + 1), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

            ProbeOutcome outcome = PortProbe.create().run(target(HOST, expectations), Probes.context(Optional.empty()));

            ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome::toString);
            Set<String> findings = checked.findings().stream().map(f -> f.ruleId() + " " + f.target())
                    .collect(Collectors.toSet());
            assertTrue(findings.contains("GATEWAY_PORT_EXPOSED 127.0.0.2:" + gateway.port()), findings::toString);
            assertTrue(findings.contains("PORT_UNEXPECTED_OPEN 127.0.0.2:" + browserControl.port()),
                    findings::toString);
            assertTrue(findings.stream().noneMatch(f -> f.endsWith(":" + allowed.port())), findings::toString);
            assertEquals(List.of("GATEWAY_PORT_EXPOSED", "PORT_UNEXPECTED_OPEN", "PORT_SCAN_INCOMPLETE", "PORT_ALL_FILTERED"),
                    checked.rulesChecked());
        }
    }

    @Test
    void run_gatewayClosed_noGatewayFinding() throws Exception {
        int gatewayPort = closedPort(HOST);
        Expectations expectations = new Expectations(Optional.empty(), gatewayPort, Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());

        ProbeOutcome outcome = PortProbe.create().run(target(HOST, expectations), Probes.context(Optional.empty()));

        List<Finding> findings = assertInstanceOf(ProbeOutcome.Checked.class, outcome).findings();
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("GATEWAY_PORT_EXPOSED")), findings::toString);
    }

    @Test
    void run_ipv6Literal_scansIpv6() throws Exception {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
        } catch (IOException e) {
            socket.close();
            assumeTrue(false, "this machine has no IPv6 loopback (" + e.getMessage() + ")");
        }
        try (socket) {
            Expectations expectations = new Expectations(Optional.empty(), socket.getLocalPort(), Set.of(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of());

            ProbeOutcome outcome = PortProbe.create().run(target("::1", expectations), Probes.context(Optional.empty()));

            List<Finding> findings = assertInstanceOf(ProbeOutcome.Checked.class, outcome).findings();
            assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("GATEWAY_PORT_EXPOSED")
                    && f.target().equals("[::1]:" + socket.getLocalPort())), findings::toString);
        }
    }

    @Test
    void run_deadlineAlreadyPassed_unreachableNotPass() throws Exception {
        ProbeContext spent = new ProbeContext(Deadline.after(Duration.ZERO), Probes.PER_CALL, Optional.empty(),
                Clock.systemUTC());

        ProbeOutcome outcome = PortProbe.create().run(target(HOST, Expectations.defaults()), spent);

        ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
        assertTrue(unreachable.reason().startsWith("The run's --timeout ran out before"), unreachable.reason());
    }

    @Test
    void appliesTo_withoutHost_false() {
        VerifyTarget noHost = new VerifyTarget(URI.create("https://agent.example.com/"), Optional.empty(),
                Expectations.defaults());

        assertEquals(false, PortProbe.create().appliesTo(noHost));
        assertEquals(true, PortProbe.create().appliesTo(target(HOST, Expectations.defaults())));
    }

    private static VerifyTarget target(String host, Expectations expectations) {
        return new VerifyTarget(URI.create("https://agent.example.com/"), Optional.of(host), expectations);
    }

    private static LoopbackServer bindOrSkip(int port) {
        try {
            return LoopbackServer.on(HOST, port, Handlers.tarpit());
        } catch (UncheckedIOException e) {
            assumeTrue(false, "port " + port + " on " + HOST + " is taken: " + e.getMessage());
            throw e;
        }
    }

    private static int closedPort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        }
    }
}
