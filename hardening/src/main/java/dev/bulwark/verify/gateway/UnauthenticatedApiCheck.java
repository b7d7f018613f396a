package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/** The gateway's HTTP APIs (OpenAI-compatible, tools, hooks, channels) must answer 401/403/404 without a token. */
final class UnauthenticatedApiCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_API_UNAUTHENTICATED", Severity.CRITICAL,
            "Gateway HTTP API answers without credentials",
            "An HTTP API of the gateway (/v1/*, /tools/invoke, /hooks/*, /api/channels) processed a request that"
                    + " carried no token: anyone who can reach it can run the agent or its tools.",
            "Require gateway auth (token or trusted-proxy) on every route, disable the OpenAI-compatible endpoints"
                    + " and hooks you do not use, and upgrade to 2026.3.2 or later (encoded-path bypass).",
            List.of("https://github.com/advisories/GHSA-v865-p3gq-hw6m",
                    "https://github.com/advisories/GHSA-943q-mwmv-hhvh"));

    UnauthenticatedApiCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<HttpExchange> granted = observation.exchanges(HttpExchange.Purpose.API).stream()
                .filter(ApiAccess::granted).toList();
        return granted.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(),
                Evidence.ofExchanges(granted)));
    }
}
