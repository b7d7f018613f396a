package dev.bulwark.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bulwark audit-host} through {@link Main}: what it refuses before connecting, and that a host it cannot
 * reach exits 3. The audit against a real sshd and a prepared host is {@code AuditHostIT} in the tests module.
 */
class AuditHostCommandTest {
    @TempDir
    Path dir;
    Path key;
    Path knownHosts;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void files() throws IOException {
        key = Files.writeString(dir.resolve("id_ed25519"), "not read before the connection\n");
        knownHosts = Files.writeString(dir.resolve("known_hosts"), "");
    }

    int run(String... args) {
        List<String> all = new ArrayList<>(List.of("audit-host"));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void auditHost_help_teachesWithExamplesAndExitCodes() {
        int code = run("--help");

        assertEquals(0, code);
        assertTrue(out.toString().contains("--known-hosts"), out.toString());
        assertTrue(out.toString().contains("Examples:"), out.toString());
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
        assertTrue(out.toString().contains("BULWARK_SSH_PASSPHRASE"), out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "203.0.113.10,--user,admin,--identity,KEY                                | --known-hosts",
        "203.0.113.10,--user,admin,--identity,MISSING,--known-hosts,KH          | --identity file",
        "203.0.113.10,--user,admin,--identity,KEY,--known-hosts,KH,--layout,x=y | unknown key",
        "203.0.113.10,--user,admin,--identity,KEY,--known-hosts,KH,--layout,stateDir=/a b | --layout",
        "203.0.113.10:ssh,--user,admin,--identity,KEY,--known-hosts,KH          | not a port number",
        "203.0.113.10,--user,a;b,--identity,KEY,--known-hosts,KH                | not a user name"})
    void auditHost_badCommandLine_exits2BeforeConnecting(String args, String message) {
        String[] argv = args.replace("MISSING", dir.resolve("nope").toString()).replace("KEY", key.toString())
                .replace("KH", knownHosts.toString()).split(",");

        int code = run(argv);

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @ParameterizedTest
    @CsvSource({"correct horse battery, 3", "wrong-passphrase-value, 2"})
    void auditHost_encryptedKeyWithPassphraseOnStdin_usesItAndNeverEchoesIt(String typed, int expected)
            throws Exception {
        Path encrypted = dir.resolve("id_encrypted");
        com.jcraft.jsch.KeyPair.genKeyPair(new com.jcraft.jsch.JSch(), com.jcraft.jsch.KeyPair.RSA, 2048)
                .writePrivateKey(encrypted.toString(), "correct horse battery".getBytes(StandardCharsets.UTF_8));
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((typed + "\n").getBytes(StandardCharsets.UTF_8)));
            int code = run("127.0.0.1:" + closedPort(), "--user", "admin", "--identity", encrypted.toString(),
                    "--known-hosts", knownHosts.toString(), "--passphrase-stdin", "--command-timeout", "3s");

            assertEquals(expected, code, err.toString());
            assertTrue((out.toString() + err).contains(expected == 2 ? "cannot use identity" : "cannot reach"),
                    out + "\n" + err);
            assertFalse(err.toString().contains(typed) || out.toString().contains(typed), "passphrase echoed");
        } finally {
            System.setIn(stdin);
        }
    }

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void auditHost_closedPort_exits3AndSaysNothingWasChecked() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path realKey = dir.resolve("id_rsa");
        com.jcraft.jsch.KeyPair.genKeyPair(new com.jcraft.jsch.JSch(), com.jcraft.jsch.KeyPair.RSA, 2048)
                .writePrivateKey(realKey.toString());
        Path report = dir.resolve("host.json");
        int code = run("127.0.0.1:" + port, "--user", "admin", "--identity", realKey.toString(), "--known-hosts",
                knownHosts.toString(), "--command-timeout", "3s", "--format", "json", "--output", report.toString());

        assertEquals(3, code, err.toString());
        assertTrue(err.toString().contains("could not be checked, so the run is not a pass"), err.toString());
        assertTrue(Files.isRegularFile(report), "a CI upload step finds a report: " + err);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(report.toFile());
        assertFalse(json.at("/targets/0/checked").asBoolean(true), json.toString());
        assertTrue(json.at("/targets/0/notChecked/0").asText().contains("cannot reach 127.0.0.1:" + port),
                json.toString());
        assertEquals("TARGET_UNREACHABLE", json.at("/findings/0/ruleId").asText(), json.toString());
    }

    @Test
    void auditHost_timeout_boundsTheWholeRunIncludingTheLogin() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) { // accepts into the backlog, never speaks SSH
            Path realKey = dir.resolve("id_rsa");
            com.jcraft.jsch.KeyPair.genKeyPair(new com.jcraft.jsch.JSch(), com.jcraft.jsch.KeyPair.RSA, 2048)
                    .writePrivateKey(realKey.toString());
            long start = System.nanoTime();
            int code = run("127.0.0.1:" + silent.getLocalPort(), "--user", "admin", "--identity", realKey.toString(),
                    "--known-hosts", knownHosts.toString(), "--timeout", "2s", "--command-timeout", "20s");
            long seconds = java.time.Duration.ofNanos(System.nanoTime() - start).toSeconds();

            assertEquals(3, code, out + "\n" + err);
            assertTrue(seconds < 10, "--timeout 2s bounds the login too, took " + seconds + " s");
        }
    }
}
