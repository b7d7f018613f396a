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
    private static final Template CANVAS_SERVER = Template.of(NginxSiteRenderer.class, "canvas-server.conf");
    private static final Template SSO_AUTH = Template.of(NginxSiteRenderer.class, "sso-auth.conf");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    /** The site (http context) at {@code sitePath}. */
    public BaselineFile renderSite(NginxSite site, String sitePath) {
        require(LISTEN, site.listen(), "listen");
        require(PARAMS_PATH, site.proxyParamsPath(), "proxy parameters path");
        require(HOST, site.gatewayHost(), "gateway host");
        site.allowedOrigins().forEach(o -> require(ORIGIN, o, "allowed origin"));
        site.realIpFrom().forEach(c -> require(CIDR, c, "load balancer network"));
        SiteAccess access = site.access();
        access.allowCidrs().forEach(c -> require(CIDR, c, "allowed client network"));
        access.canvasHost().ifPresent(h -> require(HOST, h, "canvas host name"));
        StringBuilder allow = new StringBuilder();
        access.allowCidrs().forEach(c -> allow.append("    ").append(c).append(" 1;\n"));
        StringBuilder origins = new StringBuilder();
        site.allowedOrigins().forEach(o -> origins.append("    \"").append(o).append("\" 0;\n"));
        StringBuilder realIp = new StringBuilder();
        site.realIpFrom().forEach(c -> realIp.append("set_real_ip_from ").append(c).append(";\n"));
        return new BaselineFile(sitePath, "0644", SITE.render(Map.ofEntries(
                Map.entry("allowDefault", access.allowCidrs().isEmpty() ? "1" : "0"),
                Map.entry("allowCidrs", allow.toString()),
                Map.entry("sso", sso(site)),
                Map.entry("canvasServer", canvasServer(site)),
                Map.entry("realIpFrom", realIp.toString()),
                Map.entry("allowedOrigins", origins.toString()),
                Map.entry("gatewayHost", site.gatewayHost()),
                Map.entry("gatewayPort", Integer.toString(site.gatewayPort())),
                Map.entry("listen", site.listen()),
                Map.entry("hstsMaxAge", Long.toString(site.hstsMaxAgeSeconds())),
                Map.entry("proxyParams", site.proxyParamsPath()))));
    }

    private static String sso(NginxSite site) {
        if (site.access().identityHeader().isEmpty()) {
            return "";
        }
        return SSO_AUTH.render(Map.of("authPort", Integer.toString(site.access().authPort()),
                "proxyParams", site.proxyParamsPath()));
    }

    private static String canvasServer(NginxSite site) {
        return site.access().canvasHost().map(host -> CANVAS_SERVER.render(Map.of(
                "listen", site.listen(),
                "canvasHost", host,
                "hstsMaxAge", Long.toString(site.hstsMaxAgeSeconds()),
                "proxyParams", site.proxyParamsPath()))).orElse("");
    }

    /** Every known identity header dropped, except the configured one, which carries the SSO user. */
    private static String identityHeaders(SiteAccess access) {
        access.identityHeader().ifPresent(h -> require(HEADER, h, "identity header"));
        StringBuilder out = new StringBuilder();
        for (String header : SiteAccess.IDENTITY_HEADERS) {
            if (access.identityHeader().filter(header::equalsIgnoreCase).isEmpty()) {
                out.append("proxy_set_header ").append(header).append(" \"\";\n");
            }
        }
        access.identityHeader().ifPresent(h -> out.append("proxy_set_header ").append(h)
                .append(" $bulwark_identity;\n"));
        return out.toString();
    }

    /** The proxy parameters every location includes, at {@code site.proxyParamsPath()}. */
    public BaselineFile renderProxyParams(NginxSite site) {
        return new BaselineFile(site.proxyParamsPath(), "0644", PROXY_PARAMS.render(Map.of(
                "identityHeaders", identityHeaders(site.access()))));
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
