package dev.bulwark.baseline.proxy;

import dev.bulwark.blueprint.Access;
import dev.bulwark.blueprint.Sso;

import java.util.List;
import java.util.Optional;

/**
 * Who the site lets through to the gateway, from the blueprint's {@code access:}.
 *
 * @param allowCidrs     client networks admitted (on the address the load balancer forwarded); empty admits all
 * @param canvasHost     the separate host name agent-written pages are served on; empty refuses them everywhere
 * @param identityHeader the header an identity-aware proxy passes the user in (trusted-proxy auth); empty
 *                       without SSO. Whatever a client sends in it, or in any other identity header, is dropped
 * @param authPort       the identity-aware proxy's loopback port that {@code auth_request} asks, with SSO
 */
public record SiteAccess(List<String> allowCidrs, Optional<String> canvasHost, Optional<String> identityHeader,
                         int authPort) {
    /** No allowlist, no canvas, no SSO: the shape of a token-only public site. */
    public static final SiteAccess OPEN = new SiteAccess(List.of(), Optional.empty(), Optional.empty(), 0);
    /** Where the identity-aware proxy (oauth2-proxy's default) listens on the instance. */
    public static final int DEFAULT_AUTH_PORT = 4180;
    /** Identity headers a client must never be able to set; the configured one is set by the proxy instead. */
    public static final List<String> IDENTITY_HEADERS = List.of("X-Forwarded-User", "X-Forwarded-Email",
            "X-Forwarded-Preferred-Username", "X-Auth-Request-User", "X-Auth-Request-Email",
            "X-Auth-Request-Preferred-Username", "Remote-User", "X-Remote-User");

    public SiteAccess {
        allowCidrs = List.copyOf(allowCidrs);
    }

    public static SiteAccess of(Access access) {
        return new SiteAccess(access.allowCidrs(),
                access.canvas().enabled() ? access.canvas().hostName() : Optional.empty(),
                access.sso().map(Sso::userHeader), DEFAULT_AUTH_PORT);
    }

    public SiteAccess withAuthPort(int port) {
        return new SiteAccess(allowCidrs, canvasHost, identityHeader, port);
    }
}
