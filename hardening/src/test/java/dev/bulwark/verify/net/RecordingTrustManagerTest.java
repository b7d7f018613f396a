package dev.bulwark.verify.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/**
 * The one recording trust manager, against a real TLS server on loopback whose certificate no system CA signed:
 * verify's stance refuses the handshake, discovery's carries on; both record the chain and say why in plain words.
 */
class RecordingTrustManagerTest {
    private static final String PLAIN_REFUSAL = TrustFailures.NO_TRUSTED_ROOT;
    private final TestPki pki = new TestPki();

    @Test
    void handshake_untrustedChain_isRefusedAndRecorded() throws Exception {
        HeldCertificate leaf = pki.leaf(Duration.ofDays(30));
        RecordingTrustManager recorder = new RecordingTrustManager(TrustStores.systemPlus(Optional.empty()));

        try (LoopbackServer server = LoopbackServer.tls(pki.serverContext(leaf), Handlers.tarpit())) {
            assertThrows(SSLHandshakeException.class, () -> handshake(server, recorder));
        }

        assertEquals(Optional.of(PLAIN_REFUSAL), recorder.refusal());
        assertEquals(leaf.certificate(), recorder.chain().get(0));
    }

    @Test
    void handshake_untrustedChainCarryingOn_completesAndRecordsTheRefusal() throws Exception {
        HeldCertificate leaf = pki.leaf(Duration.ofDays(30));
        RecordingTrustManager recorder = RecordingTrustManager.carryingOn(TrustStores.systemPlus(Optional.empty()));

        try (LoopbackServer server = LoopbackServer.tls(pki.serverContext(leaf), Handlers.tarpit())) {
            handshake(server, recorder);
        }

        assertEquals(Optional.of(PLAIN_REFUSAL), recorder.refusal());
        assertEquals(leaf.certificate(), recorder.chain().get(0));
    }

    private static void handshake(LoopbackServer server, RecordingTrustManager recorder) throws IOException {
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress("127.0.0.1", server.port()), 30_000);
            raw.setSoTimeout(30_000);
            SSLSocket tls = SslContexts.clientSocket(SslContexts.withTrustManager(recorder), raw,
                    new Endpoint("127.0.0.1", server.port()), true);
            tls.startHandshake();
        }
    }
}
