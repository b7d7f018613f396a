package dev.bulwark.baseline.container;

import dev.bulwark.baseline.proxy.NginxSite;
import dev.bulwark.baseline.proxy.NginxSiteRenderer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the stock nginx image becomes bulwark's proxy without a custom image: the rendered site and proxy
 * parameters travel in the environment (base64; neither is secret) and the launch command writes them where the
 * image's {@code nginx.conf} includes them, drops the image's default server, checks the result and runs nginx in
 * the foreground as the container's main process. Works with the image's own entrypoint in front of it (it runs
 * anything that is not {@code nginx ...} unchanged) and without it, on Debian and Alpine variants alike.
 */
public final class ProxyLaunch {
    /** The site (http context), base64. */
    public static final String SITE_ENV = "BULWARK_NGINX_SITE_B64";
    /** The proxy parameters every location includes, base64. */
    public static final String PARAMS_ENV = "BULWARK_NGINX_PARAMS_B64";

    /** The launch script; {@code sh -n} and shellcheck clean (tests check both). */
    public static final String SCRIPT = "set -eu; "
            + "rm -f /etc/nginx/conf.d/*.conf; "
            + "printf '%s' \"$" + PARAMS_ENV + "\" | base64 -d > " + NginxSite.PROXY_PARAMS_PATH + "; "
            + "printf '%s' \"$" + SITE_ENV + "\" | base64 -d > " + NginxSite.SITE_PATH + "; "
            + "nginx -t -q; "
            + "exec nginx -g 'daemon off;'";

    private ProxyLaunch() {
    }

    /** The container's launch command. */
    public static List<String> command() {
        return List.of("/bin/sh", "-c", SCRIPT);
    }

    /** The environment carrying {@code site}, rendered at the paths {@link #SCRIPT} writes. */
    public static Map<String, String> environment(NginxSite site) {
        if (!NginxSite.PROXY_PARAMS_PATH.equals(site.proxyParamsPath())) {
            throw new IllegalArgumentException("the proxy container writes its parameters to "
                    + NginxSite.PROXY_PARAMS_PATH + ", not " + site.proxyParamsPath());
        }
        NginxSiteRenderer renderer = new NginxSiteRenderer();
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SITE_ENV, base64(renderer.renderSite(site, NginxSite.SITE_PATH).content()));
        env.put(PARAMS_ENV, base64(renderer.renderProxyParams(site).content()));
        return env;
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
