package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.gateway.GatewayProbe;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Releases that hide their version (2026.6.5 and 2026.6.6 answer "OK, 0 findings" to a verifier that only reads
 * version leaks), run for real from npm with token auth behind hardened nginx on the simulated public address:
 * verify recognises each from the Control UI page it serves and names exactly the advisories of its range.
 */
class ReleaseRecognitionIT {
    private static final Pattern ID = Pattern.compile("(?:CVE|GHSA)-[\\w-]+");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"OPENCLAW_2026_6_5, index-jM0oJkaS.js", "OPENCLAW_2026_6_6, index-B6YtUsIL.js"})
    void run_releaseHidingItsVersion_identifiedAndItsAdvisoriesNamed(GatewayDistribution release, String entry)
            throws Exception {
        AcceptanceHome home = AcceptanceHome.locate();
        home.requireInstalled(release);
        home.requireNginx();
        int proxyPort = LoopbackPorts.free(ProxiedGatewayIT.PUBLIC_ADDRESS);
        String origin = "https://" + ProxiedGatewayIT.PUBLIC_ADDRESS + ":" + proxyPort;
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("bulwark test CA")
                .build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca)
                .addSubjectAlternativeName(ProxiedGatewayIT.PUBLIC_ADDRESS).build();
        Path caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
        String config = "{ gateway: { trustedProxies: [\"127.0.0.1\"], controlUi: { allowedOrigins: [\"" + origin
                + "\"] } } }";

        try (OpenClawGateway gateway = OpenClawGateway.start(home, GatewayLaunch.hardened(release).config(config),
                Duration.ofSeconds(120));
             NginxProxy proxy = NginxProxy.start(Files.createDirectories(dir.resolve("nginx")),
                     ProxiedGatewayIT.PUBLIC_ADDRESS, proxyPort, gateway.port(), server, ca,
                     ProxiedGatewayIT.REMOTE_CLIENT)) {
            warmUp(gateway);
            ProbeContext context = new ProbeContext(Deadline.after(Duration.ofSeconds(90)), Duration.ofSeconds(15),
                    Optional.of(caFile), Clock.systemUTC());
            VerifyTarget target = new VerifyTarget(proxy.url(), Optional.empty(), Expectations.defaults());
            ProbeOutcome outcome = GatewayProbe.create().run(target, context);

            ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
            List<Finding> vulnerable = checked.findings().stream()
                    .filter(f -> f.ruleId().equals("GATEWAY_VULNERABLE_VERSION")).toList();
            assertEquals(1, vulnerable.size(), () -> checked.findings() + "\ngateway log:\n" + gateway.logTail(30));
            String evidence = vulnerable.get(0).evidence();
            assertTrue(evidence.startsWith("release openclaw@" + release.version() + " (identified by the Control UI"
                    + " entry script assets/" + entry + ")"), evidence);
            Set<String> expected = new TreeSet<>();
            AdvisoryCatalog.bundled().affecting(AgentVersion.of(release.version()))
                    .forEach(a -> expected.addAll(a.ids()));
            assertEquals(expected, idsListed(evidence), "every advisory of the release's range, and no other");
            assertTrue(checked.findings().stream().noneMatch(f -> f.ruleId().equals("GATEWAY_RELEASE_UNKNOWN")));
        }
    }

    /**
     * These releases log "ready" before their HTTP routes answer quickly (plugins still warming; the machine is
     * shared): wait, directly on loopback, until the gateway answers a page request at all (any status: without the
     * proxy's forwarding headers the gateway refuses the trusted proxy's address), so the probe's per-call timeouts
     * measure the proxy and gateway rather than the warm-up.
     */
    private static void warmUp(OpenClawGateway gateway) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest page = HttpRequest.newBuilder(gateway.url("127.0.0.1")).timeout(Duration.ofSeconds(30)).build();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                client.send(page, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (java.io.IOException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("the gateway did not answer within 120 s:\n" + gateway.logTail(30));
            }
            Thread.sleep(500);
        }
    }

    /** The ids each detail line of the evidence names (CVE and GHSA), before its "[...]" part. */
    private static Set<String> idsListed(String evidence) {
        Set<String> ids = new TreeSet<>();
        for (String line : evidence.lines().skip(1).toList()) {
            Matcher m = ID.matcher(line.substring(0, line.indexOf(" [")));
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }
}
