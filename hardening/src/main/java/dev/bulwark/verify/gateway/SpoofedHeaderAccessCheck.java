package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * Forwarding headers ({@code X-Forwarded-For}, {@code X-Real-IP}, {@code Forwarded}) and identity headers
 * ({@code tailscale-user-login}) that any client can send must not turn a refusal into access, on HTTP or on the
 * WebSocket. Compared against the same request without them, so a route that was open anyway is not blamed on the
 * header (that is {@link UnauthenticatedApiCheck}).
 */
final class SpoofedHeaderAccessCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_SPOOFED_HEADER_ACCESS", Severity.CRITICAL,
            "Gateway grants access to a client that claims to be local or signed in",
            "A request refused without credentials was let in once it carried a forwarding header naming 127.0.0.1"
                    + " or a Tailscale identity header: the gateway believes headers any client can send.",
            "Set gateway.trustedProxies to exactly the proxy's address, make the proxy overwrite (never append)"
                    + " X-Forwarded-For and strip tailscale-* headers, keep allowRealIpFallback off, and upgrade to"
                    + " 2026.2.21 or later.",
            List.of("https://github.com/advisories/GHSA-hff7-ccv5-52f8"));

    SpoofedHeaderAccessCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<String> evidence = new ArrayList<>();
        for (HttpExchange spoofed : observation.exchanges(HttpExchange.Purpose.SPOOFED_HEADERS)) {
            boolean baselineRefused = observation.exchanges(HttpExchange.Purpose.API).stream()
                    .anyMatch(b -> b.method().equals(spoofed.method()) && b.path().equals(spoofed.path())
                            && ApiAccess.refused(b));
            if (baselineRefused && ApiAccess.granted(spoofed)) {
                evidence.add(spoofed.request() + " -> " + spoofed.answer() + " (" + spoofed.method() + " "
                        + spoofed.path() + " without the header -> refused)");
            }
        }
        boolean plainConnectRefused = observation.connects(ConnectAttempt.Purpose.UNAUTHENTICATED).stream()
                .anyMatch(c -> c.verdict().refused());
        for (ConnectAttempt spoofed : observation.connects(ConnectAttempt.Purpose.SPOOFED_HEADERS)) {
            if (plainConnectRefused && spoofed.verdict() == ConnectVerdict.ACCEPTED) {
                evidence.add("WebSocket " + spoofed.describe() + " -> " + spoofed.answer()
                        + " (refused without the headers)");
            }
        }
        return evidence.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(), String.join("; ", evidence)));
    }
}
