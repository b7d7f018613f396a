package dev.bulwark.verify.gateway;

import static dev.bulwark.verify.gateway.HttpExchange.Purpose.CONTROL_UI;
import static dev.bulwark.verify.gateway.HttpExchange.Purpose.HEALTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.advisory.AdvisoryCatalog;
import dev.bulwark.advisory.AdvisoryCatalogTest;
import dev.bulwark.advisory.AgentVersion;
import dev.bulwark.release.ReleaseTable;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VulnerableVersionCheckTest {
    private static final VulnerableVersionCheck CHECK = new VulnerableVersionCheck(AdvisoryCatalog.bundled(),
            new ReleaseRecognizer(ReleaseTable.bundled()));

    static GatewayObservation openClawPage(String version) {
        return Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/", 200, Observed.HTML,
                Observed.OPENCLAW_PAGE.replace("2026.9.6", version)));
    }

    /** A Control UI page that hides its version and references only the given release's entry script. */
    static GatewayObservation pageWithEntry(String entryScript) {
        return Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/", 200, Observed.HTML,
                "<!doctype html><title>OpenClaw Control</title><script type=\"module\" crossorigin src=\"./assets/"
                        + entryScript + "\"></script><openclaw-app></openclaw-app>"));
    }

    static Stream<Arguments> cases() {
        GatewayObservation hiddenOpenClaw = Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/",
                200, Observed.HTML, "<!doctype html><title>OpenClaw Control</title><openclaw-app></openclaw-app>"));
        GatewayObservation moltbot = Observed.with(Observed.openClawHardened(), Observed.get(CONTROL_UI, "/", 200,
                Observed.HTML, "<!doctype html><title>Moltbot Control</title><moltbot-app></moltbot-app>"));
        return Stream.of(
                CheckCase.compliant("2026.9.6 is patched", Observed.openClawHardened()),
                CheckCase.compliant("2026.8.1 is the last fix", openClawPage("2026.8.1")),
                CheckCase.compliant("openclaw that hides its version and its assets", hiddenOpenClaw),
                CheckCase.compliant("2026.9.6 recognised by its entry script", pageWithEntry("index-DsEuFQRE.js")),
                CheckCase.compliant("unknown build: no guess", pageWithEntry("index-UNKNOWN1.js")),
                CheckCase.reported("2026.7.31 misses the socket DoS fix", openClawPage("2026.7.31"),
                        "CVE-2026-100558"),
                CheckCase.reported("version from the health body", Observed.with(hiddenOpenClaw,
                        Observed.get(HEALTH, "/health", 200, Observed.JSON, "{\"ok\":true,\"version\":\"2026.3.1\"}")),
                        "GHSA-v865-p3gq-hw6m"),
                CheckCase.reported("2026.6.6 recognised by its entry script", pageWithEntry("index-B6YtUsIL.js"),
                        "release openclaw@2026.6.6 (identified by the Control UI entry script assets/index-B6YtUsIL.js)"),
                CheckCase.reported("clawdbot page recognised", Observed.clawdbot(), "CVE-2026-25253"),
                CheckCase.reported("moltbot brand without version", moltbot, "Moltbot-branded build"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluate_observation_reportsReleasesWithAdvisories(CheckCase c) {
        c.assertOutcome(CHECK);
    }

    /** The ids each detail line names (CVE and GHSA), from "CVE-x (GHSA-y, GHSA-z) [...]". */
    static Set<String> idsListed(Finding f) {
        Set<String> ids = new TreeSet<>();
        for (String line : f.evidence().lines().skip(1).toList()) {
            Matcher m = Pattern.compile("(?:CVE|GHSA)-[\\w-]+").matcher(line.substring(0, line.indexOf(" [")));
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"index-B6YtUsIL.js, 2026.6.6", "index-jM0oJkaS.js, 2026.6.5"})
    void evaluate_releaseFromItsPage_listsEveryApplicableIdAndNoneOutsideItsRange(String entry, String version) {
        List<Finding> findings = CHECK.evaluate(pageWithEntry(entry), Observed.target());
        assertEquals(1, findings.size());
        AdvisoryCatalog catalog = AdvisoryCatalog.bundled();
        Set<String> expected = new TreeSet<>();
        catalog.affecting(AgentVersion.of(version)).forEach(a -> expected.addAll(a.ids()));
        assertEquals(expected, idsListed(findings.get(0)));
        assertTrue(idsListed(findings.get(0)).containsAll(AdvisoryCatalogTest.FOR_2026_6_6.stream()
                .filter(id -> version.equals("2026.6.6")).toList()));
        assertTrue(findings.get(0).evidence().lines().findFirst().orElseThrow().contains("worst: "));
    }

    @Test
    void evaluate_clawdbot_oneFindingAtTheWorstSeverityWithCountsAndReferences() {
        List<Finding> findings = CHECK.evaluate(Observed.clawdbot(), Observed.target());
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.CRITICAL, f.severity());
        String first = f.evidence().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("release one of clawdbot@2026.1.24, clawdbot@2026.1.24-3 (2 releases serve this"
                + " page) (identified by the Control UI entry script assets/index-Cl-Y9zqE.js) is affected by "), first);
        assertTrue(first.matches(".* \\(\\d+ critical, \\d+ high, \\d+ medium, \\d+ low\\); worst: .*"), first);
        assertTrue(f.references().contains("https://github.com/advisories/GHSA-g8p2-7wf7-98mq"), f.references()
                .toString());
    }

    @Test
    void evaluate_extendedStableRelease_mayApplyOneSeverityLower() {
        List<Finding> findings = CHECK.evaluate(openClawPage("2026.6.33"), Observed.target());
        Finding f = findings.get(0);
        assertTrue(f.evidence().contains("CVE-2026-100558 (GHSA-4r25-35qc-fr6j) [may apply (extended-stable), low,"),
                f.evidence());
        assertEquals(Severity.LOW, f.severity(), "medium lowered by one: the backport is not recorded");
    }

    @Test
    void evaluate_releasesSharingAPage_whatAppliesToSomeMayApply() {
        // 2026.4.7 and 2026.4.8 serve the same page; advisories fixed in 2026.4.8 apply to one of them only
        List<Finding> findings = CHECK.evaluate(pageWithEntry("index-6snfzTxc.js"), Observed.target());
        String evidence = findings.get(0).evidence();
        assertTrue(evidence.contains("one of openclaw@2026.4.7, openclaw@2026.4.8"), evidence);
        assertTrue(evidence.contains("[may apply (1 of 2 candidate releases), "), evidence);
    }
}
