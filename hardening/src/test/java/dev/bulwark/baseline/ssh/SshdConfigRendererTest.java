package dev.bulwark.baseline.ssh;

import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.baseline.RealTool;
import dev.bulwark.blueprint.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SshdConfigRendererTest {
    private static final int GATEWAY_PORT = 18789;
    private final String config = new SshdConfigRenderer().render(BaselineFixtures.withAdminNetworks().admin(),
            GATEWAY_PORT).content();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PasswordAuthentication | no",
            "KbdInteractiveAuthentication | no",
            "PermitRootLogin | no",
            "PermitEmptyPasswords | no",
            "AuthenticationMethods | publickey",
            "AllowUsers | ubuntu",
            "MaxAuthTries | 3",
            "X11Forwarding | no",
            "AllowTcpForwarding | no",
            "AllowAgentForwarding | no",
            "PermitUserEnvironment | no",
            "Ciphers | aes256-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-gcm@openssh.com,aes128-ctr",
            "MACs | hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com",
            "KexAlgorithms | sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,"
                    + "diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group-exchange-sha256",
    })
    void render_adminUbuntu_setsHardenedKeyword(String keyword, String value) {
        assertEquals(List.of(keyword + " " + value), config.lines().filter(l -> l.startsWith(keyword + " ")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh-rsa", "ssh-dss", "diffie-hellman-group14-sha1", "ecdh-sha2-nistp256", "hmac-sha1",
            "chacha20-poly1305@openssh.com", "-cbc", "umac-64", "ecdsa-sha2-nistp256"})
    void render_anyAdmin_offersNoWeakAlgorithmOutsideLightsailsUser(String weak) {
        globalSection(config).lines().filter(l -> !l.startsWith("#"))
                .forEach(l -> assertTrue(!l.contains(weak), l));
    }

    /** Everything before the one Match block (Lightsail's login user), i.e. what every other user gets. */
    private static String globalSection(String dropIn) {
        int match = dropIn.indexOf("\nMatch ");
        return match < 0 ? dropIn : dropIn.substring(0, match);
    }

    @Test
    void render_otherAdminUser_admitsAdminAndLightsailUserOnly() {
        String dropIn = new SshdConfigRenderer().render(new Admin(List.of(), List.of(), Optional.empty(), "ops"),
                GATEWAY_PORT)
                .content();

        assertEquals(List.of("AllowUsers ops ubuntu"), dropIn.lines().filter(l -> l.startsWith("AllowUsers ")).toList());
    }

    @Test
    void render_anyAdmin_matchBlockGivesLightsailUserTheHardenedCaListPlusSha1RsaAndTheTunnelForward() {
        String hardened = config.lines().filter(l -> l.startsWith("CASignatureAlgorithms ")).findFirst().orElseThrow();
        List<String> matchBlock = config.substring(config.indexOf("\nMatch ")).strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();

        assertEquals(List.of("Match User ubuntu", hardened + ",ssh-rsa", "AllowTcpForwarding local",
                "PermitOpen 127.0.0.1:" + GATEWAY_PORT), matchBlock);
    }

    @Test
    void render_anyAdmin_maxAuthTriesAtMostThree() {
        int tries = Integer.parseInt(config.lines().filter(l -> l.startsWith("MaxAuthTries ")).findFirst()
                .orElseThrow().split(" ")[1]);
        assertTrue(tries <= 3, "MaxAuthTries " + tries);
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "Admin", "a b", "x\nPermitRootLogin yes"})
    void render_userNotALoginName_isRefused(String user) {
        Admin admin = new Admin(List.of(), List.of(), Optional.empty(), user);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SshdConfigRenderer().render(admin, GATEWAY_PORT));
        assertTrue(e.getMessage().contains("blueprint"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65_536})
    void render_gatewayPortNotATcpPort_isRefused(int port) {
        Admin admin = BaselineFixtures.withAdminNetworks().admin();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SshdConfigRenderer().render(admin, port));
        assertTrue(e.getMessage().contains("agent.port"), e.getMessage());
    }

    @Test
    void sshdTest_renderedDropIn_isAcceptedByRealSshd(@TempDir Path dir) throws Exception {
        String sshd = RealTool.require("sshd", "openssh-server");
        String keygen = RealTool.require("ssh-keygen", "openssh-client");
        Path privsep = Path.of("/run/sshd");
        if (!Files.isDirectory(privsep)) {
            try {
                Files.createDirectories(privsep);
            } catch (Exception e) {
                RealTool.unavailable("sshd -t needs its privilege separation directory /run/sshd");
            }
        }
        for (String type : List.of("ed25519", "rsa")) {
            RealTool.Result key = RealTool.run(List.of(keygen, "-q", "-t", type, "-N", "", "-f",
                    dir.resolve("host_" + type).toString()));
            assertEquals(0, key.exitCode(), key.output());
        }
        String dropIn = config.replace("/etc/ssh/ssh_host_ed25519_key", dir.resolve("host_ed25519").toString())
                .replace("/etc/ssh/ssh_host_rsa_key", dir.resolve("host_rsa").toString());
        Path dropInFile = RealTool.write(dir, "sshd_config.d/01-bulwark-hardening.conf", dropIn);
        // Ubuntu's own sshd_config: the Include first, then the stock settings.
        Path main = RealTool.write(dir, "sshd_config", "Include " + dropInFile + "\nUsePAM yes\n"
                + "PidFile " + dir.resolve("sshd.pid") + "\nSubsystem sftp /usr/lib/openssh/sftp-server\n");

        RealTool.Result check = RealTool.run(List.of(sshd, "-t", "-f", main.toString()));
        assertEquals(0, check.exitCode(), check.output());

        RealTool.Result effective = RealTool.run(List.of(sshd, "-T", "-f", main.toString(),
                "-C", "user=ubuntu,host=admin.example,addr=203.0.113.9"));
        assertEquals(0, effective.exitCode(), effective.output());
        for (String expected : List.of("passwordauthentication no", "kbdinteractiveauthentication no",
                "permitrootlogin no", "maxauthtries 3", "allowusers ubuntu", "allowtcpforwarding local",
                "permitopen 127.0.0.1:" + GATEWAY_PORT, "allowstreamlocalforwarding no", "gatewayports no",
                "casignaturealgorithms sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa")) {
            assertTrue(effective.output().lines().anyMatch(expected::equals), expected + " in\n" + effective.output());
        }
        // Any other user (and the settings after the Include, for everyone) keep the hardened CA list.
        RealTool.Result other = RealTool.run(List.of(sshd, "-T", "-f", main.toString(),
                "-C", "user=ops,host=admin.example,addr=203.0.113.9"));
        assertEquals(0, other.exitCode(), other.output());
        assertTrue(other.output().lines().anyMatch(
                "casignaturealgorithms sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256"::equals),
                other.output());
        assertTrue(other.output().lines().anyMatch("usepam yes"::equals), other.output());
        // ...and forward nothing.
        assertTrue(other.output().lines().anyMatch("allowtcpforwarding no"::equals), other.output());
    }
}
