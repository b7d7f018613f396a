package dev.bulwark.blueprint;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code access.sso}: the identity-aware proxy pinned by version and checksum, the issuer, the allowed users. */
final class SsoSection {
    private static final Pattern PROXY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("v?[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEADER = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern USER = Pattern.compile("[^\\s\"'\\\\;{}$]{1,254}");
    /** Headers a client or the load balancer sets: never an identity. */
    private static final Set<String> RESERVED_HEADERS = Set.of("x-forwarded-for", "x-real-ip", "x-forwarded-proto",
            "x-forwarded-host", "host", "authorization", "cookie", "origin", "forwarded");

    private SsoSection() {
    }

    static Sso read(MappingFields access) {
        MappingFields sso = access.section("sso", BlueprintKeys.SSO);
        String proxy = sso.requiredString("proxy");
        if (proxy != null && !PROXY.matcher(proxy).matches()) {
            sso.error("proxy", "is not a package name", "e.g. oauth2-proxy");
        }
        String version = sso.requiredString("version");
        if (version != null && !VERSION.matcher(version).matches()) {
            sso.error("version", "`" + Suggestions.shorten(version) + "` is not one exact release",
                    "pin the release you checked, e.g. 7.15.6; never latest or a range");
        }
        String sha256 = sso.requiredString("sha256");
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            sso.error("sha256", "is not a SHA-256 (64 lower-case hex digits)",
                    SHA256.matcher(sha256.toLowerCase(Locale.ROOT)).matches()
                            ? "write it in lower case" : "the checksum of the release archive, from its release page");
        }
        String issuer = sso.requiredString("issuer");
        if (issuer != null && !httpsUrl(issuer)) {
            sso.error("issuer", "the OIDC issuer must be an https:// URL with a host",
                    "e.g. https://accounts.google.com or https://login.example.com/realms/team");
        }
        String header = sso.string("userHeader", Sso.DEFAULT_USER_HEADER);
        if (header != null && (!HEADER.matcher(header).matches() || RESERVED_HEADERS.contains(header))) {
            sso.error("userHeader", "`" + Suggestions.shorten(header) + "` cannot carry the identity",
                    "a lower-case header name of its own, e.g. " + Sso.DEFAULT_USER_HEADER);
        }
        List<String> users = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<MappingFields.Item> items = sso.strings("allowUsers");
        for (MappingFields.Item item : items) {
            if (!USER.matcher(item.value()).matches()) {
                sso.problems().error(item.location(), item.path(), "is not a user identity",
                        "the identity as the proxy passes it, e.g. alice@example.com");
            } else if (!seen.add(item.value())) {
                sso.problems().error(item.location(), item.path(), "duplicate user", "remove one of them");
            } else {
                users.add(item.value());
            }
        }
        if (items.isEmpty()) {
            sso.error("allowUsers", "an identity-aware proxy without allowed users admits everyone the issuer knows",
                    "list the users, e.g. allowUsers: [alice@example.com]");
        }
        return new Sso(proxy, version, sha256, issuer, header, users);
    }

    private static boolean httpsUrl(String text) {
        try {
            URI uri = new URI(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null
                    && uri.getQuery() == null && uri.getFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
