package dev.bulwark.deploy.hostsecrets;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.deploy.DeployException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lookup against a real HTTP server on loopback that answers what each case scripts; nothing leaves the host. */
class PublicAddressLookupTest {
    private HttpServer server;
    private volatile int status = 200;
    private volatile String body = "";

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] reply = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private PublicAddressLookup lookup() {
        return new PublicAddressLookup(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "198.51.100.7\\n|198.51.100.7",
            "  203.0.113.10  |203.0.113.10",
            "2001:db8::7\\n|2001:db8:0:0:0:0:0:7"})
    void detect_oneAddressLiteral_returnsIt(String reply, String expected) {
        body = reply.replace("\\n", "\n");
        assertEquals(expected, lookup().detect());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>blocked by proxy</html>", "198.51.100.7 203.0.113.10", "198.51.100.0/24",
            "256.1.1.1", "localhost", "example.com", "198.51.100.7\nextra"})
    void detect_garbageReply_environmentErrorNamingSshFrom(String reply) {
        body = reply;
        DeployException e = assertThrows(DeployException.class, () -> lookup().detect());
        assertEquals(DeployException.Kind.ENVIRONMENT, e.kind());
        assertTrue(e.getMessage().contains("pass --ssh-from"), e.getMessage());
    }

    @Test
    void detect_httpError_environmentErrorNamingStatus() {
        status = 503;
        body = "198.51.100.7";
        DeployException e = assertThrows(DeployException.class, () -> lookup().detect());
        assertTrue(e.getMessage().contains("HTTP 503") && e.getMessage().contains("pass --ssh-from"),
                e.getMessage());
    }

    @Test
    void detect_nothingListening_environmentErrorNamingSshFrom() {
        server.stop(0);
        DeployException e = assertThrows(DeployException.class, () -> lookup().detect());
        assertTrue(e.getMessage().contains("could not be asked"), e.getMessage());
    }
}
