package dev.bulwark.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.blueprint.BlueprintSource;
import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.waiver.Waiver;
import dev.bulwark.verify.waiver.Waivers;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine against real loopback sockets: reachable, refused, a tarpit, a probe that throws. */
class VerifierTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private final LoopbackServers servers = new LoopbackServers();

    @AfterEach
    void closeServers() throws IOException {
        servers.close();
    }

    static TargetSpec target(int port) {
        return TargetSpec.of(new VerifyTarget(URI.create("https://127.0.0.1:" + port + "/"), Optional.empty(),
                Expectations.defaults()));
    }

    static Verifier.Builder verifier(Probe... probes) {
        return Verifier.builder().probes(List.of(probes)).clock(CLOCK).timeout(Duration.ofSeconds(5))
                .perCallTimeout(Duration.ofSeconds(2)).toolVersion("test");
    }

    @Test
    void verify_listeningTarget_checkedAndPassed() throws Exception {
        VerifyReport report = verifier(TestProbes.connect(null)).build().verify(List.of(target(servers.silentPort())));

        TargetReport t = report.targets().get(0);
        assertTrue(t.checked(), t.toString());
        assertEquals(List.of("TEST_REACHABLE"), t.rulesChecked());
        assertEquals(Verdict.PASSED, report.verdict(Severity.LOW));
        assertEquals(0, report.exitCode(Severity.INFO));
    }

    @Test
    void verify_closedPort_isNotCheckedAndExitsThreeNeverPass() throws Exception {
        VerifyReport report = verifier(TestProbes.connect(null)).build()
                .verify(List.of(target(LoopbackServers.closedPort())));

        TargetReport t = report.targets().get(0);
        assertFalse(t.checked());
        assertEquals(ProbeResult.Status.UNREACHABLE, t.probes().get(0).status());
        assertTrue(t.notCheckedReasons().get(0).startsWith("connect: connection refused"), t.notCheckedReasons().toString());
        assertEquals("TARGET_UNREACHABLE", t.findings().get(0).finding().ruleId());
        assertEquals(3, report.exitCode(Severity.CRITICAL));
    }

    @Test
    @Timeout(20) // a hang guard, not a speed assertion: the engine must cut the tarpit off at its timeout
    void verify_probeIgnoringTheDeadline_isCutOffAndReportedTimedOut() throws Exception {
        VerifyReport report = verifier(TestProbes.ignoresDeadline()).timeout(Duration.ofMillis(500)).build()
                .verify(List.of(target(servers.silentPort())));

        ProbeResult tarpit = report.targets().get(0).probes().get(0);
        assertEquals(ProbeResult.Status.TIMED_OUT, tarpit.status());
        assertTrue(tarpit.reason().orElseThrow().startsWith("timed out after"), tarpit.reason().toString());
        assertEquals(Verdict.NOT_CHECKED, report.verdict(Severity.CRITICAL));
    }

    @ParameterizedTest
    @CsvSource({"throwing, IllegalStateException: parser bug on purpose", "returningNull, returned no outcome"})
    void verify_brokenProbe_isInternalErrorNotAPass(String which, String reasonPart) throws Exception {
        Probe broken = which.equals("throwing") ? TestProbes.throwing() : TestProbes.returningNull();
        VerifyReport report = verifier(broken, TestProbes.connect(null)).build()
                .verify(List.of(target(servers.silentPort())));

        TargetReport t = report.targets().get(0);
        ProbeResult result = t.probes().stream().filter(p -> !p.checked()).findFirst().orElseThrow();
        assertEquals(ProbeResult.Status.INTERNAL_ERROR, result.status());
        assertTrue(result.reason().orElseThrow().contains(reasonPart), result.reason().toString());
        assertTrue(t.findings().stream().anyMatch(f -> f.finding().ruleId().equals("PROBE_INTERNAL_ERROR")));
        assertEquals(Verdict.NOT_CHECKED, report.verdict(Severity.CRITICAL));
    }

    @ParameterizedTest
    @CsvSource({"MEDIUM, low, FINDINGS", "MEDIUM, medium, FINDINGS", "MEDIUM, high, PASSED", "INFO, info, FINDINGS",
        "CRITICAL, critical, FINDINGS"})
    void verdict_findingAgainstThreshold_failsAtOrAboveOnly(Severity found, String failOn, Verdict expected)
            throws Exception {
        VerifyReport report = verifier(TestProbes.connect(found)).build().verify(List.of(target(servers.silentPort())));

        assertEquals(expected, report.verdict(Severity.parse(failOn).orElseThrow()));
    }

    @Test
    void verdict_unreachableTargetBesideFindings_notCheckedWins() throws Exception {
        VerifyReport report = verifier(TestProbes.connect(Severity.CRITICAL)).build()
                .verify(List.of(target(servers.silentPort()), target(LoopbackServers.closedPort())));

        assertEquals(Verdict.NOT_CHECKED, report.verdict(Severity.CRITICAL));
    }

    @Test
    void verify_noProbeApplies_isNotCheckedNeverPass() throws Exception {
        VerifyReport report = verifier(TestProbes.hostPort(22)).build().verify(List.of(target(servers.silentPort())));

        assertEquals(List.of("no probe applies to this target"), report.targets().get(0).notCheckedReasons());
        assertEquals(Verdict.NOT_CHECKED, report.verdict(Severity.CRITICAL));
    }

    @Test
    void verify_activeWaiver_keepsFindingMarkedAndDoesNotFail() throws Exception {
        int port = servers.silentPort();
        Waiver waiver = waiver("TEST_REACHABLE", "https://127.0.0.1:*", "2026-12-31");
        VerifyReport report = verifier(TestProbes.connect(Severity.HIGH)).waivers(Waivers.of(List.of(waiver)))
                .build().verify(List.of(target(port)));

        ReportedFinding f = report.targets().get(0).findings().get(0);
        assertEquals(Optional.of(waiver), f.waiver());
        assertEquals(1, report.summary().waived());
        assertEquals(Verdict.PASSED, report.verdict(Severity.INFO));
    }

    @Test
    void verify_expiredWaiver_stopsWaivingAndIsAFindingItself() throws Exception {
        Waiver waiver = waiver("TEST_REACHABLE", "*", "2026-11-23");
        VerifyReport report = verifier(TestProbes.connect(Severity.HIGH)).waivers(Waivers.of(List.of(waiver)))
                .build().verify(List.of(target(servers.silentPort())));

        assertFalse(report.targets().get(0).findings().get(0).waived());
        ReportedFinding expired = report.runFindings().get(0);
        assertEquals("WAIVER_EXPIRED", expired.finding().ruleId());
        assertEquals(Severity.MEDIUM, expired.finding().severity());
        assertEquals(Optional.of(waiver.location()), expired.location());
        assertEquals(Verdict.FINDINGS, report.verdict(Severity.HIGH));
    }

    @Test
    void verify_waiverExpiringToday_stillWaives() throws Exception {
        Waiver waiver = waiver("TEST_REACHABLE", "*", "2026-11-24");
        VerifyReport report = verifier(TestProbes.connect(Severity.HIGH)).waivers(Waivers.of(List.of(waiver)))
                .build().verify(List.of(target(servers.silentPort())));

        assertTrue(report.runFindings().isEmpty());
        assertEquals(Verdict.PASSED, report.verdict(Severity.INFO));
    }

    @Test
    void verify_blueprintTarget_unmappedRuleFallsBackToBlueprintFirstLine() throws Exception {
        int port = servers.silentPort();
        Path file = Path.of("blueprints", "agent.yaml");
        BlueprintSource source = new BlueprintSource(file, Map.of("admin.sshCidrs", new SourceLocation(file, 9, 3)));
        VerifyTarget t = new VerifyTarget(URI.create("https://127.0.0.1:" + port + "/"), Optional.of("127.0.0.1"),
                Expectations.defaults());
        VerifyReport report = verifier(TestProbes.hostPort(port)).build()
                .verify(List.of(new TargetSpec(t, Optional.of(source), Optional.empty())));

        ReportedFinding open = report.targets().get(0).findings().get(0);
        assertEquals("127.0.0.1:" + port, open.finding().target());
        // An ephemeral port is governed by no blueprint field (only 22 maps to admin.sshCidrs: RuleLocationsTest).
        assertEquals(Optional.of(new SourceLocation(file, 1, 1)), open.location());
    }

    @Test
    void verify_manyTargets_neverRunsMoreProbesAtOnceThanTheCap() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxSeen = new AtomicInteger();
        int port = servers.silentPort();
        List<TargetSpec> targets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            targets.add(TargetSpec.of(new VerifyTarget(URI.create("https://127.0.0.1:" + port + "/t" + i),
                    Optional.empty(), Expectations.defaults())));
        }
        VerifyReport report = verifier(TestProbes.countingConcurrency(running, maxSeen)).maxConcurrency(4)
                .timeout(Duration.ofSeconds(30)).build().verify(targets);

        assertEquals(40, report.targets().size());
        assertTrue(report.targets().stream().allMatch(TargetReport::checked));
        assertEquals(4, maxSeen.get(), "50 ms per probe on a pool of 4 fills the pool, never more");
        assertEquals("https://127.0.0.1:" + port + "/t0", report.targets().get(0).name(), "sorted by name");
    }

    static Waiver waiver(String rule, String target, String expires) {
        return new Waiver(rule, target, "accepted for the test", LocalDate.parse(expires),
                new SourceLocation(Path.of("waivers.yaml"), 1, 3));
    }
}
