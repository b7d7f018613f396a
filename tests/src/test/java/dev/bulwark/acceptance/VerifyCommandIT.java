package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark verify} end to end, as a user runs it: the real CLI against the real OpenClaw gateway behind real
 * nginx on the simulated public address 127.0.0.2, once hardened and once per weakness. Each weakened set-up must
 * exit 1 naming the rule that catches it; the hardened one must exit 0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyCommandIT {
    private static final String PUBLIC_ADDRESS = ProxiedGatewayIT.PUBLIC_ADDRESS;
    private static final String DOMAIN = "agent.bulwark.test";

    private Path dir;
    private AcceptanceHome home;
    private HeldCertificate ca;
    private HeldCertificate server;
    private Path caFile;
    private OpenClawGateway loopbackGateway;
    private final List<AutoCloseable> running = new ArrayList<>();

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void startHardenedGateway(@TempDir Path classDir) throws Exception {
        dir = classDir;
        home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireNginx();
        ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("bulwark verify IT CA").build();
        // A year, like a real certificate: okhttp-tls defaults to one day, which TLS_CERT_EXPIRING rightly flags.
        server = new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName(PUBLIC_ADDRESS)
                .addSubjectAlternativeName(DOMAIN).duration(365, TimeUnit.DAYS).build();
        caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
        loopbackGateway = OpenClawGateway.start(home, GatewayLaunch.hardened(GatewayDistribution.OPENCLAW)
                .config(GATEWAY_CONFIG), Duration.ofSeconds(120));
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AutoCloseable c : running) {
            c.close();
        }
        if (loopbackGateway != null) {
            loopbackGateway.close();
        }
    }

    @Test
    void verify_hardenedGatewayBehindHardenedProxy_exitsZero() throws Exception {
        NginxProxy proxy = proxy(loopbackGateway, null);
        Run run = verify(proxy, blueprint(loopbackGateway.port()), "--host", PUBLIC_ADDRESS);
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void verify_legacyTlsOnTheProxy_exitsOneNamingTlsLegacyProtocol() throws Exception {
        NginxProxy proxy = proxy(loopbackGateway, conf -> conf
                .replace("ssl_protocols       TLSv1.2 TLSv1.3;",
                        "ssl_protocols       TLSv1 TLSv1.1 TLSv1.2; ssl_ciphers DEFAULT:@SECLEVEL=0;"));
        Run run = verify(proxy, blueprint(loopbackGateway.port()));
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(ruleIds(run).contains("TLS_LEGACY_PROTOCOL"), run.out());
    }

    @Test
    void verify_proxyWithoutHsts_exitsOneNamingHttpHstsMissing() throws Exception {
        NginxProxy proxy = proxy(loopbackGateway, conf -> conf
                .replace("add_header Strict-Transport-Security \"max-age=31536000\" always;", ""));
        Run run = verify(proxy, blueprint(loopbackGateway.port()));
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(ruleIds(run).contains("HTTP_HSTS_MISSING"), run.out());
    }

    @Test
    void verify_gatewayBoundToAllInterfaces_exitsOneNamingGatewayPortExposed() throws Exception {
        // Closed before the test ends, so its open port cannot leak into another test's scan of 127.0.0.2.
        try (OpenClawGateway exposed = OpenClawGateway.start(home, GatewayLaunch.hardened(GatewayDistribution.OPENCLAW)
                .bind(GatewayLaunch.Bind.LAN).config(GATEWAY_CONFIG), Duration.ofSeconds(120))) {
            NginxProxy proxy = proxy(exposed, null);
            Run run = verify(proxy, blueprint(exposed.port()), "--host", PUBLIC_ADDRESS);
            assertEquals(1, run.exit(), run.out() + run.err());
            assertTrue(ruleIds(run).contains("GATEWAY_PORT_EXPOSED"), run.out());
        }
    }

    @Test
    void verify_clawdbotEraGateway_exitsOneNamingGatewayVulnerableVersion() throws Exception {
        home.requireInstalled(GatewayDistribution.CLAWDBOT);
        try (OpenClawGateway old = OpenClawGateway.start(home, GatewayLaunch.hardened(GatewayDistribution.CLAWDBOT),
                Duration.ofSeconds(180))) {
            // Straight at the gateway over plain HTTP: the version is what is under test here, not the proxy.
            Run run = run("verify", old.url("127.0.0.1").toString(), "--blueprint",
                    blueprint(old.port()).toString(), "--format", "json", "--timeout", "60s");
            assertEquals(1, run.exit(), run.out() + run.err());
            assertTrue(ruleIds(run).contains("GATEWAY_VULNERABLE_VERSION"), run.out());
            assertTrue(run.out().contains("CVE-2026-25253"), run.out());
        }
    }

    /**
     * A self-signed certificate in front of a gateway without authentication: an attacker does not care about the
     * certificate, so the report must name both, and the gateway findings must come from behind the certificate.
     */
    @Test
    void verify_selfSignedProxyInFrontOfAGatewayWithoutAuth_reportsBothAndExitsOne() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName(PUBLIC_ADDRESS)
                .addSubjectAlternativeName(DOMAIN).duration(365, TimeUnit.DAYS).build();
        GatewayLaunch careless = GatewayLaunch.hardened(GatewayDistribution.OPENCLAW).auth(GatewayLaunch.Auth.NONE)
                .config(GATEWAY_CONFIG);
        try (OpenClawGateway open = OpenClawGateway.start(home, careless, Duration.ofSeconds(120))) {
            int port = LoopbackPorts.free(PUBLIC_ADDRESS);
            try (NginxProxy proxy = NginxProxy.start(Files.createDirectories(dir.resolve("nginx-self-signed-" + port)),
                    PUBLIC_ADDRESS, port, open.port(), selfSigned, selfSigned, ProxiedGatewayIT.REMOTE_CLIENT)) {
                // No --ca-file: nothing can make this certificate trusted.
                Run run = run("verify", proxy.url().toString(), "--blueprint", blueprint(open.port()).toString(),
                        "--format", "json", "--timeout", "60s");

                assertEquals(1, run.exit(), run.out() + run.err());
                List<String> ids = ruleIds(run);
                assertTrue(ids.contains("TLS_CERT_UNTRUSTED"), run.out());
                assertTrue(ids.contains("GATEWAY_API_UNAUTHENTICATED"), run.out());
                assertTrue(ids.contains("CHECKED_OVER_UNTRUSTED_CERT"), run.out());
                assertFalse(ids.contains("TARGET_UNREACHABLE"), run.out());
            }
        }
    }

    @Test
    void verify_nothingListening_exitsThreeNeverPass() throws Exception {
        int closed = LoopbackPorts.free(PUBLIC_ADDRESS);
        Run run = run("verify", "https://" + PUBLIC_ADDRESS + ":" + closed + "/", "--ca-file", caFile.toString(),
                "--timeout", "20s");
        assertEquals(3, run.exit(), run.out() + run.err());
    }

    private Run verify(NginxProxy proxy, Path blueprint, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("verify", proxy.url().toString(), "--ca-file",
                caFile.toString(), "--blueprint", blueprint.toString(), "--format", "json", "--timeout", "60s"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Every rule id in the JSON report. */
    private static List<String> ruleIds(Run run) throws IOException {
        JsonNode report = new ObjectMapper().readTree(run.out());
        return report.findValues("ruleId").stream().map(JsonNode::asText).toList();
    }

    private NginxProxy proxy(OpenClawGateway gateway, UnaryOperator<String> weaken) throws Exception {
        int port = LoopbackPorts.free(PUBLIC_ADDRESS);
        NginxProxy proxy = NginxProxy.start(Files.createDirectories(dir.resolve("nginx-" + port)), PUBLIC_ADDRESS,
                port, gateway.port(), server, ca, ProxiedGatewayIT.REMOTE_CLIENT, weaken);
        running.add(proxy);
        return proxy;
    }

    /** The gateway trusts only the proxy and accepts the Control UI only from the deployment's own domain. */
    private static final String GATEWAY_CONFIG = "{ gateway: { trustedProxies: [\"127.0.0.1\"], controlUi: "
            + "{ allowedOrigins: [\"https://" + DOMAIN + "\"] } } }";

    /** The default blueprint, pointed at this test's domain and gateway port. */
    private Path blueprint(int gatewayPort) throws IOException {
        String text = Files.readString(Path.of("..", "blueprints", "openclaw-instance.yaml"))
                .replace("name: agent.example.com", "name: " + DOMAIN)
                .replace("port: 18789", "port: " + gatewayPort);
        Path file = dir.resolve("blueprint-" + gatewayPort + ".yaml");
        Files.writeString(file, text);
        return file;
    }

}
