package dev.bulwark.baseline.proxy;

import dev.bulwark.baseline.BaselineFile;
import dev.bulwark.baseline.Template;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders the nginx site in front of the gateway: WebSocket upgrade, X-Forwarded-* overwritten, foreign Origins
 * refused on upgrade, rate limits on connects and auth paths, bounded bodies and headers, never-public paths
 * blocked, HSTS and security headers, no version headers.
 */
public final class NginxSiteRenderer {
    private static final Pattern LISTEN = Pattern.compile("([0-9.]+:)?[0-9]{1,5}");
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F:.]+(/[0-9]{1,3})?");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern PARAMS_PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    private static final Template SITE = Template.of(NginxSiteRenderer.class, "gateway-site.conf");
    private static final Template PROXY_PARAMS = Template.of(NginxSiteRenderer.class, "proxy-params.conf");

    /** The site (http context) at {@code sitePath}. */
    public BaselineFile renderSite(NginxSite site, String sitePath) {
        require(LISTEN, site.listen(), "listen");
        require(PARAMS_PATH, site.proxyParamsPath(), "proxy parameters path");
        require(HOST, site.gatewayHost(), "gateway host");
        site.allowedOrigins().forEach(o -> require(ORIGIN, o, "allowed origin"));
        site.realIpFrom().forEach(c -> require(CIDR, c, "load balancer network"));
        StringBuilder origins = new StringBuilder();
        site.allowedOrigins().forEach(o -> origins.append("    \"").append(o).append("\" 0;\n"));
        StringBuilder realIp = new StringBuilder();
        site.realIpFrom().forEach(c -> realIp.append("set_real_ip_from ").append(c).append(";\n"));
        return new BaselineFile(sitePath, "0644", SITE.render(Map.of(
                "realIpFrom", realIp.toString(),
                "allowedOrigins", origins.toString(),
                "gatewayHost", site.gatewayHost(),
                "gatewayPort", Integer.toString(site.gatewayPort()),
                "listen", site.listen(),
                "hstsMaxAge", Long.toString(site.hstsMaxAgeSeconds()),
                "proxyParams", site.proxyParamsPath())));
    }

    /** The proxy parameters every location includes, at {@code site.proxyParamsPath()}. */
    public BaselineFile renderProxyParams(NginxSite site) {
        return new BaselineFile(site.proxyParamsPath(), "0644", PROXY_PARAMS.render(Map.of()));
    }

    /** Both files at the instance's paths. */
    public List<BaselineFile> render(NginxSite site) {
        return List.of(renderProxyParams(site), renderSite(site, NginxSite.SITE_PATH));
    }

    private static void require(Pattern shape, String value, String what) {
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' cannot go into the nginx site;"
                    + " check the blueprint's domain names");
        }
    }
}
