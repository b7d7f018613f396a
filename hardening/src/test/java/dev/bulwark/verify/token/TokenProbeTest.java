package dev.bulwark.verify.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.secret.Secret;
import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token probe against a real HTTP server on loopback that answers like 2026.9.6's {@code POST /tools/invoke}:
 * 400 for the one valid token, 401 for any other.
 */
class TokenProbeTest {
    private static final String VALID = "valid-token-0123456789abcdef";
    private static final String OLD = "old-token-fedcba9876543210";

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile int statusForValid = 400;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + auth);
            exchange.getRequestBody().readAllBytes();
            int status = ("Bearer " + VALID).equals(auth) ? statusForValid : 401;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void run_rotated_noFindingOneRequestPerToken() throws InterruptedException {
        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class,
                probe(VALID, OLD).run(target(), context()));
        assertEquals(List.of(), checked.findings());
        assertEquals(List.of("GATEWAY_STALE_TOKEN_ACCEPTED", "GATEWAY_CURRENT_TOKEN_REFUSED"),
                checked.rulesChecked());
        assertEquals(List.of("POST /tools/invoke Bearer " + VALID, "POST /tools/invoke Bearer " + OLD), seen);
    }

    @Test
    void run_notRotated_staleTokenAcceptedWithoutShowingIt() throws InterruptedException {
        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class,
                probe(null, VALID).run(target(), context()));
        assertEquals(1, checked.findings().size());
        assertEquals("GATEWAY_STALE_TOKEN_ACCEPTED", checked.findings().get(0).ruleId());
        assertFalse(checked.findings().get(0).toString().contains(VALID), checked.findings().toString());
    }

    @Test
    void run_wrongCurrentToken_currentTokenRefused() throws InterruptedException {
        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class,
                probe(OLD, null).run(target(), context()));
        assertEquals("GATEWAY_CURRENT_TOKEN_REFUSED", checked.findings().get(0).ruleId());
    }

    @Test
    void run_rateLimited_couldNotCheckNeverPassed() throws InterruptedException {
        statusForValid = 429;
        ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class,
                probe(VALID, null).run(target(), context()));
        assertTrue(unreachable.reason().contains("429"), unreachable.reason());
        assertFalse(unreachable.reason().contains(VALID), unreachable.reason());
    }

    @Test
    void run_secondTarget_sendsNothingMore() throws InterruptedException {
        TokenProbe probe = probe(VALID, OLD);
        probe.run(target(), context());
        assertInstanceOf(ProbeOutcome.Unreachable.class, probe.run(target(), context()));
        assertEquals(2, seen.size(), "each token at most once per run: " + seen.size());
    }

    @Test
    void appliesTo_withoutTokens_false() {
        assertFalse(TokenProbe.none().appliesTo(target()));
        assertTrue(probe(VALID, null).appliesTo(target()));
    }

    private static TokenProbe probe(String current, String stale) {
        return TokenProbe.of(Optional.ofNullable(current).map(Secret::of), Optional.ofNullable(stale).map(Secret::of));
    }

    private VerifyTarget target() {
        return new VerifyTarget(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                Optional.empty(), Expectations.defaults());
    }

    private static ProbeContext context() {
        return new ProbeContext(Deadline.after(Duration.ofSeconds(20)), Duration.ofSeconds(5), Optional.empty(),
                Clock.systemUTC());
    }
}
