package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.findings.Finding;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.Expectations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each host check as a pure function of a command's output: compliant, non-compliant, and output it cannot read
 * (which must be "not checked", never a pass). Outputs are as the real tools print them.
 */
class HostChecksTest {
    static final Expectations PINNED = new Expectations(Optional.empty(), 18789, Set.of(), Optional.of("2026.9.6"),
            Optional.empty(), Optional.empty(), List.of());
    static final HostContext CONTEXT = new HostContext("203.0.113.10:22", HostLayout.defaults(), PINNED, 32);

    static final String SSHD_HARDENED = "port 22\npermitrootlogin without-password\npasswordauthentication no\n"
            + "kbdinteractiveauthentication no\npubkeyauthentication yes\n";
    static final String SSHD_WEAK = "port 22\npermitrootlogin yes\npasswordauthentication yes\n"
            + "kbdinteractiveauthentication yes\n";
    static final String SS_LOOPBACK = "LISTEN 0      511        127.0.0.1:18789      0.0.0.0:*\n"
            + "LISTEN 0      511            [::1]:18789         [::]:*\n"
            + "LISTEN 0      128          0.0.0.0:22           0.0.0.0:*\n";
    static final String SS_WIDE = "LISTEN 0      511          0.0.0.0:18789      0.0.0.0:*\n"
            + "LISTEN 0      10              *:18800               *:*\n";
    static final String NFT_DROP = "table inet filter {\n\tchain input {\n"
            + "\t\ttype filter hook input priority filter; policy drop;\n\t\tct state established,related accept\n"
            + "\t}\n}\n";
    static final String NFT_ACCEPT = "table inet filter {\n\tchain input {\n"
            + "\t\ttype filter hook input priority filter; policy accept;\n\t}\n}\n";
    static final String UU_ON = "package: install ok installed\nAPT::Periodic::Unattended-Upgrade \"1\";\n";
    static final String UU_OFF = "package: install ok installed\nAPT::Periodic::Unattended-Upgrade \"0\";\n";
    static final String UU_MISSING = "package: \n";
    static final String EXPOSURE_OK = "  NAME  DESCRIPTION  EXPOSURE\n...\n"
            + "→ Overall exposure level for openclaw-gateway.service: 1.9 OK :-)\n";
    static final String EXPOSURE_BAD = "→ Overall exposure level for openclaw-gateway.service: 9.6 UNSAFE :-{\n";

    static CommandResult ok(String stdout) {
        return CommandResult.ok(stdout);
    }

    enum Expect { PASS, FAIL, NOT_CHECKED }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new SshdPasswordAuthCheck(), ok(SSHD_HARDENED), Expect.PASS, null),
                Arguments.of(new SshdPasswordAuthCheck(), ok(SSHD_WEAK), Expect.FAIL,
                        "sshd -T: passwordauthentication yes, kbdinteractiveauthentication yes"),
                Arguments.of(new SshdPasswordAuthCheck(), CommandResult.failed(127, ""), Expect.NOT_CHECKED,
                        "sshd -T is not installed on the host"),
                Arguments.of(new SshdPasswordAuthCheck(), ok("garbage\n\u001b[2J"), Expect.NOT_CHECKED, null),
                Arguments.of(new SshdRootLoginCheck(), ok(SSHD_HARDENED), Expect.PASS, null),
                Arguments.of(new SshdRootLoginCheck(), ok(SSHD_WEAK), Expect.FAIL, "sshd -T: permitrootlogin yes"),
                Arguments.of(new GatewayLoopbackCheck(), ok(SS_LOOPBACK), Expect.PASS, null),
                Arguments.of(new GatewayLoopbackCheck(), ok(SS_WIDE), Expect.FAIL,
                        "listening on 0.0.0.0:18789, *:18800"),
                Arguments.of(new GatewayLoopbackCheck(), CommandResult.failed(127, ""), Expect.NOT_CHECKED, null),
                Arguments.of(new AgentUserCheck(),
                        ok("openclaw:x:998:998::/var/lib/openclaw:/usr/sbin/nologin\n"), Expect.PASS, null),
                Arguments.of(new AgentUserCheck(), ok("openclaw:x:1000:1000::/home/openclaw:/bin/bash\n"),
                        Expect.FAIL, "user openclaw has login shell /bin/bash"),
                Arguments.of(new AgentUserCheck(), ok("openclaw:x:0:0::/root:/usr/sbin/nologin\n"), Expect.FAIL,
                        "user openclaw has uid 0 (root)"),
                Arguments.of(new AgentUserCheck(), CommandResult.failed(2, ""), Expect.NOT_CHECKED, null),
                Arguments.of(new FileModeCheck(), ok("700 root d /etc/bulwark/credentials\n"
                        + "600 root f /etc/bulwark/credentials/gateway-token\n"
                        + "750 openclaw d /var/lib/openclaw\n"
                        + "600 openclaw f /etc/openclaw/openclaw.json\n"), Expect.PASS, null),
                Arguments.of(new FileModeCheck(), ok("755 root d /etc/bulwark/credentials\n"
                        + "644 root f /etc/bulwark/credentials/gateway-token\n"
                        + "600 www-data f /etc/openclaw/openclaw.json\n"), Expect.FAIL,
                        "/etc/bulwark/credentials mode 0755; /etc/bulwark/credentials/gateway-token mode 0644; "
                                + "/etc/openclaw/openclaw.json owned by www-data"),
                Arguments.of(new FileModeCheck(), new CommandResult(1, "", "find: no such file", false, false),
                        Expect.NOT_CHECKED, null),
                Arguments.of(new TokenLengthCheck(), ok("64\n"), Expect.PASS, null),
                Arguments.of(new TokenLengthCheck(), ok("       12\n"), Expect.FAIL,
                        "/etc/bulwark/credentials/gateway-token holds 12 characters; the policy asks for at least 32"),
                Arguments.of(new TokenLengthCheck(), CommandResult.failed(1, ""), Expect.NOT_CHECKED, null),
                Arguments.of(new TokenLengthCheck(), ok("twelve"), Expect.NOT_CHECKED, null),
                Arguments.of(new FirewallPolicyCheck(), ok(NFT_DROP), Expect.PASS, null),
                Arguments.of(new FirewallPolicyCheck(), ok(NFT_ACCEPT), Expect.FAIL,
                        "input chains: inet filter input policy accept"),
                Arguments.of(new FirewallPolicyCheck(), ok(""), Expect.FAIL, "no nftables chain on the input hook"),
                Arguments.of(new FirewallPolicyCheck(), CommandResult.failed(127, ""), Expect.NOT_CHECKED,
                        "nft is not installed on the host"),
                Arguments.of(new UnattendedUpgradesCheck(), ok(UU_ON), Expect.PASS, null),
                Arguments.of(new UnattendedUpgradesCheck(), ok(UU_OFF), Expect.FAIL,
                        "APT::Periodic::Unattended-Upgrade is '0' (want \"1\")"),
                Arguments.of(new UnattendedUpgradesCheck(), ok(UU_MISSING), Expect.FAIL,
                        "package unattended-upgrades is not installed"),
                Arguments.of(new UnitExposureCheck(), ok(EXPOSURE_OK), Expect.PASS, null),
                Arguments.of(new UnitExposureCheck(), ok(EXPOSURE_BAD), Expect.FAIL,
                        "openclaw-gateway.service exposure 9.6 (at most 2.5 wanted)"),
                Arguments.of(new UnitExposureCheck(), CommandResult.failed(1,
                        "System has not been booted with systemd as init system (PID 1). Can't operate."),
                        Expect.NOT_CHECKED, "systemd-analyze failed with exit status 1: System has not been booted "
                                + "with systemd as init system (PID 1). Can't operate."),
                Arguments.of(new AgentVersionPinnedCheck(), ok("2026.9.6\n"), Expect.PASS, null),
                Arguments.of(new AgentVersionPinnedCheck(), ok("openclaw 2026.8.1\n"), Expect.FAIL,
                        "installed 2026.8.1, blueprint pins 2026.9.6"),
                Arguments.of(new AgentVulnerableCheck(v -> v.compareTo("2026.8.1") < 0
                        ? List.of("CVE-2026-100558 (fixed in 2026.8.1)") : List.of()), ok("2026.9.6\n"),
                        Expect.PASS, null),
                Arguments.of(new AgentVulnerableCheck(v -> v.compareTo("2026.8.1") < 0
                        ? List.of("CVE-2026-100558 (fixed in 2026.8.1)") : List.of()), ok("2026.4.2\n"),
                        Expect.FAIL, "openclaw 2026.4.2: CVE-2026-100558 (fixed in 2026.8.1)"),
                Arguments.of(new AgentVulnerableCheck(v -> List.of()), ok("no version here"), Expect.NOT_CHECKED,
                        null));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("cases")
    void evaluate_output_passesFailsOrCannotCheck(HostCheck check, CommandResult output, Expect expect,
                                                  String detail) {
        CheckResult result = check.evaluate(output, CONTEXT);

        switch (expect) {
            case PASS -> assertEquals(CheckResult.pass(), result);
            case FAIL -> {
                List<Finding> findings = assertInstanceOf(CheckResult.Checked.class, result).findings();
                assertEquals(1, findings.size(), findings::toString);
                assertEquals(check.rule().id(), findings.get(0).ruleId());
                if (detail != null) {
                    assertEquals(detail, findings.get(0).evidence());
                }
            }
            case NOT_CHECKED -> {
                CheckResult.NotChecked notChecked = assertInstanceOf(CheckResult.NotChecked.class, result);
                if (detail != null) {
                    assertEquals(detail, notChecked.reason());
                }
            }
        }
    }

    @Test
    void openClawAudit_findingsJson_mapsSeveritiesAndSkipsPasses() {
        String json = "(node:1) ExperimentalWarning: something\n{\"findings\":["
                + "{\"checkId\":\"gateway.bind_no_auth\",\"severity\":\"critical\",\"title\":\"Gateway bound without auth\"},"
                + "{\"checkId\":\"gateway.token_too_short\",\"severity\":\"warn\",\"title\":\"Token \\u001b[31mshort\"},"
                + "{\"checkId\":\"logging.redact\",\"severity\":\"info\",\"title\":\"Redaction on\"},"
                + "{\"checkId\":\"fs.perms\",\"severity\":\"ok\"}]}";
        CheckResult result = new OpenClawAuditCheck().evaluate(new CommandResult(1, json, "", false, false), CONTEXT);

        List<Finding> findings = assertInstanceOf(CheckResult.Checked.class, result).findings();
        assertEquals(List.of(Severity.CRITICAL, Severity.MEDIUM, Severity.INFO),
                findings.stream().map(Finding::severity).toList());
        assertEquals("gateway.token_too_short [warn]: Token ?[31mshort", findings.get(1).evidence());
    }

    @Test
    void openClawAudit_commandAbsent_isAnInfoFindingNotAPass() {
        CheckResult result = new OpenClawAuditCheck().evaluate(CommandResult.failed(127, ""), CONTEXT);

        List<Finding> findings = assertInstanceOf(CheckResult.Checked.class, result).findings();
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertTrue(findings.get(0).evidence().contains("not installed"));
    }

    @Test
    void openClawAudit_notJson_isNotChecked() {
        CheckResult result = new OpenClawAuditCheck().evaluate(ok("{\"findings\": [oops"), CONTEXT);

        assertInstanceOf(CheckResult.NotChecked.class, result);
    }

    @Test
    void commands_quoteEveryLayoutValue() {
        HostLayout layout = HostLayout.defaults();
        assertEquals("sshd -T -f '/etc/ssh/sshd_config'", new SshdPasswordAuthCheck().command(layout).shell());
        assertEquals("getent passwd 'openclaw'", new AgentUserCheck().command(layout).shell());
        assertTrue(new TokenLengthCheck().command(layout).shell()
                .startsWith("test -r '/etc/bulwark/credentials/gateway-token' && "));
    }
}
