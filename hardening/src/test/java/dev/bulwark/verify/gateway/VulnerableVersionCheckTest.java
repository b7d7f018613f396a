package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.HEALTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.release.ReleaseTable;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VulnerableVersionCheckTest {
    private static final VulnerableVersionCheck CHECK = new VulnerableVersionCheck(AdvisoryCatalog.bundled(),
            new ReleaseRecognizer(ReleaseTable.bundled()));

    static GatewayObservation openClawPage(String version) {
        return Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/", 200, Observed.HTML,
                Observed.OPENCLAW_PAGE.replace("2026.9.6", version)));
    }

    static Stream<Arguments> cases() {
        GatewayObservation hiddenOpenClaw = Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/",
                200, Observed.HTML, "<!doctype html><title>OpenClaw Control</title><openclaw-app></openclaw-app>"));
        GatewayObservation moltbot = Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/", 200,
                Observed.HTML, "<!doctype html><title>Moltbot Control</title><moltbot-app></moltbot-app>"));
        return Stream.of(
                CheckCase.compliant("2026.9.6 is patched", Observed.openClawHardened()),
                CheckCase.compliant("2026.8.1 is the last fix", openClawPage("2026.8.1")),
                CheckCase.compliant("openclaw that hides its version", hiddenOpenClaw),
                CheckCase.reported("2026.7.31 misses the socket DoS fix", openClawPage("2026.7.31"),
                        "CVE-2026-100558"),
                CheckCase.reported("version from the health body", Observed.with(hiddenOpenClaw,
                        Observed.get(HEALTH, "/health", 200, Observed.JSON, "{\"ok\":true,\"version\":\"2026.3.1\"}")),
                        "CVE-2026-32004"),
                CheckCase.reported("clawdbot brand without version", Observed.clawdbot(), "CVE-2026-25253"),
                CheckCase.reported("moltbot brand without version", moltbot, "Moltbot-branded build"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsReleasesWithAdvisories(CheckCase c) {
        c.assertOutcome(CHECK);
    }

    @Test
    void evaluate_clawdbot_listsEveryAdvisoryFixedSinceTheRenameInOneFindingAtTheWorstSeverity() {
        List<Finding> findings = CHECK.evaluate(Observed.clawdbot(), Observed.target());
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.CRITICAL, f.severity(), "CVE-2026-22172 is critical");
        assertTrue(f.evidence().contains("affected by 12 advisories"), f.evidence());
        assertTrue(f.remediation().contains("2026.8.1"), f.remediation());
        assertTrue(f.references().contains("https://github.com/advisories/GHSA-g8p2-7wf7-98mq"), f.references()
                .toString());
    }

    @Test
    void evaluate_releaseWithOnlyMediumAdvisories_takesTheirSeverity() {
        List<Finding> findings = CHECK.evaluate(openClawPage("2026.5.1"), Observed.target());
        assertEquals(Severity.MEDIUM, findings.get(0).severity());
        assertTrue(findings.get(0).evidence().startsWith("release 2026.5.1 (seen in GET / data-openclaw-control-ui"
                + "-build-id) is affected by 1 advisory:"), findings.get(0).evidence());
    }
}
