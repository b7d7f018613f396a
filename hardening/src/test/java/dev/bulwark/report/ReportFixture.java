package dev.bulwark.report;

import dev.bulwark.blueprint.SourceLocation;
import dev.bulwark.findings.Finding;
import dev.bulwark.findings.RuleInfo;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.EngineRules;
import dev.bulwark.verify.ProbeResult;
import dev.bulwark.verify.ReportedFinding;
import dev.bulwark.verify.TargetReport;
import dev.bulwark.verify.VerifyReport;
import dev.bulwark.verify.waiver.Waiver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One report with everything a renderer must handle, with fixed times and durations so golden files are stable:
 * a checked target with findings of three severities, a waived finding, markup and control characters in
 * evidence; an unreachable target; an expired waiver.
 */
final class ReportFixture {
    static final Instant STARTED = Instant.parse("2026-11-24T12:00:00Z");
    static final Path BLUEPRINT = Path.of("blueprints", "agent.yaml");
    static final Path WAIVERS = Path.of("waivers.yaml");

    static final RuleInfo TLS_OLD = new RuleInfo("TLS_OLD_PROTOCOL", Severity.HIGH, "TLS 1.0 or 1.1 accepted",
            "The endpoint completes handshakes with TLS versions that have known weaknesses.",
            "Use a TLS policy that allows TLS 1.2 and 1.3 only.", List.of("https://www.rfc-editor.org/rfc/rfc8996"));
    static final RuleInfo HSTS = new RuleInfo("HTTP_NO_HSTS", Severity.MEDIUM, "No Strict-Transport-Security header",
            null, "Send Strict-Transport-Security: max-age=31536000.", List.of());
    static final RuleInfo PORT = new RuleInfo("PORT_UNEXPECTED_OPEN", Severity.HIGH, "A port that must be closed is open",
            null, "Close it in the Lightsail firewall.", List.of());
    static final RuleInfo BANNER = new RuleInfo("HTTP_SERVER_BANNER", Severity.LOW, "Server header reveals software",
            null, "Remove the version from the Server header.", List.of());

    private ReportFixture() {
    }

    static VerifyReport report() {
        String a = "https://agent.example.com/";
        Finding tls = Finding.of(TLS_OLD, a, "TLS 1.0 handshake completed with cipher ECDHE-RSA-AES128-SHA");
        Finding hsts = Finding.of(HSTS, a, "response to GET / had no Strict-Transport-Security header");
        Finding banner = Finding.of(BANNER, a, "Server: nginx/1.18 <script>&\"quoted\" 'x'\u0001");
        Finding port = Finding.of(PORT, "203.0.113.10:22", "port 22 accepted a TCP connection");
        Waiver portWaiver = new Waiver("PORT_UNEXPECTED_OPEN", "203.0.113.10:*", "bastion migration, ticket OPS-12",
                LocalDate.parse("2026-12-31"), new SourceLocation(WAIVERS, 1, 3));
        Waiver expired = new Waiver("HTTP_NO_HSTS", "https://old.example.com/", "legacy client",
                LocalDate.parse("2026-01-31"), new SourceLocation(WAIVERS, 5, 3));

        TargetReport checked = new TargetReport(a, URI.create(a), Optional.of("203.0.113.10"), Optional.of(BLUEPRINT),
                List.of(
                        ProbeResult.checked("tls", List.of("TLS_OLD_PROTOCOL"), List.of("TLS_OLD_PROTOCOL"),
                                List.of(tls), Duration.ofMillis(420)),
                        ProbeResult.checked("http", List.of("HTTP_NO_HSTS", "HTTP_SERVER_BANNER"),
                                List.of("HTTP_NO_HSTS", "HTTP_SERVER_BANNER"), List.of(hsts, banner),
                                Duration.ofMillis(180)),
                        ProbeResult.checked("ports", List.of("PORT_UNEXPECTED_OPEN"), List.of("PORT_UNEXPECTED_OPEN"),
                                List.of(port), Duration.ofMillis(950))),
                List.of(
                        ReportedFinding.unwaived(tls, Optional.of(new SourceLocation(BLUEPRINT, 14, 11))),
                        ReportedFinding.unwaived(hsts, Optional.of(new SourceLocation(BLUEPRINT, 1, 1))),
                        ReportedFinding.unwaived(banner, Optional.empty()),
                        new ReportedFinding(port, Optional.of(portWaiver),
                                Optional.of(new SourceLocation(BLUEPRINT, 9, 5)))),
                Duration.ofMillis(1010));

        String b = "https://down.example.com/";
        Finding unreachable = Finding.of(EngineRules.TARGET_UNREACHABLE, b, "tls: connection refused by 127.0.0.1:1");
        TargetReport down = new TargetReport(b, URI.create(b), Optional.empty(), Optional.empty(),
                List.of(ProbeResult.notChecked("tls", ProbeResult.Status.UNREACHABLE, List.of("TLS_OLD_PROTOCOL"),
                        "connection refused by 127.0.0.1:1", Duration.ofMillis(3))),
                List.of(ReportedFinding.unwaived(unreachable, Optional.empty())), Duration.ofMillis(3));

        Finding expiredFinding = Finding.of(EngineRules.WAIVER_EXPIRED, expired.target(),
                "waiver for HTTP_NO_HSTS on https://old.example.com/ expired on 2026-01-31");
        List<RuleInfo> rules = List.of(TLS_OLD, HSTS, PORT, BANNER, EngineRules.TARGET_UNREACHABLE,
                EngineRules.PROBE_INTERNAL_ERROR, EngineRules.WAIVER_EXPIRED);
        return new VerifyReport("bulwark", "1.2.3", STARTED, STARTED.plusMillis(1250), Duration.ofMillis(1250),
                List.of(down, checked), List.of(ReportedFinding.unwaived(expiredFinding, Optional.of(expired.location()))),
                rules, List.of(portWaiver, expired));
    }
}
