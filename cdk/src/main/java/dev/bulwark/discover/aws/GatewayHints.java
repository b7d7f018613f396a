package dev.bulwark.discover.aws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The signs that a resource is an agent gateway, and the tag that makes it bulwark's own. */
final class GatewayHints {
    static final int GATEWAY_PORT = 18789;
    /** Lightsail's OpenClaw blueprint; other ids naming a brand count too. */
    static final String OPENCLAW_BLUEPRINT = "openclaw_ls_1_0";
    /** The tag every resource of a bulwark stack carries (InstanceStack.BLUEPRINT_TAG). */
    static final String MANAGED_TAG = "bulwark:blueprint";
    private static final List<String> BRANDS = List.of("openclaw", "clawdbot", "moltbot");

    private GatewayHints() {
    }

    /** {@code what} ("blueprint", "image", "name"…) when {@code value} names a brand. */
    static Optional<String> naming(String what, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return BRANDS.stream().filter(lower::contains).findFirst()
                .map(brand -> what + " `" + value + "` names " + brand);
    }

    /** Tags whose key or value names a brand. */
    static List<String> tags(Map<String, String> tags) {
        return tags.entrySet().stream().filter(e -> !e.getKey().equals(MANAGED_TAG))
                .flatMap(e -> naming("tag", e.getKey() + "=" + e.getValue()).stream()).toList();
    }

    static boolean managed(Map<String, String> tags) {
        return tags.containsKey(MANAGED_TAG);
    }

    static String managedWhy(Map<String, String> tags) {
        return managed(tags) ? "tagged " + MANAGED_TAG + "=" + tags.get(MANAGED_TAG) + " by a bulwark stack"
                : "no " + MANAGED_TAG + " tag: not deployed by bulwark";
    }
}
