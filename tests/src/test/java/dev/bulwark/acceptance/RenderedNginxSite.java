package dev.bulwark.acceptance;

import dev.bulwark.baseline.proxy.MinimalNginx;
import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.baseline.proxy.NginxSiteRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A production nginx site as the baseline renders it (instance or container), run by the real nginx on a free
 * loopback port in front of a gateway on 127.0.0.1. Only what a loopback run needs differs from production: the
 * listen address, and X-Forwarded-For believed from 127.0.0.1, where the stand-in load balancer or service
 * endpoint connects from (instead of the Lightsail networks).
 */
final class RenderedNginxSite implements AutoCloseable {
    private final Path dir;
    private final int port;

    private RenderedNginxSite(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static RenderedNginxSite start(Path dir, NginxSite production, int gatewayPort) throws Exception {
        return start(dir, production, gatewayPort, production.access());
    }

    /** As above, with the site's access (allowlist, canvas host, SSO) as given, e.g. a test's auth port. */
    static RenderedNginxSite start(Path dir, NginxSite production, int gatewayPort,
                                   dev.bulwark.baseline.proxy.SiteAccess access) throws Exception {
        Files.createDirectories(dir);
        int port = LoopbackPorts.free("127.0.0.1");
        Path params = dir.resolve("proxy-params.conf");
        NginxSite site = new NginxSite("127.0.0.1:" + port, gatewayPort, production.allowedOrigins(),
                production.hstsMaxAgeSeconds(), List.of("127.0.0.1"), params.toString(), "127.0.0.1", access);
        NginxSiteRenderer renderer = new NginxSiteRenderer();
        Path siteFile = dir.resolve("site.conf");
        Files.writeString(siteFile, renderer.renderSite(site, siteFile.toString()).content());
        Files.writeString(params, renderer.renderProxyParams(site).content());
        Path main = dir.resolve("nginx.conf");
        Files.writeString(main, MinimalNginx.mainConfig(dir, siteFile));
        Process nginx = new ProcessBuilder(NginxProxy.nginx(), "-p", dir.toString(), "-c", main.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("launcher.log").toFile()).start();
        if (!nginx.waitFor(30, TimeUnit.SECONDS) || nginx.exitValue() != 0) {
            nginx.destroyForcibly();
            throw new IOException("rendered nginx site did not start: " + Files.readString(dir.resolve("launcher.log")));
        }
        return new RenderedNginxSite(dir, port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        long pid = Long.parseLong(Files.readString(dir.resolve("nginx.pid")).strip());
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> {
                p.destroyForcibly();
                return p;
            }).join();
        });
    }
}
