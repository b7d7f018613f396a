package dev.bulwark.verify.gateway;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.AbstractCheck;
import dev.bulwark.verify.VerifyTarget;
import java.util.List;

/**
 * A target URL served over plain HTTP, where no agent gateway was recognised: whatever it serves can be read and
 * changed on the way. (A gateway over plain HTTP is {@link GatewayWithoutTlsCheck}, which is worse.)
 */
final class PlainHttpCheck extends AbstractCheck<GatewayObservation> implements GatewayCheck {
    static final RuleInfo RULE = new RuleInfo("HTTP_NO_TLS", Severity.MEDIUM,
            "Target URL is served without TLS",
            "The URL is http://: what it serves (pages, cookies, anything typed into it) travels unencrypted, and "
                    + "nothing tells a browser to use HTTPS instead.",
            "Serve the deployment over HTTPS only (the Lightsail load balancer terminates TLS for the domain), "
                    + "redirect http:// to https://, and verify the https:// URL.",
            List.of("https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html"));

    PlainHttpCheck() {
        super(RULE);
    }

    @Override
    public List<Finding> evaluate(GatewayObservation observation, VerifyTarget target) {
        if (!observation.plainText() || observation.gatewayDetected()) {
            return List.of();
        }
        return List.of(Finding.of(RULE, target.name(), observation.base() + " answered without TLS: "
                + firstAnswer(observation)));
    }

    /** {@code GET / -> 200} for the first request that got an answer, for evidence. */
    static String firstAnswer(GatewayObservation observation) {
        return observation.exchanges().stream().filter(HttpExchange::hasAnswer).findFirst()
                .map(e -> e.request() + " -> " + e.answer())
                .orElse("the WebSocket upgrade was answered");
    }
}
