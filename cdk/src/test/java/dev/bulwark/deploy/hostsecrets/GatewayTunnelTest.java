package dev.bulwark.deploy.hostsecrets;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.RecordingConsole;
import dev.bulwark.deploy.tunnel.GatewayTunnel;
import dev.bulwark.deploy.tunnel.TunnelEnd;
import dev.bulwark.deploy.tunnel.TunnelSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bulwark tunnel} end to end on loopback: a real sshd running the host baseline's rendered sshd drop-in
 * (forwarding for Lightsail's login user to the gateway's loopback port only) that trusts only a user CA
 * (certificate login, as Lightsail's), an HTTP server on loopback standing in for the gateway's port here (the real gateway is in the
 * acceptance run), and the Lightsail control plane as a seam double (no real counterpart here): it hands out the
 * access details and records the firewall calls, so the test sees the window opened and revoked.
 */
class GatewayTunnelTest {

    @TempDir
    Path dir;

    private LightsailHostOnLoopback host;
    private HttpServer gateway;

    @AfterEach
    void stop() throws InterruptedException {
        if (host != null) {
            host.close();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @Test
    void run_stopped_forwardsOnLoopbackOnlyThenRevokesTheWindow() throws Exception {
        Setup setup = setUp();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch opened = new CountDownLatch(1);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<TunnelEnd> end = CompletableFuture.supplyAsync(() -> new GatewayTunnel(setup.lightsail,
                console(lines)).run(setup.blueprint, settings(Duration.ofMinutes(5)), stop, opened));
        assertTrue(opened.await(30, TimeUnit.SECONDS), () -> "tunnel did not open: " + lines + end);
        int local = TunnelObservations.localPort(lines);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + local + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("<title>OpenClaw Control</title>", page.body());
        assertEquals(List.of("OpenInstancePublicPorts 22 [198.51.100.7/32]"), setup.lightsail.calls());
        assertTrue(TunnelObservations.listens("127.0.0.1", local));
        assertFalse(TunnelObservations.listens(nonLoopbackAddress(), local), "the forward must listen on loopback only");

        stop.countDown();
        assertEquals(TunnelEnd.STOPPED, end.get(30, TimeUnit.SECONDS));
        assertEquals(List.of("OpenInstancePublicPorts 22 [198.51.100.7/32]",
                "CloseInstancePublicPorts 22 [198.51.100.7/32]"), setup.lightsail.calls());
        assertFalse(TunnelObservations.listens("127.0.0.1", local), "the local port closes with the tunnel");
    }

    @Test
    void run_blueprintPortOtherThanTheDropInsGatewayPort_sshdRefusesTheForward() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        other.start();
        try {
            gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            gateway.start();
            Setup setup = setUp(other.getAddress().getPort());
            CountDownLatch stop = new CountDownLatch(1);
            CountDownLatch opened = new CountDownLatch(1);
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<TunnelEnd> end = CompletableFuture.supplyAsync(() -> new GatewayTunnel(
                    setup.lightsail, console(lines)).run(setup.blueprint, settings(Duration.ofMinutes(5)), stop,
                    opened));
            assertTrue(opened.await(30, TimeUnit.SECONDS), () -> "tunnel did not open: " + lines + end);

            // The local side listens, but sshd's PermitOpen names only the drop-in's gateway port: the channel
            // to any other port is refused and the client's connection closed without an answer.
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + TunnelObservations.localPort(lines) + "/")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()));
            stop.countDown();
            assertEquals(TunnelEnd.STOPPED, end.get(30, TimeUnit.SECONDS));
        } finally {
            other.stop(0);
        }
    }

    @Test
    void run_sshdDies_saysTheConnectionIsLostAndRevokesTheWindowWithoutHanging() throws Exception {
        Setup setup = setUp();
        CountDownLatch opened = new CountDownLatch(1);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<TunnelEnd> end = CompletableFuture.supplyAsync(() -> new GatewayTunnel(setup.lightsail,
                console(lines)).run(setup.blueprint, settings(Duration.ofMinutes(5)), new CountDownLatch(1), opened));
        assertTrue(opened.await(30, TimeUnit.SECONDS), () -> "tunnel did not open: " + lines + end);
        int local = TunnelObservations.localPort(lines);

        host.kill();

        // Well before the 5 min timeout and without a Ctrl-C: the tunnel notices by itself.
        assertEquals(TunnelEnd.CONNECTION_LOST, end.get(60, TimeUnit.SECONDS));
        assertTrue(lines.contains("The SSH connection was lost; closing the tunnel."), lines::toString);
        assertEquals(List.of("OpenInstancePublicPorts 22 [198.51.100.7/32]",
                "CloseInstancePublicPorts 22 [198.51.100.7/32]"), setup.lightsail.calls());
        assertFalse(TunnelObservations.listens("127.0.0.1", local), "the local port closes with the tunnel");
    }

    @Test
    void run_timeout_endsByItselfAndRevokesTheWindow() throws Exception {
        Setup setup = setUp();
        TunnelEnd end = new GatewayTunnel(setup.lightsail, console(new ArrayList<>())).run(setup.blueprint,
                settings(Duration.ofMillis(500)), new CountDownLatch(1), new CountDownLatch(1));

        assertEquals(TunnelEnd.TIMED_OUT, end);
        assertEquals(2, setup.lightsail.calls().size());
    }

    @Test
    void run_addressOutsideTheHostFirewall_refusedBeforeAnyAwsCall() throws Exception {
        Setup setup = setUp();
        TunnelSettings outside = new TunnelSettings("192.0.2.1/32", OptionalInt.of(0), Duration.ofMinutes(1),
                host.sshPort());

        assertThrows(dev.bulwark.deploy.DeployException.class, () -> new GatewayTunnel(setup.lightsail, console(new ArrayList<>()))
                .run(setup.blueprint, outside, new CountDownLatch(1), new CountDownLatch(1)));
        assertEquals(List.of(), setup.lightsail.calls());
    }

    private static Console console(List<String> lines) {
        return new RecordingConsole(lines, false);
    }

    private TunnelSettings settings(Duration timeout) {
        return new TunnelSettings("198.51.100.7/32", OptionalInt.of(0), timeout, host.sshPort());
    }

    private record Setup(Blueprint blueprint, AccessDetailsLightsail lightsail) {
    }

    private Setup setUp() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/", exchange -> {
            byte[] body = "<title>OpenClaw Control</title>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
        return setUp(gateway.getAddress().getPort());
    }

    /** sshd runs the drop-in rendered for the gateway's port; the blueprint's tunnel goes to {@code tunnelPort}. */
    private Setup setUp(int tunnelPort) throws Exception {
        host = LightsailHostOnLoopback.start(dir, gateway.getAddress().getPort());
        return new Setup(LightsailHostOnLoopback.privateBlueprint(dir, tunnelPort), host.lightsail());
    }

    /** An address of this machine that is not 127.0.0.1; 127.0.0.2 stands in where no other exists. */
    private static String nonLoopbackAddress() {
        return "127.0.0.2";
    }
}
