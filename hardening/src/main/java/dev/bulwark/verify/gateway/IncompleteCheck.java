package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * "Could not check" is never "passed": a request that got no answer or a server error, or a WebSocket question none
 * of whose attempts got a deciding answer, becomes a finding naming what went unchecked. Seen on the real gateway:
 * right after it starts listening, OpenClaw answers connects with "gateway starting; retry shortly" and APIs with
 * 503, which proves nothing about its authentication.
 */
final class IncompleteCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("GATEWAY_CHECK_INCOMPLETE", Severity.MEDIUM,
            "Some gateway checks got no usable answer",
            "Requests timed out or failed, or the gateway did not understand any variant of a WebSocket connect, so"
                    + " the checks that needed them could not decide; this is not a pass.",
            "Re-run with a longer --timeout from a network that reaches the URL; if it persists, the gateway or"
                    + " proxy is dropping these requests and should be looked at.",
            List.of());

    IncompleteCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        if (!observation.gatewayDetected()) {
            return List.of(); // nothing to check; NotDetectedCheck says so
        }
        List<String> gaps = new ArrayList<>();
        observation.exchanges().stream().filter(IncompleteCheck::undecided)
                .forEach(e -> gaps.add(e.request() + " -> " + e.answer()));
        Map<ConnectAttempt.Purpose, List<ConnectAttempt>> byPurpose = observation.connects().stream()
                .collect(Collectors.groupingBy(ConnectAttempt::purpose, TreeMap::new, Collectors.toList()));
        for (Map.Entry<ConnectAttempt.Purpose, List<ConnectAttempt>> purpose : byPurpose.entrySet()) {
            boolean decided = purpose.getValue().stream().map(ConnectAttempt::verdict)
                    .anyMatch(ConnectVerdict::decides);
            if (!decided) {
                gaps.add("WebSocket " + purpose.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " connect: " + Evidence.ofConnects(purpose.getValue()));
            }
        }
        return gaps.isEmpty() ? List.of() : List.of(Finding.of(RULE, target.name(), String.join("; ", gaps)));
    }

    /** No answer at all, or a server error on a request whose status is the point (not the readiness probe's 503). */
    private static boolean undecided(HttpExchange e) {
        boolean statusMatters = e.purpose() != HttpExchange.Purpose.HEALTH;
        return !e.hasAnswer() || (statusMatters && e.status() >= 500);
    }
}
