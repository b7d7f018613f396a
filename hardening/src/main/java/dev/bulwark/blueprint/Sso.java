package dev.bulwark.blueprint;

import java.util.List;

/**
 * {@code access.sso}: an identity-aware proxy authenticates every user against an OIDC issuer and passes the
 * identity to the gateway, which runs in {@code trusted-proxy} auth and admits only {@code allowUsers}.
 *
 * @param proxy      the proxy's name, e.g. {@code oauth2-proxy}
 * @param version    the exact release installed, never a range
 * @param sha256     the SHA-256 of that release's archive, checked before it is unpacked
 * @param issuer     the OIDC issuer URL ({@code https://...})
 * @param userHeader the header carrying the authenticated user from the proxy to the gateway
 * @param allowUsers the identities the gateway admits; never empty
 */
public record Sso(String proxy, String version, String sha256, String issuer, String userHeader,
                  List<String> allowUsers) {
    /** oauth2-proxy's header with the authenticated e-mail address, as nginx's {@code auth_request} passes it. */
    public static final String DEFAULT_USER_HEADER = "x-auth-request-email";

    public Sso {
        allowUsers = allowUsers == null ? List.of() : List.copyOf(allowUsers);
    }
}
