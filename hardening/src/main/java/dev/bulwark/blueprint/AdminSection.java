package dev.bulwark.blueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code admin:}: who may reach SSH and with which key. Empty lists keep SSH closed; an open-to-the-world block
 * is valid but becomes a warning (and a rule-pack finding). The deploy lists are checked the same way: they widen
 * the host firewall only, for {@code bulwark deploy}'s just-in-time window.
 */
final class AdminSection {
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    private static final String WIDE_HINT = "name your admin network or leave it empty";
    private static final int WIDEST_IPV4_PREFIX = 8;
    private static final int WIDEST_IPV6_PREFIX = 16;

    private AdminSection() {
    }

    static Admin read(MappingFields root) {
        MappingFields admin = root.section("admin", BlueprintKeys.ADMIN);
        String user = admin.string("user", LightsailChoices.DEFAULT_ADMIN_USER);
        if ("root".equals(user)) {
            admin.error("user", "root is not allowed as the admin user", "use a named user such as ubuntu");
        } else if (user != null && !USER.matcher(user).matches()) {
            admin.error("user", "is not a valid Linux user name",
                    "1-32 characters: lower-case letters, digits, _ and -, starting with a letter or _");
        }
        List<String> v4 = cidrs(admin, "sshCidrs", Cidrs::ipv4, WIDEST_IPV4_PREFIX);
        List<String> v6 = cidrs(admin, "sshIpv6Cidrs", Cidrs::ipv6, WIDEST_IPV6_PREFIX);
        List<String> deployV4 = cidrs(admin, "deployCidrs", Cidrs::ipv4, WIDEST_IPV4_PREFIX);
        List<String> deployV6 = cidrs(admin, "deployIpv6Cidrs", Cidrs::ipv6, WIDEST_IPV6_PREFIX);
        String key = admin.string("publicKey", null);
        if (key != null) {
            SshPublicKeys.check(key).ifPresent(v -> admin.error("publicKey", v.message(), v.hint()));
        }
        boolean keyAbsent = admin.present("publicKey").isEmpty();
        if ((!v4.isEmpty() || !v6.isEmpty()) && keyAbsent) {
            admin.warning(v4.isEmpty() ? "sshIpv6Cidrs" : "sshCidrs",
                    "SSH is open but no publicKey is set, so the instance keeps the Lightsail default key pair",
                    "set admin.publicKey to your own public key line");
        }
        return new Admin(v4, v6, Optional.ofNullable(key), user, deployV4, deployV6);
    }

    private static List<String> cidrs(MappingFields admin, String key, Function<String, Cidrs.Result> parse,
                                      int widestPrefix) {
        Problems problems = admin.problems();
        boolean deploy = key.startsWith("deploy");
        String opens = deploy ? " lets the host firewall admit SSH from " : " opens SSH to ";
        Map<String, SourceLocation> seen = new HashMap<>();
        List<String> result = new ArrayList<>();
        for (MappingFields.Item item : admin.strings(key)) {
            Cidrs.Result parsed = parse.apply(item.value());
            result.add(item.value());
            if (parsed.violation().isPresent()) {
                Violation v = parsed.violation().get();
                problems.error(item.location(), item.path(),
                        "`" + Suggestions.shorten(item.value()) + "` " + v.message(),
                        deploy ? v.hint().replace("admin.ssh", "admin.deploy") : v.hint());
                continue;
            }
            SourceLocation first = seen.putIfAbsent(item.value(), item.location());
            if (first != null) {
                problems.error(item.location(), item.path(), "duplicate block (first listed at line " + first.line()
                        + ")", "remove one of them");
            }
            int prefix = parsed.cidr().orElseThrow().prefix();
            if (prefix == 0) {
                problems.warning(item.location(), item.path(), item.value()
                        + (deploy ? opens + "anywhere" : opens + "the whole internet"), WIDE_HINT);
            } else if (prefix < widestPrefix) {
                problems.warning(item.location(), item.path(), item.value()
                        + opens + "a large part of the internet (wider than /" + widestPrefix + ")", WIDE_HINT);
            }
        }
        return result;
    }
}
