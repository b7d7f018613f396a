package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.HostileTlsServer;
import dev.bulwark.verify.net.LoopbackServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway probe against a hostile TLS server: every read is bounded and the evidence names the bound that was
 * hit. (The class timeout is a hang guard, not a speed goal; peak memory is measured in docs/benchmarks.md.)
 */
@Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedReadsTest {

    @Test
    void run_endlessBody_stopsAtTheBodyBoundAndSaysSo() throws Exception {
        String text = run(HostileTlsServer.Mode.ENDLESS_BODY);

        assertTrue(text.contains("response body longer than the 256 KiB read bound"), text);
    }

    @Test
    void run_endlessHeaders_stopsAtTheHeaderBoundAndSaysSo() throws Exception {
        String text = run(HostileTlsServer.Mode.ENDLESS_HEADERS);

        assertTrue(text.contains("response headers longer than the 384 KiB read bound"), text);
    }

    /**
     * The page answers normally, the upgrade with a body that never ends: the JDK WebSocket client read that body
     * whole; ours reads the status and headers and hangs up. What the server managed to write before the client
     * stopped taking bytes is what TCP and TLS buffer (a few MiB), not what a run of the deadline would stream.
     */
    @Test
    void run_endlessUpgradeBody_readsOnlyTheUpgradeStatus() throws Exception {
        LongAdder sent = new LongAdder();
        GatewayObservation observation;
        try (LoopbackServer server = LoopbackServer.tls(HostileTlsServer.selfSigned(),
                HostileTlsServer.handler(HostileTlsServer.Mode.ENDLESS_UPGRADE_BODY, sent))) {
            observation = GatewayProbe.create().observe(target(server), context());
            Thread.sleep(2_000); // give the server time to fill whatever buffers the client left it
        }

        assertEquals(ProbePlan.connects().size(), observation.connects().size());
        for (ConnectAttempt connect : observation.connects()) {
            assertEquals("upgrade refused with HTTP 200", connect.answer(), connect.describe());
        }
        assertTrue(sent.sum() < 64L * 1024 * 1024, "the server streamed " + sent.sum() + " body bytes");
    }

    @Test
    void run_redirectLoop_followsNoRedirect() throws Exception {
        String text = run(HostileTlsServer.Mode.REDIRECT_LOOP);

        assertTrue(text.contains("GET / -> 302"), text);
    }

    /**
     * What every request of the probe got back, one line each. The probe sends its requests in parallel; on a busy
     * machine some may run out of time before they reach a bound, so the tests look for the bound in any of them.
     */
    private static String run(HostileTlsServer.Mode mode) throws Exception {
        try (LoopbackServer server = LoopbackServer.tls(HostileTlsServer.selfSigned(), HostileTlsServer.handler(mode))) {
            GatewayObservation observation = GatewayProbe.create().observe(target(server), context());
            return observation.exchanges().stream().map(e -> e.request() + " -> " + e.answer())
                    .collect(Collectors.joining("\n"));
        }
    }

    private static VerifyTarget target(LoopbackServer server) {
        return new VerifyTarget(URI.create("https://127.0.0.1:" + server.port() + "/"), Optional.empty(),
                Expectations.defaults());
    }

    private static ProbeContext context() {
        return new ProbeContext(Deadline.after(Duration.ofSeconds(150)), Duration.ofSeconds(30), Optional.empty(),
                Clock.systemUTC());
    }
}
