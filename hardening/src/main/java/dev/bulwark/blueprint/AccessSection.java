package dev.bulwark.blueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code access:}: private by default (instance mode); public only with an allowlist, an identity-aware proxy, or
 * an acknowledgement with a reason. A container service has a public endpoint by nature, so it cannot be private.
 */
final class AccessSection {
    static final Set<String> MODES = Set.of("private", "public");
    private static final int SHORTEST_REASON = 10;

    private AccessSection() {
    }

    static Access read(MappingFields root, Mode deployment, Domain domain) {
        MappingFields access = root.section("access", BlueprintKeys.ACCESS);
        AccessMode mode = mode(access, deployment);
        List<String> allow = AllowCidrs.read(access);
        Optional<Sso> sso = access.present("sso").isPresent()
                ? Optional.of(SsoSection.read(access)) : Optional.empty();
        Optional<String> acknowledged = Optional.ofNullable(access.string("acknowledgePublic", null));
        Canvas canvas = canvas(access, domain);
        if (mode == AccessMode.PRIVATE) {
            for (String key : List.of("allowCidrs", "sso", "acknowledgePublic", "canvas")) {
                if (access.present(key).isPresent() && !("canvas".equals(key) && !canvas.enabled())) {
                    access.error(key, "`" + key + "` has no meaning in private mode: nothing is public",
                            "remove it, or set access.mode: public");
                }
            }
            return new Access(mode, List.of(), Optional.empty(), Optional.empty(), canvas);
        }
        if (deployment == Mode.CONTAINER && sso.isPresent()) {
            access.error("sso", "an identity-aware proxy cannot run in container mode yet (the proxy container is"
                    + " nginx only)", "use access.allowCidrs, or deploy in instance mode for SSO");
        }
        if (acknowledged.isPresent() && (!allow.isEmpty() || sso.isPresent())) {
            access.warning("acknowledgePublic", "not needed: the gateway is public only to "
                    + (sso.isPresent() ? "the users of access.sso" : "access.allowCidrs"), "remove it");
        } else if (acknowledged.isPresent() && acknowledged.get().strip().length() < SHORTEST_REASON) {
            access.error("acknowledgePublic", "the reason is too short to explain anything",
                    "say in a sentence why this gateway must be open to every address");
        } else if (acknowledged.isEmpty() && allow.isEmpty() && sso.isEmpty()) {
            access.error("mode", "public access needs access.allowCidrs or access.sso: otherwise every address on"
                            + " the internet reaches the gateway, whose shared token is full operator access",
                    "add allowCidrs (your networks), sso (an identity-aware proxy), or acknowledgePublic: <why>"
                            + " to accept it (plan then reports it at high)");
        }
        return new Access(mode, allow, sso, acknowledged, canvas);
    }

    private static AccessMode mode(MappingFields access, Mode deployment) {
        String fallback = deployment == Mode.CONTAINER ? "public" : "private";
        String mode = access.string("mode", fallback);
        if (mode != null && !MODES.contains(mode)) {
            access.error("mode", "unknown access mode `" + Suggestions.shorten(mode) + "`",
                    Suggestions.hint(mode, List.of("private", "public"), "access modes"));
            return AccessMode.PRIVATE;
        }
        if ("private".equals(mode) && deployment == Mode.CONTAINER) {
            access.error("mode", "a container service always has a public HTTPS endpoint, so it cannot be private",
                    "use access.mode: public with access.allowCidrs (enforced in the proxy container), or"
                            + " mode: instance for a private gateway reached with bulwark tunnel");
        }
        return "public".equals(mode) ? AccessMode.PUBLIC : AccessMode.PRIVATE;
    }

    private static Canvas canvas(MappingFields access, Domain domain) {
        MappingFields canvas = access.section("canvas", BlueprintKeys.CANVAS);
        Boolean enabled = canvas.bool("enabled", false);
        String host = canvas.string("hostName", null);
        if (host != null) {
            DnsNames.check(host).ifPresent(v -> canvas.error("hostName", v.message(), v.hint()));
            if (domain != null && (host.equals(domain.name()) || domain.alternativeNames().contains(host))) {
                canvas.error("hostName", "is a Control UI name: agent-written pages would share its origin",
                        "use a name of its own, e.g. canvas." + domain.name());
            }
        }
        if (Boolean.TRUE.equals(enabled) && host == null) {
            canvas.error("enabled", "canvas pages need a host name of their own",
                    "add access.canvas.hostName, e.g. canvas." + (domain == null ? "example.com" : domain.name()));
        }
        return new Canvas(Boolean.TRUE.equals(enabled), Optional.ofNullable(host));
    }

    /** {@code allowCidrs}: IPv4 and IPv6 blocks in one list, each strict, none twice, none the whole internet. */
    private static final class AllowCidrs {
        static List<String> read(MappingFields access) {
            Problems problems = access.problems();
            Map<String, SourceLocation> seen = new HashMap<>();
            List<String> result = new ArrayList<>();
            for (MappingFields.Item item : access.strings("allowCidrs")) {
                boolean v6 = item.value().contains(":");
                Cidrs.Result parsed = v6 ? Cidrs.ipv6(item.value()) : Cidrs.ipv4(item.value());
                if (parsed.violation().isPresent()) {
                    Violation v = parsed.violation().get();
                    problems.error(item.location(), item.path(), "`" + Suggestions.shorten(item.value()) + "` "
                            + v.message(), v.hint().replace("admin.sshIpv6Cidrs", "access.allowCidrs")
                            .replace("admin.sshCidrs", "access.allowCidrs"));
                    continue;
                }
                SourceLocation first = seen.putIfAbsent(item.value(), item.location());
                if (first != null) {
                    problems.error(item.location(), item.path(), "duplicate block (first listed at line "
                            + first.line() + ")", "remove one of them");
                } else if (parsed.cidr().orElseThrow().prefix() == 0) {
                    problems.error(item.location(), item.path(), item.value() + " admits every address: that is no"
                            + " allowlist", "name your networks, or remove allowCidrs and say why in"
                            + " access.acknowledgePublic");
                } else {
                    result.add(item.value());
                }
            }
            return result;
        }
    }
}
