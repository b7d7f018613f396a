package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.deploy.Console;
import dev.bulwark.deploy.RecordingConsole;
import dev.bulwark.deploy.hostsecrets.LightsailHostOnLoopback;
import dev.bulwark.deploy.hostsecrets.TunnelObservations;
import dev.bulwark.deploy.tunnel.GatewayTunnel;
import dev.bulwark.deploy.tunnel.TunnelEnd;
import dev.bulwark.deploy.tunnel.TunnelSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The private access mode end to end on loopback: the real OpenClaw gateway (hardened launch, bound to loopback as
 * on a private instance), a real sshd running the host baseline's drop-in for the gateway's port with certificate
 * login as Lightsail's, and {@code bulwark tunnel}'s engine in between. The Lightsail control plane is the one seam
 * double (no real counterpart here); it records the just-in-time window so the test sees it opened and revoked.
 */
class TunnelGatewayIT {
    private static final String OPERATOR = "198.51.100.7/32";

    @TempDir
    Path dir;

    private GatewayRestarts gateways;
    private LightsailHostOnLoopback host;

    @AfterEach
    void stop() throws InterruptedException {
        if (host != null) {
            host.close();
        }
        if (gateways != null) {
            gateways.close();
        }
    }

    @Test
    void tunnel_realGateway_controlUiAnswersOnLoopbackOnlyAndTheWindowIsRevokedOnExit() throws Exception {
        gateways = new GatewayRestarts();
        OpenClawGateway gateway = gateways.start();
        host = LightsailHostOnLoopback.start(dir, gateway.port());
        Blueprint blueprint = LightsailHostOnLoopback.privateBlueprint(dir, gateway.port());
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch opened = new CountDownLatch(1);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Console console = new RecordingConsole(lines, false);
        TunnelSettings settings = new TunnelSettings(OPERATOR, OptionalInt.of(0), Duration.ofMinutes(5),
                host.sshPort());
        CompletableFuture<TunnelEnd> end = CompletableFuture.supplyAsync(() -> new GatewayTunnel(host.lightsail(),
                console).run(blueprint, settings, stop, opened));
        assertTrue(opened.await(60, TimeUnit.SECONDS), () -> "tunnel did not open: " + lines + " " + end);
        int local = TunnelObservations.localPort(lines);

        // HTTP/1.1 as a browser speaks it: the JDK client's default h2c upgrade offer gets 400 from the gateway.
        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + local + "/"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("OpenClaw Control"), "the real Control UI page through the tunnel");
        assertEquals(List.of("OpenInstancePublicPorts 22 [" + OPERATOR + "]"), host.lightsail().calls());
        assertFalse(TunnelObservations.listens("127.0.0.2", local), "the forward listens on 127.0.0.1 only");

        stop.countDown();
        assertEquals(TunnelEnd.STOPPED, end.get(30, TimeUnit.SECONDS));
        assertEquals(List.of("OpenInstancePublicPorts 22 [" + OPERATOR + "]",
                "CloseInstancePublicPorts 22 [" + OPERATOR + "]"), host.lightsail().calls(), "window revoked");
        assertFalse(TunnelObservations.listens("127.0.0.1", local), "the local port closes with the tunnel");
    }
}
