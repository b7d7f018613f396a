package dev.bulwark.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import okhttp3.tls.HeldCertificate;

/**
 * A real nginx in front of a gateway, from the {@code nginx-hardened.conf} template: TLS with a certificate made in
 * the test, WebSocket upgrade, a foreign Origin refused, forwarding headers overwritten and identity headers dropped.
 * Started as a daemon, so when {@code nginx} returns its sockets are bound (no waiting loop); stopped through its pid.
 */
public final class NginxProxy implements AutoCloseable {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Path dir;
    private final long pid;
    private final String origin;

    private NginxProxy(Path dir, long pid, String origin) {
        this.dir = dir;
        this.pid = pid;
        this.origin = origin;
    }

    /**
     * Starts nginx on {@code address:port} in front of the gateway on {@code 127.0.0.1:gatewayPort}.
     *
     * @param clientAddress what the proxy tells the gateway the client's address is: all test traffic comes from
     *                      loopback, which the gateway treats as local, so tests name a documentation address to get
     *                      the gateway's rules for remote clients, as in production
     */
    public static NginxProxy start(Path dir, String address, int port, int gatewayPort, HeldCertificate server,
                                   HeldCertificate ca, String clientAddress) throws IOException, InterruptedException {
        return start(dir, address, port, gatewayPort, server, ca, clientAddress, null);
    }

    /**
     * As above, with {@code edit} applied to the rendered configuration: how tests build a deliberately weakened
     * proxy (legacy TLS, no HSTS) from the hardened one. The edit must change something, or the test proves nothing.
     *
     * @param edit null for the hardened configuration as rendered
     */
    public static NginxProxy start(Path dir, String address, int port, int gatewayPort, HeldCertificate server,
                                   HeldCertificate ca, String clientAddress, UnaryOperator<String> edit)
            throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(dir.resolve("server.pem"), server.certificatePem() + ca.certificatePem());
        Files.writeString(dir.resolve("server.key"), server.privateKeyPkcs8Pem());
        String origin = "https://" + address + ":" + port;
        Path config = dir.resolve("nginx.conf");
        String hardened = render(Map.of("DIR", dir.toString(), "ADDRESS", address,
                "PORT", Integer.toString(port), "SERVER_NAME", address, "ALLOWED_ORIGIN", origin,
                "GATEWAY_PORT", Integer.toString(gatewayPort), "CLIENT_ADDRESS", clientAddress));
        String rendered = edit == null ? hardened : edit.apply(hardened);
        if (edit != null && rendered.equals(hardened)) {
            throw new IllegalArgumentException("the edit left the nginx configuration unchanged");
        }
        Files.writeString(config, rendered);
        Process launcher = new ProcessBuilder(nginx(), "-p", dir.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("launcher.log").toFile()).start();
        if (!launcher.waitFor(30, TimeUnit.SECONDS) || launcher.exitValue() != 0) {
            launcher.destroyForcibly();
            throw new IOException("nginx did not start: " + Files.readString(dir.resolve("launcher.log"))
                    + Files.readString(dir.resolve("error.log")));
        }
        long pid = Long.parseLong(Files.readString(dir.resolve("nginx.pid")).strip());
        return new NginxProxy(dir, pid, origin);
    }

    /** The origin the Control UI is served from, and the only one the proxy lets open a WebSocket. */
    public String origin() {
        return origin;
    }

    /** {@code https://address:port/}. */
    public java.net.URI url() {
        return java.net.URI.create(origin + "/");
    }

    static String render(Map<String, String> values) throws IOException {
        String template;
        try (InputStream in = NginxProxy.class.getResourceAsStream("nginx-hardened.conf")) {
            if (in == null) {
                throw new IOException("nginx-hardened.conf is missing beside " + NginxProxy.class.getName());
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ${" + m.group(1) + "} in nginx-hardened.conf");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String nginx() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "/usr/bin/nginx";
    }

    public Path errorLog() {
        return dir.resolve("error.log");
    }

    @Override
    public void close() {
        ProcessHandle.of(pid).ifPresent(master -> {
            var workers = master.descendants().toList();
            master.destroy(); // SIGTERM: nginx's fast shutdown, workers included
            try {
                master.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                master.destroyForcibly();
                workers.forEach(ProcessHandle::destroyForcibly);
            } catch (InterruptedException e) {
                master.destroyForcibly();
                workers.forEach(ProcessHandle::destroyForcibly);
                Thread.currentThread().interrupt();
            }
        });
    }
}
