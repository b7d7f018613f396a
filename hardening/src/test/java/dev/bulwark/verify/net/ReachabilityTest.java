package dev.bulwark.verify.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.LoopbackServers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against real TLS and TCP servers on loopback, with certificates made in the test. */
class ReachabilityTest {
    private final TestPki pki = new TestPki();

    @TempDir
    Path dir;

    @Test
    void of_certificateFromAnUnknownCa_reachedOverExactlyThatCertificate() throws Exception {
        HeldCertificate leaf = pki.leaf(Duration.ofDays(30));
        HeldCertificate otherLeaf = pki.leaf(Duration.ofDays(30));
        try (LoopbackServer server = LoopbackServer.tls(pki.serverContext(leaf), Handlers.http("200 OK"));
             LoopbackServer other = LoopbackServer.tls(pki.serverContext(otherLeaf), Handlers.http("200 OK"))) {
            Reach.Reached reached = assertInstanceOf(Reach.Reached.class, reach(server.port(), Optional.empty()));

            String why = reached.untrusted().orElseThrow();
            assertTrue(why.contains("CN=localhost") && why.contains("--ca-file"), why);
            assertFalse(why.contains("PKIX") || why.contains("sun.security"), why);
            handshake(reached.sslContext(), server.port()); // the pinned certificate itself is trusted
            assertThrows(SSLHandshakeException.class, () -> handshake(reached.sslContext(), other.port()),
                    "a different certificate, even from the same CA, must be refused");
        }
    }

    @Test
    void of_privateCaGivenWithCaFile_reachedWithTheRealTrustAndNoNote() throws Exception {
        try (LoopbackServer server = LoopbackServer.tls(pki.serverContext(pki.leaf(Duration.ofDays(30))),
                Handlers.http("200 OK"))) {
            Reach.Reached reached = assertInstanceOf(Reach.Reached.class,
                    reach(server.port(), Optional.of(pki.writeCaFile(dir))));

            assertEquals(Optional.empty(), reached.untrusted());
        }
    }

    @Test
    void of_nameDoesNotResolve_dnsCause() throws Exception {
        ConnectionFailure failure = failure(URI.create("https://nowhere.bulwark.test/"));

        assertEquals(ConnectionFailure.Cause.DNS, failure.cause());
        assertEquals("nowhere.bulwark.test does not resolve (no DNS address for it)", failure.describe());
        assertFalse(failure.fix().contains("--timeout"), failure.fix());
    }

    @Test
    void of_nothingListens_refusedCause() throws Exception {
        int port = LoopbackServers.closedPort();

        ConnectionFailure failure = failure(URI.create("https://127.0.0.1:" + port + "/"));

        assertEquals(ConnectionFailure.Cause.REFUSED, failure.cause());
        assertEquals("127.0.0.1:" + port + " refused the TCP connection (nothing listens on port " + port + ")",
                failure.describe());
    }

    @Test
    void of_serverAcceptsAndSaysNothing_noAnswerAtTheTlsHandshakeNotAConnectTimeout() throws Exception {
        try (LoopbackServers servers = new LoopbackServers()) {
            int port = servers.silentPort();

            ConnectionFailure failure = failure(URI.create("https://127.0.0.1:" + port + "/"));

            assertEquals(ConnectionFailure.Cause.NO_ANSWER, failure.cause());
            assertTrue(failure.detail().startsWith("accepted the TCP connection but did not complete a TLS "
                    + "handshake within"), failure.detail());
        }
    }

    @Test
    void of_serverAnswersWithoutTls_notTlsCause() throws Exception {
        try (LoopbackServer server = LoopbackServer.plain(Handlers.garbage())) {
            ConnectionFailure failure = failure(URI.create("https://127.0.0.1:" + server.port() + "/"));

            assertEquals(ConnectionFailure.Cause.NOT_TLS, failure.cause());
        }
    }

    @Test
    void of_sameEndpointAskedByEveryProbe_connectsOnce() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (LoopbackServer server = LoopbackServer.plain(c -> connections.incrementAndGet())) {
            Reachability run = Reachability.create();
            URI url = URI.create("http://127.0.0.1:" + server.port() + "/");
            Deadline deadline = Deadline.after(Duration.ofSeconds(10));

            Reach first = run.of(url, deadline, Probes.PER_CALL, Optional.empty());
            Reach second = run.of(url, deadline, Probes.PER_CALL, Optional.empty());

            assertInstanceOf(Reach.Reached.class, first);
            assertTrue(first == second, "one run reaches one endpoint once");
            Thread.sleep(200); // let the server's acceptor count a second connection, if there was one
            assertEquals(1, connections.get());
        }
    }

    private Reach reach(int port, Optional<Path> caFile) throws InterruptedException {
        return Reachability.create().of(URI.create("https://localhost:" + port + "/"),
                Deadline.after(Duration.ofSeconds(10)), Probes.PER_CALL, caFile);
    }

    private static ConnectionFailure failure(URI url) throws InterruptedException {
        Reach reach = Reachability.create().of(url, Deadline.after(Duration.ofSeconds(10)), Probes.PER_CALL,
                Optional.empty());
        return assertInstanceOf(Reach.Failed.class, reach, reach::toString).failure();
    }

    private static void handshake(SSLContext context, int port) throws IOException {
        try (Socket raw = new Socket(InetAddress.getLoopbackAddress(), port);
             SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, "localhost", port, true)) {
            raw.setSoTimeout(5000);
            tls.startHandshake();
        }
    }
}
