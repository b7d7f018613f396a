package dev.bulwark.verify.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.net.Handlers;
import dev.bulwark.verify.net.LoopbackServer;
import dev.bulwark.verify.net.Probes;
import dev.bulwark.verify.net.TestPki;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written ClientHello against servers that do (openssl) and do not (JSSE, garbage) speak old TLS. */
// A hang guard, not a speed assertion; a separate thread so it fires even if a lock never frees.
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LegacyProtocolProberTest {
    private final TestPki pki = new TestPki();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "openssl {0}: {1} accepted")
    @CsvSource({"-tls1, TLS_1_0", "-tls1_1, TLS_1_1"})
    void probe_opensslServingOnlyThatVersion_acceptedAndOthersRefused(String flag, ProtocolVersion served)
            throws Exception {
        try (OpenSslServer server = OpenSslServer.start(pki.leaf(Duration.ofDays(90)), dir, flag)) {
            for (ProtocolVersion version : List.of(ProtocolVersion.SSL_3_0, ProtocolVersion.TLS_1_0,
                    ProtocolVersion.TLS_1_1)) {
                ProtocolSupport expected = version == served ? ProtocolSupport.ACCEPTED : ProtocolSupport.REFUSED;

                assertEquals(expected, probe(server.port(), "localhost", version), version.label());
            }
        }
    }

    @Test
    void probe_sniForIpLiteralOmitted_stillAccepted() throws Exception {
        try (OpenSslServer server = OpenSslServer.start(pki.leaf(Duration.ofDays(90)), dir, "-tls1")) {
            assertEquals(ProtocolSupport.ACCEPTED, probe(server.port(), "127.0.0.1", ProtocolVersion.TLS_1_0));
        }
    }

    @Test
    void tlsProbe_opensslTls10Only_legacyFindingAndNoModernHandshake() throws Exception {
        try (OpenSslServer server = OpenSslServer.start(pki.leaf(Duration.ofDays(90)), dir, "-tls1")) {
            ProbeOutcome outcome = TlsProbe.create().run(Probes.target("https://127.0.0.1:" + server.port() + "/"),
                    Probes.context(Optional.of(pki.writeCaFile(dir))));

            List<String> findings = ((ProbeOutcome.Checked) outcome).findings().stream()
                    .map(f -> f.ruleId() + ": " + f.evidence()).sorted().collect(Collectors.toList());
            assertEquals(2, findings.size(), findings::toString);
            assertTrue(findings.get(0).startsWith("TLS_HANDSHAKE_FAILED: "), findings::toString);
            assertEquals("TLS_LEGACY_PROTOCOL: 127.0.0.1:" + server.port() + " accepts TLS 1.0", findings.get(1));
        }
    }

    @Test
    void probe_opensslModernOnly_legacyRefused() throws Exception {
        try (OpenSslServer server = OpenSslServer.start(pki.leaf(Duration.ofDays(90)), dir, "-no_ssl3", "-no_tls1",
                "-no_tls1_1")) {
            assertEquals(ProtocolSupport.REFUSED, probe(server.port(), "localhost", ProtocolVersion.TLS_1_0));
            assertEquals(ProtocolSupport.REFUSED, probe(server.port(), "localhost", ProtocolVersion.TLS_1_1));
        }
    }

    @Test
    void probe_garbageServer_refused() throws Exception {
        try (LoopbackServer garbage = LoopbackServer.plain(Handlers.garbage())) {
            assertEquals(ProtocolSupport.REFUSED, probe(garbage.port(), "localhost", ProtocolVersion.TLS_1_0));
        }
    }

    @Test
    void probe_tarpit_noAnswer() throws Exception {
        try (LoopbackServer tarpit = LoopbackServer.plain(Handlers.tarpit())) {
            assertEquals(ProtocolSupport.NO_ANSWER, probe(tarpit.port(), "localhost", ProtocolVersion.TLS_1_0));
        }
    }

    private static ProtocolSupport probe(int port, String host, ProtocolVersion version) throws Exception {
        return LegacyProtocolProber.probe(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), host,
                version, Deadline.after(Duration.ofSeconds(30)), Probes.PER_CALL);
    }
}
