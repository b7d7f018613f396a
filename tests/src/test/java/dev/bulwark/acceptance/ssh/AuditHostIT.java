package dev.bulwark.acceptance.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark audit-host} against a loopback "host": real OpenSSH with key login and a pinned host key, and a
 * layout the test prepares with known faults (an agent user with a shell, open credential modes, a short token,
 * a gateway socket on 0.0.0.0). Tools that cannot work here (nft without CAP_NET_ADMIN, systemd-analyze without
 * systemd) must show up as "not checked", never as passed.
 */
@Timeout(180)
class AuditHostIT {
    static final String AGENT_USER = "bulwark-it-agent";
    @TempDir
    Path dir;
    Path layoutDir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void sshd() throws Exception {
        OpenSshServer.assumeAvailable();
        if (OpenSshServer.run("sh", "-c", "getent passwd " + AGENT_USER + " || true").isBlank()) {
            OpenSshServer.run("useradd", "--system", "--no-create-home", "--shell", "/bin/sh", AGENT_USER);
        }
    }

    @BeforeEach
    void layout() throws Exception {
        layoutDir = Files.createDirectories(dir.resolve("host"));
        Path credentials = Files.createDirectories(layoutDir.resolve("credentials"));
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path token = Files.writeString(credentials.resolve("gateway-token"), "short-token\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        Path state = Files.createDirectories(layoutDir.resolve("state"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
        Path config = Files.writeString(state.resolve("openclaw.json"), "{}\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    }

    List<String> args(OpenSshServer server, Path key, Path knownHosts, Path sshdConfig, int gatewayPort) {
        return new ArrayList<>(List.of("audit-host", server.address(), "--user", "root", "--identity",
                key.toString(), "--known-hosts", knownHosts.toString(), "--format", "json",
                "--layout", "agentUser=" + AGENT_USER,
                "--layout", "credentialDir=" + layoutDir.resolve("credentials"),
                "--layout", "tokenFile=" + layoutDir.resolve("credentials/gateway-token"),
                "--layout", "stateDir=" + layoutDir.resolve("state"),
                "--layout", "configFile=" + layoutDir.resolve("state/openclaw.json"),
                "--layout", "sshdConfig=" + sshdConfig,
                "--layout", "gatewayPort=" + gatewayPort));
    }

    int run(List<String> args) {
        return Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void auditHost_preparedHost_reportsEachPlantedFaultAndNeverPassesWhatItCannotSee() throws Exception {
        try (OpenSshServer server = OpenSshServer.start(dir.resolve("sshd"), OpenSshServer.HARDENED);
             ServerSocket gateway = new ServerSocket(0, 5, InetAddress.getByName("0.0.0.0"))) {
            Path key = server.authorizeNewKey();
            Path knownHosts = Files.writeString(dir.resolve("known_hosts"), server.knownHostsLine() + "\n");

            int code = run(args(server, key, knownHosts, server.config, gateway.getLocalPort()));

            JsonNode report = new ObjectMapper().readTree(out.toString());
            Map<String, String> findings = new TreeMap<>();
            report.path("findings").forEach(f -> findings.merge(f.path("ruleId").asText(),
                    f.path("evidence").asText(), (a, b) -> a + " | " + b));
            Map<String, JsonNode> probes = new TreeMap<>();
            report.path("targets").get(0).path("probes").forEach(p -> probes.put(p.path("id").asText(), p));
            String context = out + "\n" + err;

            assertEquals("checked", probes.get("sshd-password").path("status").asText(), context);
            assertFalse(findings.containsKey("HOST_SSHD_PASSWORD_AUTH"), context);
            assertFalse(findings.containsKey("HOST_SSHD_ROOT_LOGIN"), context);
            assertTrue(findings.get("HOST_AGENT_USER_SHELL").contains("login shell /bin/sh"), context);
            assertTrue(findings.get("HOST_TOKEN_SHORT").contains("holds 11 characters"), context);
            String modes = findings.get("HOST_FILE_MODE");
            assertTrue(modes.contains("credentials mode 0755") && modes.contains("gateway-token mode 0644"), context);
            assertFalse(modes.contains("openclaw.json"), context);
            if (OpenSshServer.run("sh", "-c", "command -v ss || true").isBlank()) {
                assertTrue(probes.get("gateway-bind").path("reason").asText().contains("ss is not installed"), context);
            } else {
                assertTrue(findings.get("HOST_GATEWAY_NOT_LOOPBACK").contains(":" + gateway.getLocalPort()), context);
            }
            boolean openclawInstalled = !OpenSshServer.run("sh", "-c", "command -v openclaw || true").isBlank();
            if (!openclawInstalled) {
                assertTrue(findings.get("HOST_OPENCLAW_AUDIT").contains("not installed"), context);
            } else {
                // Installed: its own audit runs as the agent user; whatever it says is mapped, or it is not checked.
                assertTrue(findings.containsKey("HOST_OPENCLAW_AUDIT")
                        || !probes.get("openclaw-audit").path("status").asText().equals("checked"), context);
            }
            assertFalse(err.toString().contains("short-token"), "the token's value must never leave the host");
            assertFalse(out.toString().contains("short-token"), "the token's value must never leave the host");

            boolean anyNotChecked = probes.values().stream().anyMatch(p -> !p.path("status").asText().equals("checked"));
            assertEquals(anyNotChecked ? 3 : 1, code, context);
            for (JsonNode probe : probes.values()) {
                if (!probe.path("status").asText().equals("checked")) {
                    assertTrue(probe.path("reason").asText().startsWith("could not check: "), probe.toString());
                }
            }
        }
    }

    @Test
    void auditHost_weakSshdConfig_reportsPasswordAndRootLogin() throws Exception {
        try (OpenSshServer server = OpenSshServer.start(dir.resolve("sshd"), OpenSshServer.HARDENED);
             OpenSshServer weak = OpenSshServer.start(dir.resolve("weak"), OpenSshServer.WEAK)) {
            Path key = server.authorizeNewKey();
            Path knownHosts = Files.writeString(dir.resolve("known_hosts"), server.knownHostsLine() + "\n");

            run(args(server, key, knownHosts, weak.config, 18789));

            String json = out.toString();
            assertTrue(json.contains("\"HOST_SSHD_PASSWORD_AUTH\""), json);
            assertTrue(json.contains("passwordauthentication yes"), json);
            assertTrue(json.contains("\"HOST_SSHD_ROOT_LOGIN\""), json);
        }
    }

    @Test
    void auditHost_hostKeyNotPinned_refusesAndExits3() throws Exception {
        try (OpenSshServer server = OpenSshServer.start(dir.resolve("sshd"), OpenSshServer.HARDENED);
             OpenSshServer other = OpenSshServer.start(dir.resolve("other"), OpenSshServer.HARDENED)) {
            Path key = server.authorizeNewKey();
            String otherKey = other.knownHostsLine().split(" ", 2)[1];
            Path wrong = Files.writeString(dir.resolve("known_hosts"),
                    "[127.0.0.1]:" + server.port + " " + otherKey + "\n");

            int code = run(args(server, key, wrong, server.config, 18789));

            assertEquals(3, code, err.toString());
            // The report is written even now (a CI upload step always finds one); it says why nothing was checked.
            String all = out + "\n" + err;
            assertTrue(all.contains("does not match the one pinned"), all);
            assertTrue(err.toString().contains("could not be checked"), err.toString());
        }
    }
}
