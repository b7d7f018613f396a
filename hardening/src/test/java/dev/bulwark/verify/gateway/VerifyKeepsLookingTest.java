package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.LoopbackServers;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.TargetSpec;
import dev.bulwark.verify.Verifier;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.http.HttpProbe;
import dev.bulwark.verify.net.ConnectionFailure;
import dev.bulwark.verify.tls.TlsProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole verifier (TLS, HTTP and gateway probes together) against real servers on loopback: it keeps looking
 * behind a certificate that fails validation, reports plain HTTP, and reports an unreachable target once, with its
 * real cause. (The real gateway behind real nginx is in the acceptance suite.)
 */
class VerifyKeepsLookingTest {
    /** A self-signed certificate: no --ca-file can make it trusted here, as for a user who never made a CA. */
    private static final HeldCertificate SELF_SIGNED = new HeldCertificate.Builder().commonName("localhost")
            .addSubjectAlternativeName("localhost").build();

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void verify_selfSignedGateway_reportsTheCertificateAndWhatIsBehindIt() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(new HandshakeCertificates.Builder()
                .heldCertificate(SELF_SIGNED).build().sslContext()));
        serve(https, Observed.OPENCLAW_PAGE);

        TargetReport report = verify("https://localhost:" + https.getAddress().getPort() + "/");

        assertTrue(report.checked(), report.notCheckedReasons().toString());
        List<String> ids = ruleIds(report);
        assertTrue(ids.contains("TLS_CERT_UNTRUSTED"), ids.toString());
        assertTrue(ids.contains("GATEWAY_VERSION_DISCLOSED"), "the gateway was examined: " + ids);
        assertFalse(ids.contains("TARGET_UNREACHABLE"), ids.toString());
        Finding untrusted = finding(report, "TLS_CERT_UNTRUSTED");
        assertTrue(untrusted.evidence().contains("--ca-file"), untrusted.evidence());
        assertFalse(untrusted.evidence().contains("PKIX") || untrusted.evidence().contains("sun.security"),
                untrusted.evidence());
        assertTrue(report.findings().stream().map(ReportedFinding::finding)
                .filter(f -> f.ruleId().equals("CHECKED_OVER_UNTRUSTED_CERT"))
                .anyMatch(f -> f.evidence().startsWith("the gateway was checked over a certificate that failed "
                        + "validation")), report.findings().toString());
    }

    @Test
    void verify_gatewayOverPlainHttp_isAHighFinding() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(http, Observed.OPENCLAW_PAGE);

        TargetReport report = verify("http://127.0.0.1:" + http.getAddress().getPort() + "/");

        Finding plain = finding(report, "GATEWAY_WITHOUT_TLS");
        assertTrue(plain.severity().isAtLeast(Severity.HIGH), plain.toString());
        assertFalse(ruleIds(report).contains("HTTP_NO_TLS"), "one finding for one exposure: " + ruleIds(report));
    }

    @Test
    void verify_otherSiteOverPlainHttp_isAMediumNoTlsFinding() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(http, "<!doctype html><title>a blog</title>");

        TargetReport report = verify("http://127.0.0.1:" + http.getAddress().getPort() + "/");

        assertEquals(Severity.MEDIUM, finding(report, "HTTP_NO_TLS").severity());
        assertFalse(ruleIds(report).contains("GATEWAY_WITHOUT_TLS"), ruleIds(report).toString());
    }

    @Test
    void verify_refusedPort_oneFindingWithTheCauseAndItsFix() throws Exception {
        int port = LoopbackServers.closedPort();

        TargetReport report = verify("https://127.0.0.1:" + port + "/");

        assertEquals(List.of("TARGET_UNREACHABLE"), ruleIds(report));
        Finding unreachable = finding(report, "TARGET_UNREACHABLE");
        assertEquals("127.0.0.1:" + port + " refused the TCP connection (nothing listens on port " + port
                + ") (not checked: tls, http, gateway)", unreachable.evidence());
        assertEquals(ConnectionFailure.Cause.REFUSED.fix(), unreachable.remediation());
    }

    @Test
    void verify_nameDoesNotResolve_oneDnsFindingWithoutTimeoutAdvice() throws Exception {
        TargetReport report = verify("https://nowhere.bulwark.test/");

        assertEquals(List.of("TARGET_UNREACHABLE"), ruleIds(report));
        Finding unreachable = finding(report, "TARGET_UNREACHABLE");
        assertTrue(unreachable.evidence().startsWith("nowhere.bulwark.test does not resolve"),
                unreachable.evidence());
        assertFalse(unreachable.remediation().contains("--timeout"), unreachable.remediation());
    }

    private static TargetReport verify(String url) throws InterruptedException {
        Verifier verifier = Verifier.builder()
                .probes(List.of(TlsProbe.create(), HttpProbe.withPlainHttpPort(closedPortQuietly()),
                        GatewayProbe.create()))
                .timeout(Duration.ofSeconds(40)).perCallTimeout(Duration.ofSeconds(3)).toolVersion("test").build();
        VerifyTarget target = new VerifyTarget(URI.create(url), Optional.empty(), Expectations.defaults());
        return verifier.verify(List.of(TargetSpec.of(target))).targets().get(0);
    }

    private void serve(HttpServer http, String page) {
        http.createContext("/", exchange -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        http.start();
        server = http;
    }

    private static List<String> ruleIds(TargetReport report) {
        return report.findings().stream().map(f -> f.finding().ruleId()).distinct().toList();
    }

    private static Finding finding(TargetReport report, String ruleId) {
        return report.findings().stream().map(ReportedFinding::finding).filter(f -> f.ruleId().equals(ruleId))
                .findFirst().orElseThrow(() -> new AssertionError(ruleId + " not in " + ruleIds(report)));
    }

    private static int closedPortQuietly() {
        try {
            return LoopbackServers.closedPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
