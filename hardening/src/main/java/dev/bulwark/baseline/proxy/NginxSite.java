package dev.bulwark.baseline.proxy;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.policy.HardeningPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reverse proxy needs to know. {@link #forBlueprint} is the instance's site; tests and the acceptance
 * run build their own with a loopback listen address, a free port and a temporary parameters file.
 *
 * @param listen             nginx {@code listen} argument, e.g. {@code 80} or {@code 127.0.0.2:18080}
 * @param gatewayPort        the gateway's port on {@code gatewayHost}
 * @param allowedOrigins     exact browser origins allowed to open the WebSocket, e.g. {@code https://agent.example.com}
 * @param hstsMaxAgeSeconds  HSTS max-age
 * @param realIpFrom         networks whose X-Forwarded-For is believed (the load balancer's)
 * @param proxyParamsPath    where the shared proxy parameters file lives
 * @param gatewayHost        where the gateway listens: {@link #LOOPBACK} on an instance, the policy's
 *                           {@code container.gatewayUpstreamHost} in container mode
 * @param access             allowlist, canvas host and identity header from the blueprint's {@code access:}
 */
public record NginxSite(String listen, int gatewayPort, List<String> allowedOrigins, long hstsMaxAgeSeconds,
                        List<String> realIpFrom, String proxyParamsPath, String gatewayHost, SiteAccess access) {

    public static final String SITE_PATH = "/etc/nginx/conf.d/bulwark-gateway.conf";
    public static final String PROXY_PARAMS_PATH = "/etc/nginx/bulwark-proxy-params.conf";
    /** The instance's gateway address: the proxy and the gateway share the host. */
    public static final String LOOPBACK = "127.0.0.1";

    public NginxSite {
        allowedOrigins = List.copyOf(allowedOrigins);
        realIpFrom = List.copyOf(realIpFrom);
        access = access == null ? SiteAccess.OPEN : access;
    }

    /** A site without allowlist, canvas or SSO. */
    public NginxSite(String listen, int gatewayPort, List<String> allowedOrigins, long hstsMaxAgeSeconds,
                     List<String> realIpFrom, String proxyParamsPath, String gatewayHost) {
        this(listen, gatewayPort, allowedOrigins, hstsMaxAgeSeconds, realIpFrom, proxyParamsPath, gatewayHost,
                SiteAccess.OPEN);
    }

    /** A site in front of a gateway on {@link #LOOPBACK}, as on an instance. */
    public NginxSite(String listen, int gatewayPort, List<String> allowedOrigins, long hstsMaxAgeSeconds,
                     List<String> realIpFrom, String proxyParamsPath) {
        this(listen, gatewayPort, allowedOrigins, hstsMaxAgeSeconds, realIpFrom, proxyParamsPath, LOOPBACK);
    }

    /** The instance's site: on the proxy port, believing the load balancer's private network. */
    public static NginxSite forBlueprint(Blueprint blueprint, HardeningPolicy policy) {
        return new NginxSite(Integer.toString(policy.instance().proxyPort()), blueprint.agent().port(),
                origins(blueprint), policy.http().hstsMinMaxAgeSeconds(), policy.instance().privateNetworkCidrs(),
                PROXY_PARAMS_PATH, LOOPBACK, SiteAccess.of(blueprint.access()));
    }

    /**
     * The proxy container's site: on the container proxy port (plain HTTP; TLS ends at the service endpoint), in
     * front of the gateway container at the policy's upstream host, believing the endpoint's networks.
     */
    public static NginxSite forContainer(Blueprint blueprint, HardeningPolicy policy) {
        HardeningPolicy.Container container = policy.container();
        return new NginxSite(Integer.toString(container.proxyPort()), blueprint.agent().port(), origins(blueprint),
                policy.http().hstsMinMaxAgeSeconds(), container.frontNetworkCidrs(), PROXY_PARAMS_PATH,
                container.gatewayUpstreamHost(), SiteAccess.of(blueprint.access()));
    }

    /** The public origins: {@code https://} the domain and each alternative name. */
    public static List<String> origins(Blueprint blueprint) {
        List<String> origins = new ArrayList<>();
        origins.add("https://" + blueprint.domain().name());
        blueprint.domain().alternativeNames().forEach(name -> origins.add("https://" + name));
        return List.copyOf(origins);
    }
}
