package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * Agent-written pages (canvas, A2UI) must not share an origin with the Control UI: a page the agent wrote would
 * run with the operator's Control UI session. The path answering on the Control UI origin at all (served, a
 * redirect, or the gateway asking for credentials) means it is routed there.
 */
final class CanvasOnControlUiOriginCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_CANVAS_ON_UI_ORIGIN", Severity.MEDIUM,
            "Canvas or A2UI pages answer on the Control UI origin",
            "/__openclaw__/canvas/ or /__openclaw__/a2ui/ reached the gateway on the Control UI's own origin, so"
                    + " agent-written HTML and script would run with the operator's Control UI session"
                    + " (OpenClaw network-exposure docs: do not share their origin with privileged surfaces).",
            "Refuse both paths at the proxy (bulwark's site answers 404); serve them, if at all, only on a host"
                    + " name of their own (blueprint access.canvas) with a sandboxing Content-Security-Policy.",
            List.of());

    CanvasOnControlUiOriginCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        List<HttpExchange> routed = observation.exchanges(HttpExchange.Purpose.CANVAS).stream()
                .filter(e -> e.hasAnswer() && routedToGateway(e.status())).toList();
        return routed.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(),
                Evidence.ofExchanges(routed)));
    }

    /** Served, redirected, or a credential demand: the gateway's route, not a proxy refusal (403, 404, 410). */
    static boolean routedToGateway(int status) {
        return (status >= 200 && status < 400) || status == 401;
    }
}
