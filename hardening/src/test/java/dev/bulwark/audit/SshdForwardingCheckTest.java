package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.baseline.RealTool;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.findings.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HOST_SSHD_FORWARDING_WIDE on what the real {@code sshd -T} prints for real config files: the host baseline's
 * rendered drop-in (compliant) and the same drop-in with one line changed (non-compliant). The check's own
 * command runs here through bash, against the test's sshd_config instead of /etc/ssh's.
 */
class SshdForwardingCheckTest {
    private static final int GATEWAY_PORT = 18789;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the rendered drop-in as is
            "''                                                      | ''                                    | ''",
            // forwarding for every user
            "AllowTcpForwarding no                                   | AllowTcpForwarding yes                | allowtcpforwarding yes for every user",
            // the tunnel user may open anything
            "    PermitOpen 127.0.0.1:" + GATEWAY_PORT + "           |     PermitOpen any                    | permitopen any for ubuntu (only 127.0.0.1:18789 is needed)",
            // ... or another port
            "    PermitOpen 127.0.0.1:" + GATEWAY_PORT + "           |     PermitOpen 127.0.0.1:22           | permitopen 127.0.0.1:22 for ubuntu (only 127.0.0.1:18789 is needed)",
            // ... or remote forwards too
            "    AllowTcpForwarding local                            |     AllowTcpForwarding yes            | allowtcpforwarding yes for ubuntu",
            "GatewayPorts no                                         | GatewayPorts yes                      | gatewayports yes",
            "AllowStreamLocalForwarding no                           | AllowStreamLocalForwarding yes        | allowstreamlocalforwarding yes",
    })
    void evaluate_realSshdOnRenderedDropIn_passesAsRenderedFailsWhenWidened(String line, String replacement,
                                                                            String evidence) throws Exception {
        String rendered = new SshdConfigRenderer().render(BaselineFixtures.withAdminNetworks().admin(), GATEWAY_PORT)
                .content();
        String dropIn = rendered;
        if (!line.isEmpty()) {
            // CSV trims the values: the line is found by its text, and keeps its indentation (Match block or not).
            String original = dropIn.lines().filter(l -> l.strip().equals(line)).findFirst()
                    .orElseThrow(() -> new AssertionError(line + " not in\n" + rendered));
            String indented = original.substring(0, original.indexOf(line)) + replacement;
            dropIn = dropIn.replace(original + "\n", indented + "\n");
        }
        CommandResult output = sshdT(dropIn);

        CheckResult result = new SshdForwardingCheck().evaluate(output, context());

        List<Finding> findings = assertInstanceOf(CheckResult.Checked.class, result, () -> result + "\n"
                + output).findings();
        if (evidence.isEmpty()) {
            assertEquals(List.of(), findings);
        } else {
            assertEquals(1, findings.size(), findings::toString);
            assertEquals(SshdForwardingCheck.RULE.id(), findings.get(0).ruleId());
            assertTrue(findings.get(0).evidence().contains(evidence), findings.get(0).evidence());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "allowtcpforwarding no                                  | sshd -T did not print the settings",
            "allowtcpforwarding no\\n" + SshdForwardingCheck.SEPARATOR + "\\nport 22 | no allowtcpforwarding setting",
    })
    void evaluate_unreadableOutput_isNotChecked(String stdout, String reason) {
        CheckResult result = new SshdForwardingCheck().evaluate(CommandResult.ok(stdout.replace("\\n", "\n")),
                context());

        assertTrue(assertInstanceOf(CheckResult.NotChecked.class, result).reason().contains(reason), result::toString);
    }

    private HostContext context() {
        return new HostContext("203.0.113.10:22", HostLayout.defaults().withGatewayPort(GATEWAY_PORT),
                HostChecksTest.PINNED, 32);
    }

    /** The check's command, run by bash against a main config that includes {@code dropIn} as Ubuntu's does. */
    private CommandResult sshdT(String dropIn) throws Exception {
        RealTool.require("sshd", "openssh-server");
        String keygen = RealTool.require("ssh-keygen", "openssh-client");
        if (!Files.isDirectory(Path.of("/run/sshd"))) {
            try {
                Files.createDirectories(Path.of("/run/sshd"));
            } catch (Exception e) {
                RealTool.unavailable("sshd -T needs its privilege separation directory /run/sshd");
            }
        }
        for (String type : List.of("ed25519", "rsa")) {
            RealTool.run(List.of(keygen, "-q", "-t", type, "-N", "", "-f", dir.resolve("host_" + type).toString()));
        }
        Path dropInFile = RealTool.write(dir, "sshd_config.d/01-bulwark-hardening.conf", dropIn
                .replace("/etc/ssh/ssh_host_ed25519_key", dir.resolve("host_ed25519").toString())
                .replace("/etc/ssh/ssh_host_rsa_key", dir.resolve("host_rsa").toString()));
        Path main = RealTool.write(dir, "sshd_config", "Include " + dropInFile + "\nUsePAM yes\n");
        HostLayout layout = HostLayout.defaults();
        layout = new HostLayout(layout.agentUser(), layout.stateDir(), layout.configFile(), layout.credentialDir(),
                layout.tokenFile(), layout.unit(), GATEWAY_PORT, main.toString());
        String command = new SshdForwardingCheck().command(layout).shell();
        RealTool.Result run = RealTool.run(List.of("bash", "-c", "PATH=/usr/sbin:/usr/bin:$PATH; " + command));
        return run.exitCode() == 0 ? CommandResult.ok(run.output())
                : CommandResult.failed(run.exitCode(), run.output());
    }
}
