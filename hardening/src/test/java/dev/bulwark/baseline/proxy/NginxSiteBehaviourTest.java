package dev.bulwark.baseline.proxy;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.baseline.RealTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rendered site run by the real nginx on loopback, in front of a loopback HTTP server standing in for the
 * gateway that records what reached it. Loopback plays the load balancer's network ({@code set_real_ip_from}).
 */
class NginxSiteBehaviourTest {
    private static final String ORIGIN = "https://agent.example.com";

    @TempDir
    static Path dir;
    private static HttpServer gateway;
    private static int proxyPort;
    private static long nginxPid;
    /** Request headers (lower-case names) the stand-in gateway saw, by request path. */
    private static final Map<String, Map<String, String>> SEEN = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        String nginx = RealTool.require("nginx", "nginx");
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        gateway.createContext("/", exchange -> {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            SEEN.put(exchange.getRequestURI().getRawPath(), headers);
            exchange.getResponseHeaders().add("X-Powered-By", "Express");
            if (exchange.getRequestURI().getPath().equals("/ui")) {
                // Like the real gateway's Control UI: its own policies, which the proxy must not duplicate.
                exchange.getResponseHeaders().add("Permissions-Policy", "microphone=*");
                exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'");
                exchange.getResponseHeaders().add("Strict-Transport-Security", "max-age=60");
            }
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            proxyPort = free.getLocalPort();
        }
        NginxSite site = new NginxSite("127.0.0.1:" + proxyPort, gateway.getAddress().getPort(), List.of(ORIGIN),
                15552000, List.of("127.0.0.0/8"), dir.resolve("proxy-params.conf").toString());
        NginxSiteRenderer renderer = new NginxSiteRenderer();
        RealTool.write(dir, "proxy-params.conf", renderer.renderProxyParams(site).content());
        Path siteFile = RealTool.write(dir, "site.conf", renderer.renderSite(site, "/site.conf").content());
        // Workers as the test's own user, so they can reach the temporary directory even when tests run as root.
        Path main = RealTool.write(dir, "nginx.conf", MinimalNginx.mainConfig(dir, siteFile)
                .replace("events {", "user " + System.getProperty("user.name") + ";\nevents {"));
        // nginx daemonizes: the launcher exits once the listening socket is bound.
        Process launcher = new ProcessBuilder(nginx, "-p", dir + "/", "-c", main.toString())
                .redirectErrorStream(true).start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS), "nginx did not start");
        assertEquals(0, launcher.exitValue(), output);
        nginxPid = Long.parseLong(Files.readString(dir.resolve("nginx.pid")).strip());
    }

    @AfterAll
    static void stop() {
        ProcessHandle.of(nginxPid).ifPresent(ProcessHandle::destroy);
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    @Test
    void request_clientForwardedFor_isReplacedByTheAddressTheLoadBalancerAdded() throws Exception {
        Response r = send("GET /xff HTTP/1.1\r\nHost: agent.example.com\r\n"
                + "X-Forwarded-For: 6.6.6.6, 203.0.113.5\r\nX-Forwarded-Proto: https\r\n"
                + "Tailscale-User-Login: admin@example.com\r\n\r\n");
        assertEquals(200, r.status(), r.head());
        Map<String, String> seen = SEEN.get("/xff");
        assertEquals("203.0.113.5", seen.get("x-forwarded-for"), "only the load balancer's entry survives");
        assertEquals("203.0.113.5", seen.get("x-real-ip"));
        assertEquals("https", seen.get("x-forwarded-proto"));
        assertNull(seen.get("tailscale-user-login"), "identity headers never come from the internet");
    }

    @Test
    void request_unknownForwardedProto_isReducedToHttp() throws Exception {
        send("GET /proto HTTP/1.1\r\nHost: agent.example.com\r\nX-Forwarded-Proto: javascript\r\n\r\n");
        assertEquals("http", SEEN.get("/proto").get("x-forwarded-proto"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://evil.example    | 403",
            "null                    | 403",
            "https://agent.example.com | 200",
    })
    void upgrade_origin_foreignRefusedOwnPassed(String origin, int status) throws Exception {
        Response r = send("GET /ws HTTP/1.1\r\nHost: agent.example.com\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nOrigin: " + origin + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        assertEquals(status, r.status(), r.head());
        assertEquals(status == 200, SEEN.containsKey("/ws"), "a refused upgrade never reaches the gateway");
    }

    @Test
    void upgrade_noOrigin_isPassedForNonBrowserClients() throws Exception {
        Response r = send("GET /cli HTTP/1.1\r\nHost: agent.example.com\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        assertEquals(200, r.status(), r.head());
        assertEquals("websocket", SEEN.get("/cli").get("upgrade"));
    }

    @Test
    void upgrade_notWebSocket_isDroppedSoTheGatewaySeesAPlainRequest() throws Exception {
        // What the JDK HttpClient sends on plain http: an h2c upgrade, which the gateway's ws server answers 400.
        Response r = send("GET /h2c HTTP/1.1\r\nHost: agent.example.com\r\nUpgrade: h2c\r\n"
                + "Connection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");
        assertEquals(200, r.status(), r.head());
        assertNull(SEEN.get("/h2c").get("upgrade"), "only a WebSocket upgrade reaches the gateway");
        assertEquals("close", SEEN.get("/h2c").get("connection"));
    }

    @ParameterizedTest
    @CsvSource({"/__openclaw/control-ui-config.json", "/base/control-ui-config.json", "/api%2Fchannels/x",
            "/.env", "/API%2fchannels/x"})
    void request_neverPublicPath_is404WithoutReachingGateway(String path) throws Exception {
        Response r = send("GET " + path + " HTTP/1.1\r\nHost: agent.example.com\r\n\r\n");
        assertEquals(404, r.status(), r.head());
        assertTrue(SEEN.isEmpty(), "reached the gateway: " + SEEN.keySet());
    }

    @ParameterizedTest
    @CsvSource({"/page", "/__openclaw/control-ui-config.json"})
    void response_gatewaySendsNoPolicies_getsDefaultsHstsAndNoVersion(String path) throws Exception {
        Response r = send("GET " + path + " HTTP/1.1\r\nHost: agent.example.com\r\n\r\n");
        assertEquals(List.of("max-age=15552000"), r.headers("strict-transport-security"));
        assertEquals(List.of("nosniff"), r.headers("x-content-type-options"));
        assertEquals(List.of("DENY"), r.headers("x-frame-options"));
        assertEquals(List.of("no-referrer"), r.headers("referrer-policy"));
        assertEquals(List.of("frame-ancestors 'none'"), r.headers("content-security-policy"));
        assertEquals(List.of("nginx"), r.headers("server"), "server_tokens off: no version");
        assertNull(r.header("x-powered-by"), r.head());
    }

    @Test
    void response_gatewaySendsItsOwnPolicies_keepsThemOnceButHstsFromPolicy() throws Exception {
        Response r = send("GET /ui HTTP/1.1\r\nHost: agent.example.com\r\n\r\n");
        assertEquals(List.of("microphone=*"), r.headers("permissions-policy"));
        assertEquals(List.of("default-src 'self'"), r.headers("content-security-policy"));
        assertEquals(List.of("max-age=15552000"), r.headers("strict-transport-security"));
    }

    @Test
    void request_bodyOverLimit_is413() throws Exception {
        Response r = send("POST /v1/chat/completions HTTP/1.1\r\nHost: agent.example.com\r\n"
                + "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n");
        assertEquals(413, r.status(), r.head());
    }

    @Test
    void request_headerOverLimit_is400() throws Exception {
        Response r = send("GET /big HTTP/1.1\r\nHost: agent.example.com\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n");
        assertEquals(400, r.status(), r.head());
        assertFalse(SEEN.containsKey("/big"));
    }

    @Test
    void authPath_burstOfRequests_isRateLimitedWith429() throws Exception {
        int limited = 0;
        for (int i = 0; i < 20; i++) {
            Response r = send("POST /hooks/x HTTP/1.1\r\nHost: agent.example.com\r\nX-Forwarded-For: 198.51.100.77\r\n"
                    + "Content-Length: 0\r\n\r\n");
            if (r.status() == 429) {
                limited++;
            }
        }
        // burst=10 nodelay at 1 r/s: at least the last few of 20 back-to-back requests are refused.
        assertTrue(limited >= 5, limited + " of 20 limited");
    }

    private record Response(int status, String head) {
        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> headers(String name) {
            return head.lines().skip(1).filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).toList();
        }
    }

    /** One raw HTTP/1.1 request (so Host, Upgrade and Content-Length are exactly as written), then close. */
    private static Response send(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxyPort)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) != -1) {
                head.append((char) b);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            String text = head.toString();
            return new Response(Integer.parseInt(text.split(" ", 3)[1]), text);
        }
    }
}
