package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.gateway.ConnectAttempt;
import dev.bulwark.verify.gateway.ConnectVerdict;
import dev.bulwark.verify.gateway.GatewayObservation;
import dev.bulwark.verify.gateway.GatewayProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment shape bulwark builds, on one machine: the gateway on loopback with token auth, trusting only the
 * proxy, and nginx terminating TLS on the "public address" 127.0.0.2 with a certificate from a CA made here.
 * The probe goes through the proxy exactly as {@code bulwark verify --ca-file} would.
 */
class ProxiedGatewayIT {
    static final String PUBLIC_ADDRESS = "127.0.0.2";
    /** TEST-NET-3 (RFC 5737): the client address the proxy reports, so the gateway treats the probe as remote. */
    static final String REMOTE_CLIENT = "203.0.113.7";

    @TempDir
    Path dir;

    @Test
    void run_throughHardenedTlsProxy_nothingAtMediumOrAbove() throws Exception {
        AcceptanceHome home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireNginx();
        int proxyPort = LoopbackPorts.free(PUBLIC_ADDRESS);
        String origin = "https://" + PUBLIC_ADDRESS + ":" + proxyPort;
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("bulwark test CA")
                .build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName(PUBLIC_ADDRESS)
                .build();
        Path caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
        String config = "{ gateway: { trustedProxies: [\"127.0.0.1\"], controlUi: { allowedOrigins: [\"" + origin
                + "\"] } } }";

        try (OpenClawGateway gateway = OpenClawGateway.start(home,
                GatewayLaunch.hardened(GatewayDistribution.OPENCLAW).config(config), Duration.ofSeconds(90));
             NginxProxy proxy = NginxProxy.start(Files.createDirectories(dir.resolve("nginx")), PUBLIC_ADDRESS,
                     proxyPort, gateway.port(), server, ca, REMOTE_CLIENT)) {
            ProbeContext context = new ProbeContext(Deadline.after(Duration.ofSeconds(60)), Duration.ofSeconds(5),
                    Optional.of(caFile), Clock.systemUTC());
            VerifyTarget target = new VerifyTarget(proxy.url(), Optional.empty(), Expectations.defaults());
            GatewayObservation observed = GatewayProbe.create().observe(target, context);
            observed.connects().forEach(c -> System.out.println("through proxy: " + c.describe() + " -> "
                    + c.answer()));
            observed.exchanges().forEach(e -> System.out.println("through proxy: " + e.request() + " -> "
                    + e.answer()));
            ProbeOutcome outcome = GatewayProbe.create().run(target, context);

            ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
            List<Finding> serious = checked.findings().stream()
                    .filter(f -> f.severity().isAtLeast(Severity.MEDIUM)).toList();
            assertEquals(List.of(), serious, () -> "gateway log:\n" + gateway.logTail(30));
            assertEquals(List.of("GATEWAY_VERSION_DISCLOSED"), checked.findings().stream().map(Finding::ruleId)
                    .toList(), "the Control UI page reached through the proxy still carries its build id");
            assertEquals(ConnectVerdict.UPGRADE_REFUSED, observed.connects(ConnectAttempt.Purpose.CROSS_ORIGIN)
                    .get(0).verdict(), "the proxy refuses a foreign Origin before the gateway sees it");
        }
    }

}
