package dev.bulwark.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.ProbeOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway probe against the last Clawdbot-branded release, which hides its version but not its brand. */
class ClawdbotGatewayIT {
    private final AcceptanceHome home = AcceptanceHome.locate();

    @Test
    void run_clawdbot2026_1_24_3_isVulnerableToTheOneClickTokenTheftAndLater() throws Exception {
        home.requireInstalled(GatewayDistribution.CLAWDBOT);
        try (OpenClawGateway clawdbot = OpenClawGateway.start(home,
                GatewayLaunch.hardened(GatewayDistribution.CLAWDBOT), Duration.ofSeconds(90))) {
            System.out.println("clawdbot gateway ready in " + clawdbot.startupTime().toMillis() + " ms");
            ProbeOutcome outcome = GatewayProbes.run(clawdbot.url("127.0.0.1"));

            ProbeOutcome.Checked checked = assertInstanceOf(ProbeOutcome.Checked.class, outcome, outcome.toString());
            List<Finding> vulnerable = checked.findings().stream()
                    .filter(f -> f.ruleId().equals("GATEWAY_VULNERABLE_VERSION")).toList();
            assertEquals(1, vulnerable.size(), checked.findings().toString());
            Finding finding = vulnerable.get(0);
            assertTrue(finding.evidence().contains("CVE-2026-25253"), finding.evidence());
            // Recognised from its Control UI page (the release table), no longer only from its brand.
            assertTrue(finding.evidence().contains("clawdbot@2026.1.24-3 (2 releases serve this page) (identified by"
                    + " the Control UI entry script assets/index-Cl-Y9zqE.js)"), finding.evidence());
            assertEquals(Severity.CRITICAL, finding.severity());
            assertTrue(checked.findings().stream().anyMatch(f -> f.ruleId().equals("GATEWAY_ORIGIN_NOT_ENFORCED")),
                    "Clawdbot refuses a foreign Origin only for the missing device identity: "
                            + checked.findings());
            assertTrue(checked.findings().stream().noneMatch(f -> f.ruleId().equals("GATEWAY_UNAUTHENTICATED")),
                    checked.findings().toString());
        }
    }
}
