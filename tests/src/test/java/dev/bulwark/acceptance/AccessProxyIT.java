package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.baseline.agent.OpenClawConfigRenderer;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.baseline.proxy.SiteAccess;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.policy.HardeningPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access modes against the real nginx rendered from a blueprint and the real OpenClaw gateway behind it.
 * Requests come to the rendered site from 127.0.0.1 (believed like the load balancer's network) carrying the
 * X-Forwarded-For a Lightsail load balancer sends: whatever the client wrote, then the client's address appended.
 *
 * <p>SSO: oauth2-proxy is not packaged for npm or Debian and no prebuilt binary can be fetched here, so its
 * {@code /oauth2/auth} endpoint is a stand-in on loopback answering as oauth2-proxy does (202 plus
 * {@code X-Auth-Request-Email} for a known session cookie, 401 otherwise). What is real is the contract this
 * project owns: nginx's auth_request, the identity header it passes, the dropping of a client-supplied one, and
 * the gateway's trusted-proxy auth with its allowed users.
 */
class AccessProxyIT {
    private static final String DOMAIN = "agent.bulwark.test";
    private static final String CANVAS = "canvas.agent.bulwark.test";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Blueprint blueprint(String access) throws Exception {
        Path file = dir.resolve("blueprint-" + Math.abs(access.hashCode()) + ".yaml");
        Files.writeString(file, String.join("\n", "name: access-it", "region: us-east-1", "agent:",
                "  version: 2026.9.6", "domain:", "  name: " + DOMAIN, access, ""));
        return new BlueprintLoader().load(file);
    }

    private HttpResponse<String> get(int port, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postEmpty(int port, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void allowlist_renderedSite_admitsListedClientsOnlyV4AndV6AndIgnoresSpoofedHeaders() throws Exception {
        AcceptanceHome home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireNginx();
        Blueprint blueprint = blueprint(String.join("\n", "access:", "  mode: public",
                "  allowCidrs: [203.0.113.0/24, \"2001:db8:1234::/48\"]",
                "  canvas:", "    enabled: true", "    hostName: " + CANVAS));
        String config = new OpenClawConfigRenderer().render(blueprint.agent(), blueprint.domain(),
                blueprint.access()).content();
        try (OpenClawGateway gateway = OpenClawGateway.start(home, GatewayLaunch.hardened(GatewayDistribution.OPENCLAW)
                .config(config), Duration.ofSeconds(300));
             RenderedNginxSite site = RenderedNginxSite.start(dir.resolve("site"),
                     NginxSite.forBlueprint(blueprint, HardeningPolicy.defaults()), gateway.port())) {
            int port = site.port();
            HttpResponse<String> allowed = get(port, "/", Map.of("X-Forwarded-For", "203.0.113.7"));
            assertEquals(200, allowed.statusCode(), () -> allowed.headers().map() + "\n" + allowed.body() + "\n"
                    + gateway.logTail(30));
            assertTrue(allowed.body().contains("OpenClaw Control"), allowed::body);
            HttpResponse<String> v6 = get(port, "/", Map.of("X-Forwarded-For", "2001:db8:1234::5"));
            assertEquals(200, v6.statusCode(), () -> v6.body() + "\n" + gateway.logTail(10));

            assertEquals(403, get(port, "/", Map.of("X-Forwarded-For", "192.0.2.9")).statusCode());
            assertEquals(403, get(port, "/", Map.of("X-Forwarded-For", "2001:db8:9999::1")).statusCode());
            // A refused client that writes a listed address itself: the load balancer appends the real one.
            HttpResponse<String> spoofed = get(port, "/", Map.of("X-Forwarded-For", "203.0.113.7, 192.0.2.9"));
            assertEquals(403, spoofed.statusCode());
            assertFalse(spoofed.body().contains("OpenClaw"), "refused before the gateway: " + spoofed.body());
            // The load balancer's health check passes whoever asks, and says nothing more than "live".
            assertEquals(200, get(port, "/healthz", Map.of("X-Forwarded-For", "192.0.2.9")).statusCode());

            // Agent-written pages: never on the Control UI origin, only on their own host with strict headers.
            for (String path : new String[] {"/__openclaw__/canvas/", "/__openclaw__/a2ui/", "/__OPENCLAW__/Canvas/x"}) {
                assertEquals(404, get(port, path, Map.of("X-Forwarded-For", "203.0.113.7")).statusCode(), path);
            }
            RawResponse canvas = onHost(port, CANVAS, "/__openclaw__/canvas/", "X-Forwarded-For: 203.0.113.7",
                    "Cookie: session=operator");
            assertNotEquals(404, canvas.status(), "the canvas host proxies canvas paths: " + canvas.text());
            assertNotEquals(403, canvas.status(), canvas.text());
            String csp = canvas.header("content-security-policy");
            assertTrue(csp.startsWith("sandbox allow-scripts;"), csp);
            assertFalse(csp.contains("allow-same-origin"), csp);
            assertEquals("", canvas.header("set-cookie"));
            assertEquals(404, onHost(port, CANVAS, "/", "X-Forwarded-For: 203.0.113.7").status(),
                    "the Control UI is not served on the canvas host");
            assertEquals(403, onHost(port, CANVAS, "/__openclaw__/canvas/", "X-Forwarded-For: 192.0.2.9").status(),
                    "the allowlist applies to the canvas host too");
        }
    }

    @Test
    void sso_renderedSiteAndTrustedProxyGateway_onlyAllowedUsersReachTheGateway() throws Exception {
        AcceptanceHome home = AcceptanceHome.locate();
        home.requireInstalled(GatewayDistribution.OPENCLAW);
        home.requireNginx();
        Blueprint blueprint = blueprint(String.join("\n", "access:", "  mode: public", "  sso:",
                "    proxy: oauth2-proxy", "    version: 7.15.6",
                "    sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                "    issuer: https://login.example.com/realms/team", "    allowUsers: [alice@example.com]"));
        String config = new OpenClawConfigRenderer().render(blueprint.agent(), blueprint.domain(),
                blueprint.access()).content();
        HttpServer authProxy = oauth2ProxyStandIn();
        try (OpenClawGateway gateway = OpenClawGateway.start(home, GatewayLaunch.hardened(GatewayDistribution.OPENCLAW)
                .auth(GatewayLaunch.Auth.TRUSTED_PROXY).config(config), Duration.ofSeconds(120));
             RenderedNginxSite site = RenderedNginxSite.start(dir.resolve("sso"),
                     NginxSite.forBlueprint(blueprint, HardeningPolicy.defaults()), gateway.port(),
                     SiteAccess.of(blueprint.access()).withAuthPort(authProxy.getAddress().getPort()))) {
            int port = site.port();
            Map<String, String> client = Map.of("X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");

            HttpResponse<String> anonymous = postEmpty(port, "/tools/invoke", client);
            assertEquals("sign in", anonymous.body(), "no session: sent to sign in, the gateway never asked");

            HttpResponse<String> alice = postEmpty(port, "/tools/invoke", with(client, "Cookie", "_oauth2_proxy=alice"));
            assertNotEquals(401, alice.statusCode(), () -> "alice is allowed: " + alice.body() + "\n"
                    + gateway.logTail(20));
            assertNotEquals(403, alice.statusCode(), alice::body);

            HttpResponse<String> bob = postEmpty(port, "/tools/invoke", with(client, "Cookie", "_oauth2_proxy=bob"));
            assertTrue(bob.statusCode() == 401 || bob.statusCode() == 403,
                    () -> "bob is authenticated but not allowed: " + bob.statusCode() + " " + bob.body()
                            + "; alice got " + alice.statusCode() + " " + alice.body() + "\n" + gateway.logTail(15));
            // bob claiming to be alice in the identity header himself: nginx overwrites it with the proxy's user.
            HttpResponse<String> posing = postEmpty(port, "/tools/invoke", with(with(client, "Cookie",
                    "_oauth2_proxy=bob"), "X-Auth-Request-Email", "alice@example.com"));
            assertEquals(bob.statusCode(), posing.statusCode(), posing::body);
        } finally {
            authProxy.stop(0);
        }
    }

    /** A response read off the wire: status, the head's header lines, everything as text. */
    private record RawResponse(int status, String text) {
        String header(String name) {
            String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
            return head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    /**
     * One raw HTTP/1.1 request naming its own Host (the JDK HttpClient refuses to set Host), as the load balancer
     * passes a request for the canvas host name on.
     */
    private static RawResponse onHost(int port, String host, String path, String... headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList())
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(text.split(" ", 3)[1]), text);
        }
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    /** oauth2-proxy's auth_request contract, for two sessions: 202 plus the user's e-mail, else 401. */
    private static HttpServer oauth2ProxyStandIn() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/auth", exchange -> {
            String cookie = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"));
            String user = cookie.contains("_oauth2_proxy=alice") ? "alice@example.com"
                    : cookie.contains("_oauth2_proxy=bob") ? "bob@example.com" : null;
            if (user != null) {
                exchange.getResponseHeaders().add("X-Auth-Request-Email", user);
            }
            exchange.sendResponseHeaders(user != null ? 202 : 401, -1);
            exchange.close();
        });
        server.createContext("/oauth2/", exchange -> {
            byte[] body = "sign in".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
