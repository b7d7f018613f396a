package dev.bulwark.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.bulwark.verify.net.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Discovery against real servers on loopback addresses: decoys (a page that names OpenClaw, a page with one Control
 * UI marker, a TLS site with a certificate from a CA the JVM does not trust, a bare TCP listener) are listed as
 * other services and never as gateways; a page carrying the Control UI's markers over untrusted TLS is found, with
 * the certificate's refusal recorded. The real gateways are found in the acceptance test (DiscoverIT).
 */
class NetworkDiscovererTest {
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ServerSocket> sockets = new ArrayList<>();
    private final TestPki pki = new TestPki();

    @AfterEach
    void stop() throws IOException {
        servers.forEach(s -> s.stop(0));
        for (ServerSocket s : sockets) {
            s.close();
        }
    }

    @Test
    void discover_decoysAndOneMarkedTlsPage_reportsOnlyThePage() throws Exception {
        int port = page(HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.62.0.10"), 0), 0),
                "<!doctype html><h1>Our OpenClaw notes</h1><p>openclaw clawdbot moltbot 18789</p>");
        page(HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.62.0.11"), port), 0),
                "<!doctype html><title>OpenClaw Control</title><p>only a title</p>");
        page(tls("127.62.0.12", port), "<!doctype html><title>Shop</title>");
        page(tls("127.62.0.13", port), "<!doctype html><title>OpenClaw Control</title><openclaw-app "
                + "data-openclaw-control-ui-build-id=\"2026.9.6\"></openclaw-app>");
        ServerSocket silent = new ServerSocket();
        silent.bind(new InetSocketAddress(InetAddress.getByName("127.62.0.14"), port));
        sockets.add(silent);

        // Generous per-call time: on a loaded machine a local TLS handshake alone can take seconds.
        DiscoverySettings settings = new DiscoverySettings(10_000, 64, Duration.ofSeconds(2), Duration.ofSeconds(8),
                4);
        ScanScope scope = new ScanScope(ScanScope.resolve(List.of("127.62.0.0/27")), List.of(port));
        DiscoveryReport report = new NetworkDiscoverer(settings, Clock.systemUTC())
                .discover(List.of("127.62.0.0/27"), scope, ScanProgress.NONE);

        assertEquals(1, report.gateways().size(), report.toString());
        GatewayEndpoint gateway = report.gateways().get(0);
        assertEquals("127.62.0.13", gateway.address());
        assertEquals("OpenClaw", gateway.product());
        assertEquals("2026.9.6", gateway.version().orElseThrow());
        assertTrue(gateway.tls());
        // The refusal in the verifier's plain words (TrustFailures), pointing at --ca-file, not Java's PKIX text.
        assertEquals("untrusted: the chain does not lead to a CA this machine trusts (a self-signed certificate, a "
                + "private CA, or a missing intermediate); if the CA is your own, pass its certificate with --ca-file",
                gateway.certificate().orElseThrow());
        assertEquals(List.of("127.62.0.10 http", "127.62.0.11 http", "127.62.0.12 https", "127.62.0.14 tcp"),
                report.services().stream().map(s -> s.address() + " " + s.protocol()).toList());
    }

    private HttpsServer tls(String address, int port) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(pki.serverContext(pki.leaf(Duration.ofDays(30)))));
        return server;
    }

    private int page(HttpServer server, String html) {
        server.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // Each on its own threads, as real web servers are: the JDK server alone runs one exchange at a time.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }
}
