package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.net.Handlers;
import dev.bulwark.verify.net.LoopbackServer;
import dev.bulwark.verify.net.Probes;
import dev.bulwark.verify.net.TestPki;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The TLS probe against real JSSE servers on loopback, with certificates made here. */
// A hang guard, not a speed assertion; a separate thread so it fires even if a lock never frees.
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TlsProbeTest {
    private final TestPki pki = new TestPki();

    @TempDir
    Path dir;

    @Test
    void run_trustedCurrentCertificate_checksEveryRuleWithoutFindings() throws Exception {
        ProbeOutcome.Checked outcome = checked(pki.leaf(Duration.ofDays(90)), "https://127.0.0.1:%d/", true);

        assertEquals(Set.of(), ruleIds(outcome));
        assertEquals(TlsProbe.create().rules().size(), outcome.rulesChecked().size());
    }

    @Test
    void run_privateCaWithoutCaFile_untrustedOnly() throws Exception {
        ProbeOutcome.Checked outcome = checked(pki.leaf(Duration.ofDays(90)), "https://localhost:%d/", false);

        assertEquals(Set.of("TLS_CERT_UNTRUSTED"), ruleIds(outcome));
    }

    @Test
    void run_expiredCertificate_expiredAndUntrusted() throws Exception {
        HeldCertificate expired = pki.leafValid(Instant.now().minus(Duration.ofDays(90)),
                Instant.now().minus(Duration.ofDays(1)));

        ProbeOutcome.Checked outcome = checked(expired, "https://127.0.0.1:%d/", true);

        assertEquals(Set.of("TLS_CERT_EXPIRED", "TLS_CERT_UNTRUSTED"), ruleIds(outcome));
    }

    @Test
    void run_certificateExpiringInFiveDays_expiringOnly() throws Exception {
        ProbeOutcome.Checked outcome = checked(pki.leaf(Duration.ofDays(5)), "https://127.0.0.1:%d/", true);

        assertEquals(Set.of("TLS_CERT_EXPIRING"), ruleIds(outcome));
        assertTrue(outcome.findings().get(0).evidence().contains("(4 days left)")
                || outcome.findings().get(0).evidence().contains("(5 days left)"), outcome.findings().toString());
    }

    @Test
    void run_certificateForAnotherHost_hostnameMismatchOnly() throws Exception {
        ProbeOutcome.Checked outcome = checked(pki.leafFor("other.example.com"), "https://127.0.0.1:%d/", true);

        assertEquals(Set.of("TLS_CERT_HOSTNAME_MISMATCH"), ruleIds(outcome));
        assertTrue(outcome.findings().get(0).evidence().contains("other.example.com"));
    }

    @Test
    void run_rsa1024Key_weakKeyOnly() throws Exception {
        ProbeOutcome.Checked outcome = checked(pki.leafWithRsaKey(1024), "https://127.0.0.1:%d/", true);

        assertEquals(Set.of("TLS_WEAK_KEY"), ruleIds(outcome));
    }

    @Test
    void run_jsseServer_legacyVersionsRefusedModernAccepted() throws Exception {
        try (LoopbackServer server = LoopbackServer.tls(pki.serverContext(pki.leaf(Duration.ofDays(90))),
                Handlers.tarpit())) {
            TlsObservation seen = observe(server);

            assertEquals(ProtocolSupport.ACCEPTED, seen.support(ProtocolVersion.TLS_1_3));
            assertEquals(ProtocolSupport.ACCEPTED, seen.support(ProtocolVersion.TLS_1_2));
            assertEquals(ProtocolSupport.REFUSED, seen.support(ProtocolVersion.TLS_1_1));
            assertEquals(ProtocolSupport.REFUSED, seen.support(ProtocolVersion.TLS_1_0));
            assertEquals(ProtocolSupport.REFUSED, seen.support(ProtocolVersion.SSL_3_0));
        }
    }

    @Test
    void run_tarpit_unreachable() throws Exception {
        try (LoopbackServer tarpit = LoopbackServer.plain(Handlers.tarpit())) {
            ProbeOutcome outcome = run("https://127.0.0.1:" + tarpit.port() + "/", Optional.empty());

            assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
            String reason = ((ProbeOutcome.Unreachable) outcome).reason();
            assertTrue(reason.contains("accepted the TCP connection but did not complete a TLS handshake within"),
                    reason);
        }
    }

    @Test
    void run_serverTricklesAHandshakeRecord_unreachableOnceTheBudgetIsSpent() throws Exception {
        byte[] recordHeader = {0x16, 0x03, 0x03, 0x40, 0x00}; // a 16 KiB handshake record, sent a byte at a time
        try (LoopbackServer trickle = LoopbackServer.plain(Handlers.trickle(recordHeader, Duration.ofMillis(200)))) {
            ProbeOutcome outcome = run("https://127.0.0.1:" + trickle.port() + "/", Optional.empty());

            assertInstanceOf(ProbeOutcome.Unreachable.class, outcome, outcome::toString);
        }
    }

    @Test
    void run_garbageServer_handshakeFailedFinding() throws Exception {
        try (LoopbackServer garbage = LoopbackServer.plain(Handlers.garbage())) {
            ProbeOutcome outcome = run("https://127.0.0.1:" + garbage.port() + "/", Optional.empty());

            assertEquals(Set.of("TLS_HANDSHAKE_FAILED"), ruleIds(assertInstanceOf(ProbeOutcome.Checked.class, outcome)));
        }
    }

    @Test
    void run_deadlineAlreadyPassed_unreachableNotPass() throws Exception {
        ProbeContext spent = new ProbeContext(Deadline.after(Duration.ZERO), Probes.PER_CALL, Optional.empty(),
                Clock.systemUTC());

        ProbeOutcome outcome = TlsProbe.create().run(Probes.target("https://127.0.0.1:1/"), spent);

        assertEquals(new ProbeOutcome.Unreachable("The run's --timeout ran out before the TLS probe started."),
                outcome);
    }

    @Test
    void run_nothingListening_unreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ProbeOutcome outcome = run("https://127.0.0.1:" + closedPort + "/", Optional.empty());

        String reason = ((ProbeOutcome.Unreachable) outcome).reason();
        assertTrue(reason.startsWith("127.0.0.1:") && reason.contains("refused the TCP connection"), reason);
    }

    private ProbeOutcome.Checked checked(HeldCertificate leaf, String urlFormat, boolean withCaFile) throws Exception {
        try (LoopbackServer server = LoopbackServer.tls(pki.serverContext(leaf), Handlers.tarpit())) {
            Optional<Path> caFile = withCaFile ? Optional.of(pki.writeCaFile(dir)) : Optional.empty();
            ProbeOutcome outcome = run(String.format(urlFormat, server.port()), caFile);
            return assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome::toString);
        }
    }

    private TlsObservation observe(LoopbackServer server) throws Exception {
        return TlsProbe.create().observe(Probes.target("https://127.0.0.1:" + server.port() + "/"),
                Probes.context(Optional.of(pki.writeCaFile(dir))));
    }

    private static ProbeOutcome run(String url, Optional<Path> caFile) throws InterruptedException {
        return TlsProbe.create().run(Probes.target(url), Probes.context(caFile));
    }

    private static Set<String> ruleIds(ProbeOutcome.Checked outcome) {
        return outcome.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    }
}
