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
 * @param gatewayPort        the gateway's port on 127.0.0.1
 * @param allowedOrigins     exact browser origins allowed to open the WebSocket, e.g. {@code https://agent.example.com}
 * @param hstsMaxAgeSeconds  HSTS max-age
 * @param realIpFrom         networks whose X-Forwarded-For is believed (the load balancer's)
 * @param proxyParamsPath    where the shared proxy parameters file lives
 */
public record NginxSite(String listen, int gatewayPort, List<String> allowedOrigins, long hstsMaxAgeSeconds,
                        List<String> realIpFrom, String proxyParamsPath) {

    public static final String SITE_PATH = "/etc/nginx/conf.d/bulwark-gateway.conf";
    public static final String PROXY_PARAMS_PATH = "/etc/nginx/bulwark-proxy-params.conf";

    public NginxSite {
        allowedOrigins = List.copyOf(allowedOrigins);
        realIpFrom = List.copyOf(realIpFrom);
    }

    public static NginxSite forBlueprint(Blueprint blueprint, HardeningPolicy policy) {
        List<String> origins = new ArrayList<>();
        origins.add("https://" + blueprint.domain().name());
        blueprint.domain().alternativeNames().forEach(name -> origins.add("https://" + name));
        return new NginxSite(Integer.toString(policy.instance().proxyPort()), blueprint.agent().port(), origins,
                policy.http().hstsMinMaxAgeSeconds(), policy.instance().privateNetworkCidrs(), PROXY_PARAMS_PATH);
    }
}
