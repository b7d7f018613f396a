package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.ConnectionFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe's own I/O against real servers on loopback: a stand-in that serves an old OpenClaw Control UI page over
 * HTTPS with a certificate from a CA made here. (The real gateways are exercised in the acceptance tests.)
 */
class GatewayProbeNetworkTest {
    private static final HeldCertificate CA = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("bulwark test CA").build();
    private static final HeldCertificate LEAF = new HeldCertificate.Builder().signedBy(CA)
            .addSubjectAlternativeName("127.0.0.1").build();

    @TempDir
    Path dir;
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void run_oldOpenClawPageOverHttpsWithPrivateCa_reportsItsAdvisories() throws Exception {
        URI url = startHttps("/", 200, "text/html; charset=utf-8",
                Observed.OPENCLAW_PAGE.replace("2026.9.6", "2026.2.19"));

        ProbeOutcome outcome = GatewayProbe.create().run(target(url), context(Optional.of(caFile())));

        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
        Finding vulnerable = checked.findings().stream().filter(f -> f.ruleId().equals("GATEWAY_VULNERABLE_VERSION"))
                .findFirst().orElseThrow(() -> new AssertionError(checked.findings()));
        assertTrue(vulnerable.evidence().startsWith("release 2026.2.19"), vulnerable.evidence());
        assertTrue(vulnerable.evidence().contains("CVE-2026-32025"), vulnerable.evidence());
    }

    @Test
    void run_privateCaNotGiven_keepsLookingOverThatOneCertificateAndSaysSo() throws Exception {
        URI url = startHttps("/", 200, "text/html", Observed.OPENCLAW_PAGE);

        ProbeOutcome outcome = GatewayProbe.create().run(target(url), context(Optional.empty()));

        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
        assertTrue(checked.findings().stream().anyMatch(f -> f.ruleId().equals("GATEWAY_VERSION_DISCLOSED")),
                checked.findings().toString());
        Finding note = checked.findings().stream().filter(f -> f.ruleId().equals("CHECKED_OVER_UNTRUSTED_CERT"))
                .findFirst().orElseThrow(() -> new AssertionError(checked.findings()));
        assertTrue(note.evidence().contains("the gateway was checked over a certificate that failed validation"),
                note.evidence());
        assertTrue(note.evidence().contains("--ca-file") && !note.evidence().contains("PKIX"), note.evidence());
    }

    @Test
    void run_closedPort_isUnreachableNotPassed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        ProbeOutcome outcome = GatewayProbe.create().run(target(URI.create("http://127.0.0.1:" + port + "/")),
                context(Optional.empty()));

        ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome,
                outcome.toString());
        assertTrue(unreachable.reason().contains("refused the TCP connection"), unreachable.reason());
        assertEquals(ConnectionFailure.Cause.REFUSED, unreachable.failure().orElseThrow().cause());
    }

    @Test
    void run_somethingElseAnswers_saysNoGatewayWasDetected() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain", "nothing here"));
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");

        ProbeOutcome outcome = GatewayProbe.create().run(target(url), context(Optional.empty()));

        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
        assertEquals(List.of("HTTP_NO_TLS", "GATEWAY_NOT_DETECTED"),
                checked.findings().stream().map(Finding::ruleId).toList());
    }

    private URI startHttps(String path, int status, String type, String body) throws IOException {
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder()
                .heldCertificate(LEAF, CA.certificate()).build();
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverCerts.sslContext()));
        https.createContext(path, exchange -> respond(exchange, status, type, body));
        https.start();
        server = https;
        return URI.create("https://127.0.0.1:" + https.getAddress().getPort() + "/");
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Path caFile() throws IOException {
        return Files.writeString(dir.resolve("ca.pem"), CA.certificatePem());
    }

    private static VerifyTarget target(URI url) {
        return new VerifyTarget(url, Optional.empty(), Expectations.defaults());
    }

    private static ProbeContext context(Optional<Path> caFile) {
        return new ProbeContext(Deadline.after(Duration.ofSeconds(20)), Duration.ofSeconds(5), caFile,
                Clock.systemUTC());
    }
}
