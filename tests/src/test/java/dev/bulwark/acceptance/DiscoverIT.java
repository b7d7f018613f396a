package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.bulwark.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/**
 * {@code bulwark discover} over a loopback range with the real gateways from npm planted on several 127.64.0.x
 * addresses (plain, behind TLS, and the Clawdbot build), among decoys answering on the same port: a page that names
 * OpenClaw and carries its title, a JSON service, a TLS web site, a silent TCP listener. Every planted gateway must be
 * found with its product and release where it shows, and no decoy.
 */
class DiscoverIT {
    private static final String NET = "127.64.0.";
    private final AcceptanceHome home = AcceptanceHome.locate();
    private final List<AutoCloseable> running = new ArrayList<>();

    @Test
    void discover_loopbackRangeWithPlantedGatewaysAndDecoys_findsEveryGatewayAndNoDecoy() throws Exception {
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireInstalled(GatewayDistribution.CLAWDBOT);
        try {
            OpenClawGateway openclaw = started(start(GatewayDistribution.OPENCLAW));
            OpenClawGateway clawdbot = started(start(GatewayDistribution.CLAWDBOT));
            int port = LoopbackPorts.free(NET + "10");
            HeldCertificate leaf = new HeldCertificate.Builder().commonName("decoy").addSubjectAlternativeName("decoy")
                    .build();
            SSLContext tls = new HandshakeCertificates.Builder().heldCertificate(leaf).build().sslContext();

            running.add(LoopbackForwarder.plain(NET + "10", port, openclaw.port()));
            running.add(LoopbackForwarder.tls(NET + "11", port, openclaw.port(), tls));
            running.add(LoopbackForwarder.plain(NET + "12", port, clawdbot.port()));
            page(HttpServer.create(new InetSocketAddress(InetAddress.getByName(NET + "20"), port), 0), "text/html",
                    "<!doctype html><title>OpenClaw Control</title><p>OpenClaw, Clawdbot and Moltbot tips</p>");
            page(HttpServer.create(new InetSocketAddress(InetAddress.getByName(NET + "21"), port), 0),
                    "application/json", "{\"service\":\"metrics\",\"version\":\"2026.9.6\"}");
            HttpsServer site = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(NET + "22"), port), 0);
            site.setHttpsConfigurator(new HttpsConfigurator(tls));
            page(site, "text/html", "<!doctype html><title>Shop</title>");
            java.net.ServerSocket silent = new java.net.ServerSocket();
            silent.bind(new InetSocketAddress(InetAddress.getByName(NET + "23"), port));
            running.add(silent);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"discover", NET + "0/27", "::1", "--ports", Integer.toString(port),
                    "--probe-timeout", "30s", "--format", "json"}, new PrintWriter(out), new PrintWriter(err));

            assertEquals(0, code, err.toString());
            JsonNode doc = new ObjectMapper().readTree(out.toString());
            Map<String, JsonNode> gateways = new TreeMap<>();
            doc.path("gateways").forEach(g -> gateways.put(g.path("address").asText(), g));
            assertEquals(List.of(NET + "10", NET + "11", NET + "12"), List.copyOf(gateways.keySet()), out.toString());

            assertEquals("OpenClaw", gateways.get(NET + "10").path("product").asText());
            assertEquals("2026.9.6", gateways.get(NET + "10").path("version").asText());
            assertEquals(false, gateways.get(NET + "10").path("tls").asBoolean());
            assertEquals("OpenClaw", gateways.get(NET + "11").path("product").asText());
            assertEquals("2026.9.6", gateways.get(NET + "11").path("version").asText());
            assertEquals(true, gateways.get(NET + "11").path("tls").asBoolean());
            assertTrue(gateways.get(NET + "11").path("certificate").asText().startsWith("untrusted"),
                    gateways.get(NET + "11").toString());
            assertEquals("Clawdbot", gateways.get(NET + "12").path("product").asText());
            // Clawdbot hides its release; its Control UI page is served by two releases in verify's release table.
            assertTrue(gateways.get(NET + "12").path("version").isNull(), gateways.get(NET + "12").toString());
            assertEquals("[\"2026.1.24\",\"2026.1.24-3\"]", gateways.get(NET + "12").path("versionRange").toString());

            List<String> services = new ArrayList<>();
            doc.path("services").forEach(s -> services.add(s.path("address").asText() + " "
                    + s.path("protocol").asText()));
            assertEquals(List.of(NET + "20 http", NET + "21 http", NET + "22 https", NET + "23 tcp"), services);

            StringWriter verifyOut = new StringWriter();
            int verifyCode = Main.run(new String[] {"discover", NET + "10", "--ports", Integer.toString(port),
                    "--probe-timeout", "30s", "--verify", "--timeout", "120s", "--format", "json"},
                    new PrintWriter(verifyOut), new PrintWriter(new StringWriter()));
            JsonNode verified = new ObjectMapper().readTree(verifyOut.toString());
            assertEquals("http://" + NET + "10:" + port + "/",
                    verified.path("verify").path("targets").get(0).path("url").asText(), verifyOut.toString());
            assertTrue(verified.path("verify").path("findings").size() > 0, "plain HTTP gateway: findings expected");
            JsonNode bySeverity = verified.path("verify").path("summary").path("bySeverity");
            int failing = bySeverity.path("critical").asInt() + bySeverity.path("high").asInt()
                    + bySeverity.path("medium").asInt();
            assertEquals(failing > 0 ? 1 : 0, verifyCode, "exit as verify's (--fail-on medium): " + bySeverity);
        } finally {
            for (int i = running.size() - 1; i >= 0; i--) {
                running.get(i).close();
            }
        }
    }

    /**
     * One more try when the first start fails: on a machine busy with other builds the gateway's own start-up
     * watchdog (a 5 s state-lease heartbeat) can give up before it is ready.
     */
    private OpenClawGateway start(GatewayDistribution distribution) throws IOException, InterruptedException {
        try {
            return OpenClawGateway.start(home, GatewayLaunch.hardened(distribution), Duration.ofSeconds(300));
        } catch (IOException first) {
            System.out.println("retrying the start of " + distribution + ": " + first.getMessage());
            return OpenClawGateway.start(home, GatewayLaunch.hardened(distribution), Duration.ofSeconds(300));
        }
    }

    private OpenClawGateway started(OpenClawGateway gateway) {
        running.add(gateway);
        return gateway;
    }

    private void page(HttpServer server, String type, String body) {
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(bytes);
            }
        });
        server.start();
        running.add(() -> server.stop(0));
    }
}
