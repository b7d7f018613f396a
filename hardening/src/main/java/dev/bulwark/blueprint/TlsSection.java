package dev.bulwark.blueprint;

import java.util.Locale;

/** {@code tls:}: the load balancer's TLS policy and HTTP redirect; weaker choices are valid but warned about. */
final class TlsSection {
    private TlsSection() {
    }

    static Tls read(MappingFields root) {
        MappingFields tls = root.section("tls", BlueprintKeys.TLS);
        String policy = tls.string("policy", LightsailChoices.DEFAULT_TLS_POLICY);
        if (policy != null && !LightsailChoices.TLS_POLICIES.contains(policy)) {
            String sameIgnoringCase = LightsailChoices.TLS_POLICIES.stream()
                    .filter(p -> p.toLowerCase(Locale.ROOT).equals(policy.toLowerCase(Locale.ROOT)))
                    .findFirst().map(p -> "did you mean `" + p + "`? ").orElse("");
            tls.error("policy", "unknown TLS policy", sameIgnoringCase + "known policies: "
                    + String.join(", ", LightsailChoices.TLS_POLICIES));
        } else if (LightsailChoices.WEAK_TLS_POLICY.equals(policy)) {
            tls.warning("policy", policy + " still allows TLS 1.0 and 1.1",
                    "use " + LightsailChoices.DEFAULT_TLS_POLICY + " (TLS 1.2 and later only)");
        }
        Boolean redirect = tls.bool("httpsRedirect", true);
        if (Boolean.FALSE.equals(redirect)) {
            tls.warning("httpsRedirect", "plain HTTP is served instead of being redirected to HTTPS",
                    "set tls.httpsRedirect: true");
        }
        return new Tls(policy, !Boolean.FALSE.equals(redirect));
    }
}
