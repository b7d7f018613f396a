package dev.bulwark.acceptance.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark verify --ssh} against the real OpenSSH server, hardened and deliberately weak. */
@Timeout(120)
class SshVerifyIT {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void sshd() {
        OpenSshServer.assumeAvailable();
    }

    /** Rule id to evidence, from the JSON report. */
    Map<String, String> verify(OpenSshServer server) throws Exception {
        int code = Main.run(new String[] {"verify", "--ssh", server.address(), "--format", "json"},
                new PrintWriter(out), new PrintWriter(err));
        JsonNode report = new ObjectMapper().readTree(out.toString());
        Map<String, String> found = new TreeMap<>();
        report.path("findings").forEach(f -> found.put(f.path("ruleId").asText(), f.path("evidence").asText()));
        found.put("exit", Integer.toString(code));
        return found;
    }

    @Test
    void verifySsh_hardenedOpenSsh_passesEveryCheck() throws Exception {
        try (OpenSshServer server = OpenSshServer.start(dir, OpenSshServer.HARDENED)) {
            Map<String, String> found = verify(server);

            assertEquals(Map.of("exit", "0"), found, out + "\n" + err);
        }
    }

    @Test
    void verifySsh_weakOpenSsh_reportsPasswordAndAlgorithms() throws Exception {
        try (OpenSshServer server = OpenSshServer.start(dir, OpenSshServer.WEAK)) {
            Map<String, String> found = verify(server);

            assertEquals("1", found.get("exit"), out + "\n" + err);
            assertTrue(found.keySet().containsAll(Set.of("SSH_PASSWORD_AUTH", "SSH_BROKEN_ALGORITHMS",
                    "SSH_WEAK_ALGORITHMS", "SSH_VERSION_DISCLOSED")), found.toString());
            assertTrue(found.get("SSH_PASSWORD_AUTH").contains("password"), found.toString());
            for (String name : new String[] {"kex diffie-hellman-group1-sha1", "host key ssh-rsa", "cipher 3des-cbc",
                    "mac hmac-md5", "mac hmac-sha1"}) {
                assertTrue(found.get("SSH_BROKEN_ALGORITHMS").contains(name), name + " in " + found);
            }
            assertTrue(found.get("SSH_WEAK_ALGORITHMS").contains("kex ecdh-sha2-nistp256"), found.toString());
            assertTrue(found.get("SSH_VERSION_DISCLOSED").contains("Debian"), found.toString());
        }
    }
}
