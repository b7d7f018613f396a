package dev.bulwark.baseline.proxy;

import java.nio.file.Path;

/**
 * A main {@code nginx.conf} around a rendered site, with every writable path under one directory, so an
 * unprivileged nginx can check ({@code nginx -t}) or run the site in tests and the acceptance run. nginx
 * daemonizes as usual: {@code nginx -c} returns once the listening sockets are bound, and {@code nginx.pid}
 * names the master to stop.
 */
public final class MinimalNginx {
    private MinimalNginx() {
    }

    public static String mainConfig(Path dir, Path siteFile) {
        return "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + " info;\n"
                + "events {\n    worker_connections 256;\n}\n"
                + "http {\n"
                + "    access_log " + dir.resolve("access.log") + ";\n"
                + "    client_body_temp_path " + dir.resolve("client_body") + ";\n"
                + "    proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "    fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n"
                + "    uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "    scgi_temp_path " + dir.resolve("scgi") + ";\n"
                + "    include " + siteFile + ";\n"
                + "}\n";
    }
}
