package dev.bulwark.verify.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.findings.Finding;
import dev.bulwark.verify.ProbeOutcome;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GatewayProbeTest {
    private final GatewayProbe probe = GatewayProbe.create(AdvisoryCatalog.bundled());

    @Test
    void rules_everyCheck_hasAUniqueGatewayId() {
        Set<String> ids = probe.rules().stream().map(r -> r.id()).collect(Collectors.toSet());
        assertEquals(probe.rules().size(), ids.size());
        // Two rules are not about the gateway itself: a plain-HTTP URL without one, and the note shared with the HTTP
        // probe that the gateway was checked over a certificate that failed validation.
        assertTrue(ids.stream().filter(id -> !Set.of("HTTP_NO_TLS", "CHECKED_OVER_UNTRUSTED_CERT").contains(id))
                .allMatch(id -> id.startsWith("GATEWAY_")), ids.toString());
        assertTrue(ids.containsAll(Set.of("GATEWAY_UNAUTHENTICATED", "GATEWAY_CROSS_ORIGIN_WS",
                "GATEWAY_API_UNAUTHENTICATED", "GATEWAY_VULNERABLE_VERSION", "GATEWAY_VERSION_DISCLOSED",
                "GATEWAY_SENSITIVE_PATH", "GATEWAY_SPOOFED_HEADER_ACCESS", "GATEWAY_VERSION_UNPINNED",
                "GATEWAY_NOT_DETECTED")), ids.toString());
    }

    @Test
    void evaluate_hardenedOpenClaw_onlyTheBuildIdDisclosure() {
        ProbeOutcome.Checked outcome = probe.evaluate(Observed.openClawHardened(), Observed.target());
        assertEquals(List.of("GATEWAY_VERSION_DISCLOSED"), outcome.findings().stream().map(Finding::ruleId).toList());
        // Every check ran; the note about a pinned certificate is not a check of the observation.
        assertEquals(probe.rules().size() - 1, outcome.rulesChecked().size());
    }

    @Test
    void evaluate_clawdbot_vulnerableAndOriginNotEnforced() {
        ProbeOutcome.Checked outcome = probe.evaluate(Observed.clawdbot(), Observed.target());
        assertEquals(List.of("GATEWAY_VULNERABLE_VERSION", "GATEWAY_ORIGIN_NOT_ENFORCED"),
                outcome.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void evaluate_checkThatThrows_becomesAFindingNotACrash() {
        GatewayCheck broken = new GatewayCheck() {
            @Override
            public dev.bulwark.findings.RuleInfo rule() {
                return UnpinnedVersionCheck.RULE;
            }

            @Override
            public List<Finding> evaluate(GatewayObservation observation, dev.bulwark.verify.VerifyTarget target) {
                throw new IllegalStateException("boom");
            }
        };
        ProbeOutcome.Checked outcome = GatewayProbe.of(List.of(broken)).evaluate(Observed.openClawHardened(),
                Observed.target());
        assertEquals(1, outcome.findings().size());
        assertEquals(UnpinnedVersionCheck.RULE.id(), outcome.findings().get(0).ruleId(),
                "a check that throws is reported as its own rule not passed");
        assertTrue(outcome.findings().get(0).evidence().contains("boom"));
    }
}
