package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.Expectations;
import dev.bulwark.verify.ProbeContext;
import dev.bulwark.verify.ProbeOutcome;
import dev.bulwark.verify.VerifyTarget;
import dev.bulwark.verify.net.HostileTlsServer;
import dev.bulwark.verify.net.LoopbackServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway probe against a hostile TLS server: every read is bounded and the evidence names the bound that was
 * hit. (The class timeout is a hang guard, not a speed goal; peak memory is measured in docs/benchmarks.md.)
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
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

    @Test
    void run_redirectLoop_followsNoRedirect() throws Exception {
        String text = run(HostileTlsServer.Mode.REDIRECT_LOOP);

        assertTrue(text.contains("302"), text);
    }

    private static String run(HostileTlsServer.Mode mode) throws Exception {
        try (LoopbackServer server = LoopbackServer.tls(HostileTlsServer.selfSigned(), HostileTlsServer.handler(mode))) {
            VerifyTarget target = new VerifyTarget(URI.create("https://127.0.0.1:" + server.port() + "/"),
                    Optional.empty(), Expectations.defaults());
            ProbeContext context = new ProbeContext(Deadline.after(Duration.ofSeconds(90)), Duration.ofSeconds(10),
                    Optional.empty(), Clock.systemUTC());
            ProbeOutcome outcome = GatewayProbe.create().run(target, context);
            return outcome instanceof ProbeOutcome.Unreachable u ? u.reason()
                    : assertInstanceOf(ProbeOutcome.Checked.class, outcome).findings().toString();
        }
    }
}
