package dev.bulwark.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.release.ReleaseTable;
import dev.bulwark.verify.gateway.ConnectAttempt;
import dev.bulwark.verify.gateway.GatewayObservation;
import dev.bulwark.verify.gateway.GatewayRecognition;
import dev.bulwark.verify.gateway.HttpExchange;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as a gateway: the gateway's own handshake, or two Control UI markers of one brand. */
class GatewayJudgeTest {
    private static final String TWO_MARKERS = "<!doctype html><title>OpenClaw Control</title><openclaw-app "
            + "data-openclaw-control-ui-build-id=\"2026.9.6\"></openclaw-app>";
    private static final String ONE_MARKER = "<!doctype html><title>OpenClaw Control</title><p>fan page</p>";
    private static final String ONE_WORD = "<!doctype html><p>We love OpenClaw and Clawdbot and Moltbot</p>";
    private static final String CLAWDBOT = "<!doctype html><clawdbot-app></clawdbot-app><script>"
            + "window.__CLAWDBOT_CONTROL_UI_BASE_PATH__=\"\"</script>";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "two OpenClaw markers,   TWO_MARKERS, false, false, OpenClaw, 2026.9.6, unknown",
        "Clawdbot page,          CLAWDBOT,    false, false, Clawdbot, ,         unknown",
        "one marker only,        ONE_MARKER,  false, false, ,         ,         ",
        "one word on a page,     ONE_WORD,    false, false, ,         ,         ",
        "handshake no page,      NONE,        true,  false, OpenClaw-family (brand hidden), , device identity",
        "handshake open gate,    ONE_WORD,    true,  true,  OpenClaw-family (brand hidden), 2026.9.6, none",
        "nothing at all,         NONE,        false, false, ,         ,         ",
    })
    void judge_observation_decidesGatewayProductVersionAndAuth(String name, String page, boolean challenge,
                                                               boolean accepted, String product, String version,
                                                               String auth) throws Exception {
        String html = switch (page) {
            case "TWO_MARKERS" -> TWO_MARKERS;
            case "ONE_MARKER" -> ONE_MARKER;
            case "ONE_WORD" -> ONE_WORD;
            case "CLAWDBOT" -> CLAWDBOT;
            default -> "";
        };
        List<HttpExchange> exchanges = html.isEmpty()
                ? List.of(HttpExchange.answered(HttpExchange.Purpose.CONTROL_UI, "GET", "/", Map.of(), 404,
                        "text/plain", "not found"))
                : List.of(HttpExchange.answered(HttpExchange.Purpose.CONTROL_UI, "GET", "/", Map.of(), 200,
                        "text/html", html));
        ConnectAttempt connect = new ConnectAttempt(ConnectAttempt.Purpose.UNAUTHENTICATED, "cli", "cli", Map.of(),
                challenge ? 101 : 404, challenge, challenge ? Optional.of(accepted) : Optional.empty(),
                challenge && !accepted ? "NOT_PAIRED" : "", challenge && !accepted ? "DEVICE_IDENTITY_REQUIRED" : "",
                "", 0, accepted ? Optional.of("2026.9.6") : Optional.empty(), Optional.empty());
        URI base = URI.create("http://127.0.0.1:18789/");

        Optional<GatewayEndpoint> judged = GatewayJudge.judge(new OpenPort(InetAddress.getByName("127.0.0.1"),
                18789), false, Optional.empty(), GatewayRecognition.recognize(base, exchanges, List.of(connect)),
                Optional.empty());

        assertEquals(Optional.ofNullable(product), judged.map(GatewayEndpoint::product), name);
        if (product != null) {
            GatewayEndpoint g = judged.get();
            assertEquals(Optional.ofNullable(version), g.version(), name);
            assertEquals(auth, g.authMode(), name);
            assertTrue(!g.evidence().isEmpty(), name);
        }
    }

    /**
     * A gateway that hides its release is reported with the release(s) verify's table gives for its Control UI
     * page: one (exact) or several sharing the page (a range), and none for a page not in the table.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Clawdbot page shared by two releases|<clawdbot-app></clawdbot-app><script>window.__CLAWDBOT_CONTROL_UI_BASE_PATH__=\"\"</script><script type=\"module\" src=\"./assets/index-Cl-Y9zqE.js\"></script><link rel=\"stylesheet\" href=\"./assets/index-DEPfFcOb.css\">|Clawdbot||2026.1.24 2026.1.24-3|2026.1.24 .. 2026.1.24-3 (one of 2 releases)",
        "Clawdbot page not in the table|<clawdbot-app></clawdbot-app><script>window.__CLAWDBOT_CONTROL_UI_BASE_PATH__=\"\"</script><script type=\"module\" src=\"./assets/index-Zz999999.js\"></script>|Clawdbot|||",
    })
    void judge_hiddenRelease_takesTheReleaseTablesAnswer(String name, String html, String product, String version,
                                                         String range, String release) throws Exception {
        GatewayObservation observation = GatewayRecognition.recognize(URI.create("http://127.0.0.1:18789/"),
                List.of(HttpExchange.answered(HttpExchange.Purpose.CONTROL_UI, "GET", "/", Map.of(), 200,
                        "text/html", "<!doctype html>" + html)), List.of());

        GatewayEndpoint g = GatewayJudge.judge(new OpenPort(InetAddress.getByName("127.0.0.1"), 18789), false,
                Optional.empty(), observation, GatewayRecognition.release(observation, ReleaseTable.bundled()))
                .orElseThrow();

        assertEquals(product, g.product(), name);
        assertEquals(Optional.ofNullable(version), g.version(), name);
        assertEquals(range == null ? List.of() : List.of(range.split(" ")), g.versionRange(), name);
        assertEquals(Optional.ofNullable(release), g.release(), name);
    }
}
