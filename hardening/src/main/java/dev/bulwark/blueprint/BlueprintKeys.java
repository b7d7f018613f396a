package dev.bulwark.blueprint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key a blueprint may hold, per mapping, in documentation order. The loader rejects anything else; the
 * JSON Schema in docs/ is tested against this so the two cannot drift. {@code tags} is free-form.
 */
final class BlueprintKeys {
    static final Set<String> ROOT = keys("name", "region", "mode", "bundle", "availabilityZone", "agent", "domain",
            "admin", "access", "tls", "network", "secrets", "snapshots", "container", "tags");
    /** Sections that describe an instance and mean nothing to a container service. */
    static final Set<String> INSTANCE_ONLY = keys("bundle", "availabilityZone", "admin", "tls", "network",
            "snapshots");
    static final Set<String> CONTAINER = keys("power", "scale", "gatewayImage", "proxyImage");
    static final Set<String> AGENT = keys("kind", "version", "port", "skills");
    static final Set<String> SKILL = keys("name", "sha256");
    static final Set<String> DOMAIN = keys("name", "alternativeNames");
    static final Set<String> ADMIN = keys("user", "sshCidrs", "sshIpv6Cidrs", "publicKey", "deployCidrs",
            "deployIpv6Cidrs");
    static final Set<String> ACCESS = keys("mode", "allowCidrs", "sso", "acknowledgePublic", "canvas");
    static final Set<String> SSO = keys("proxy", "version", "sha256", "issuer", "userHeader", "allowUsers");
    static final Set<String> CANVAS = keys("enabled", "hostName");
    static final Set<String> TLS = keys("policy", "httpsRedirect");
    static final Set<String> NETWORK = keys("ipAddressType");
    static final Set<String> SECRETS = keys("gatewayToken", "providerKeys", "maxAgeDays");
    static final Set<String> PROVIDER_KEY = keys("provider", "secretName", "env");
    static final Set<String> SNAPSHOTS = keys("autoSnapshotHour");

    /** Keyed by mapping path; {@code ""} is the top level, {@code []} marks the items of a list. */
    static final Map<String, Set<String>> BY_PATH = byPath();

    private BlueprintKeys() {
    }

    private static Map<String, Set<String>> byPath() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("", ROOT);
        m.put("agent", AGENT);
        m.put("agent.skills[]", SKILL);
        m.put("domain", DOMAIN);
        m.put("admin", ADMIN);
        m.put("access", ACCESS);
        m.put("access.sso", SSO);
        m.put("access.canvas", CANVAS);
        m.put("tls", TLS);
        m.put("network", NETWORK);
        m.put("secrets", SECRETS);
        m.put("secrets.providerKeys[]", PROVIDER_KEY);
        m.put("snapshots", SNAPSHOTS);
        m.put("container", CONTAINER);
        return Collections.unmodifiableMap(m);
    }

    private static Set<String> keys(String... keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
