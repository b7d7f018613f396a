package dev.bulwark.verify.http;

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
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP probe against a real HTTPS server and a real plain-HTTP server on loopback, both written in the test. */
// A hang guard, not a speed assertion; a separate thread so it fires even if a lock never frees.
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HttpProbeTest {
    private static final String ONE_YEAR = "Strict-Transport-Security: max-age=31536000; includeSubDomains";

    private final TestPki pki = new TestPki();

    @TempDir
    Path dir;

    @Test
    void run_hstsAndRedirect_checksEveryRuleWithoutFindings() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK", ONE_YEAR), this::redirectToHttps);

        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome::toString);
        assertEquals(Set.of(), ruleIds(checked));
        assertEquals(List.of("HTTP_HSTS_MISSING", "HTTP_HSTS_SHORT", "HTTP_NO_HTTPS_REDIRECT"), checked.rulesChecked());
    }

    @Test
    void run_noHstsAndPlainContent_bothFindings() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK"), port -> Handlers.http("200 OK"));

        assertEquals(Set.of("HTTP_HSTS_MISSING", "HTTP_NO_HTTPS_REDIRECT"), ruleIds(outcome));
    }

    @Test
    void run_hstsThirtyDays_shortFinding() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK", "Strict-Transport-Security: max-age=2592000"),
                this::redirectToHttps);

        assertEquals(Set.of("HTTP_HSTS_SHORT"), ruleIds(outcome));
    }

    @Test
    void run_plainHttpRedirectsToItself_noRedirectFindingNotAHang() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK", ONE_YEAR),
                port -> Handlers.http("301 Moved Permanently", "Location: /"));

        List<Finding> findings = ((ProbeOutcome.Checked) outcome).findings();
        assertEquals(Set.of("HTTP_NO_HTTPS_REDIRECT"), ruleIds(outcome));
        assertTrue(findings.get(0).evidence().endsWith("gave HTTP 301 Location: /"), findings.toString());
    }

    @Test
    void run_plainHttpAnswersGarbage_noRedirectFinding() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK", ONE_YEAR), port -> Handlers.garbage());

        assertEquals(Set.of("HTTP_NO_HTTPS_REDIRECT"), ruleIds(outcome));
    }

    @Test
    void run_plainHttpSendsEndlessHeaders_noRedirectFinding() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK", ONE_YEAR), port -> Handlers.endlessHeaders());

        assertEquals(Set.of("HTTP_NO_HTTPS_REDIRECT"), ruleIds(outcome));
    }

    @Test
    void run_httpsSendsEndlessHeaders_unreachableForHsts() throws Exception {
        ProbeOutcome outcome = run(Handlers.endlessHeaders(), this::redirectToHttps);

        ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
        assertTrue(unreachable.reason().startsWith("Could not check HTTP_HSTS_MISSING, HTTP_HSTS_SHORT"),
                unreachable.reason());
    }

    @Test
    void run_plainHttpTarpitAndNothingElseWrong_unreachableNotPass() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK", ONE_YEAR), port -> Handlers.tarpit());

        ProbeOutcome.Unreachable unreachable = assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
        assertTrue(unreachable.reason().contains("HTTP_NO_HTTPS_REDIRECT"), unreachable.reason());
    }

    @Test
    void run_plainHttpTarpitButHstsMissing_findingKept() throws Exception {
        ProbeOutcome outcome = run(Handlers.http("200 OK"), port -> Handlers.tarpit());

        ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome);
        assertEquals(Set.of("HTTP_HSTS_MISSING"), ruleIds(checked));
        assertEquals(List.of("HTTP_HSTS_MISSING", "HTTP_HSTS_SHORT"), checked.rulesChecked());
    }

    @Test
    void run_plainHttpTricklesHeaders_unreachableNotAHang() throws Exception {
        byte[] statusLine = "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
        ProbeOutcome outcome = run(Handlers.http("200 OK", ONE_YEAR),
                port -> Handlers.trickle(statusLine, Duration.ofMillis(200)));

        assertInstanceOf(ProbeOutcome.Unreachable.class, outcome, outcome::toString);
    }

    @Test
    void run_httpsTarpit_unreachable() throws Exception {
        ProbeOutcome outcome = run(Handlers.tarpit(), this::redirectToHttps);

        assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
    }

    @Test
    void run_deadlineAlreadyPassed_unreachableNotPass() throws Exception {
        ProbeContext spent = new ProbeContext(Deadline.after(Duration.ZERO), Probes.PER_CALL, Optional.empty(),
                Clock.systemUTC());

        ProbeOutcome outcome = HttpProbe.create().run(Probes.target("https://127.0.0.1:1/"), spent);

        assertInstanceOf(ProbeOutcome.Unreachable.class, outcome);
    }

    @Test
    void run_nothingOnPlainHttpPort_compliant() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (LoopbackServer https = LoopbackServer.tls(serverContext(), Handlers.http("200 OK", ONE_YEAR))) {
            ProbeOutcome outcome = HttpProbe.withPlainHttpPort(closedPort)
                    .run(Probes.target("https://127.0.0.1:" + https.port() + "/"), context());

            assertEquals(Set.of(), ruleIds(outcome));
        }
    }

    private LoopbackServer.Handler redirectToHttps(int httpsPort) {
        return Handlers.http("301 Moved Permanently", "Location: https://127.0.0.1:" + httpsPort + "/");
    }

    /** Runs the probe against an HTTPS server doing {@code https} and a plain server doing {@code plain(httpsPort)}. */
    private ProbeOutcome run(LoopbackServer.Handler https, IntFunction<LoopbackServer.Handler> plain)
            throws Exception {
        try (LoopbackServer tls = LoopbackServer.tls(serverContext(), https);
             LoopbackServer http = LoopbackServer.plain(plain.apply(tls.port()))) {
            return HttpProbe.withPlainHttpPort(http.port())
                    .run(Probes.target("https://127.0.0.1:" + tls.port() + "/"), context());
        }
    }

    private SSLContext serverContext() {
        return pki.serverContext(pki.leaf(Duration.ofDays(90)));
    }

    private ProbeContext context() throws IOException {
        return Probes.context(Optional.of(pki.writeCaFile(dir)));
    }

    private static Set<String> ruleIds(ProbeOutcome outcome) {
        return ((ProbeOutcome.Checked) outcome).findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    }
}
