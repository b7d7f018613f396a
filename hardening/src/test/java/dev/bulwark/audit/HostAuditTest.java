package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.ProbeResult;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole host audit over a real SSH session (Apache MINA SSHD running each command with /bin/sh on this
 * machine), on a layout the test lays out in a temporary directory.
 */
@Timeout(120)
class HostAuditTest {
    @TempDir
    Path dir;

    HostLayout layout(Path root, String sshdConfig) throws Exception {
        Path credentials = Files.createDirectories(root.resolve("credentials"));
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rwx------"));
        Path token = Files.writeString(credentials.resolve("gateway-token"), "0123456789abcdef0123456789abcdef0123\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path state = Files.createDirectories(root.resolve("state"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
        Path config = Files.writeString(state.resolve("openclaw.json"), "{}");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        return new HostLayout("nobody", state.toString(), config.toString(), credentials.toString(), token.toString(),
                "bulwark-test-missing.service", 18789, sshdConfig).withGatewayPort(18789);
    }

    @Test
    void audit_preparedLayout_reportsWorldWritableTokenButNotItsLength() throws Exception {
        // The credential checks run as root on a real host (through sudo -n otherwise); MINA runs them as this user.
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root: the credential checks would go through sudo -n");
        try (LoopbackSshHost host = LoopbackSshHost.start(dir)) {
            HostLayout layout = layout(Files.createDirectories(dir.resolve("host")), "/nonexistent/sshd_config");
            VerifyReport report = HostAudit.builder().layout(layout).commandTimeout(Duration.ofSeconds(20))
                    .timeout(Duration.ofSeconds(60)).build().audit(host.login(host.knownHosts), Optional.empty());

            TargetReport target = report.targets().get(0);
            Map<String, ProbeResult> probes = target.probes().stream()
                    .collect(Collectors.toMap(ProbeResult::probeId, Function.identity()));
            Map<String, Finding> findings = target.findings().stream().map(ReportedFinding::finding)
                    .collect(Collectors.toMap(Finding::ruleId, Function.identity(), (a, b) -> a));

            assertTrue(probes.get("file-modes").checked(), probes.toString());
            assertTrue(findings.get("HOST_FILE_MODE").evidence().contains("gateway-token mode 0666"), findings.toString());
            assertTrue(probes.get("token-length").checked(), probes.toString());
            assertFalse(findings.containsKey("HOST_TOKEN_SHORT"), findings.toString());
            // sshd -T on a missing config file, and a unit that does not exist: not checked, never passed.
            assertFalse(probes.get("sshd-password").checked(), probes.toString());
            assertTrue(probes.get("sshd-password").reason().orElseThrow().startsWith("could not check: "));
            assertFalse(probes.get("unit-exposure").checked(), probes.toString());
            assertEquals(3, report.exitCode(Severity.LOW));
            assertTrue(report.allFindings().stream().noneMatch(f -> f.finding().evidence().contains("0123456789")),
                    "the token's value must never leave the host");
        }
    }

    @Test
    void checks_withAdvisories_addsTheVulnerabilityRule() {
        List<String> without = HostAudit.checks(Optional.empty()).stream().map(c -> c.rule().id()).toList();
        List<String> with = HostAudit.checks(Optional.of(v -> List.of())).stream().map(c -> c.rule().id()).toList();

        assertFalse(without.contains("HOST_AGENT_VULNERABLE"));
        assertTrue(with.contains("HOST_AGENT_VULNERABLE"));
    }
}
