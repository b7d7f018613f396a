package dev.bulwark.cli.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.verify.LoopbackServers;
import dev.bulwark.verify.Probe;
import dev.bulwark.verify.TestProbes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code verify --ssh} through {@link Main}: how the option combines with the others and that an SSH server that
 * cannot be reached is never a pass. The checks against real SSH servers are in hardening (MINA SSHD) and in
 * tests (OpenSSH, {@code SshVerifyIT}).
 */
class VerifySshOptionTest extends LoopbackVerifyTest {
    int run(List<Probe> probes, String... args) {
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        return cli.run(probes, all.toArray(String[]::new));
    }

    static int closedPort() throws IOException {
        return LoopbackServers.closedPort();
    }

    @Test
    void verify_sshAloneToClosedPort_runsOnlyTheSshProbeAndExits3() throws IOException {
        int port = closedPort();
        int code = run(List.of(TestProbes.connect(null)), "--ssh", "127.0.0.1:" + port, "--format", "json");

        assertEquals(3, code, err.toString());
        JsonNode target = new ObjectMapper().readTree(out.toString()).path("targets").get(0);
        assertEquals("ssh://127.0.0.1:" + port, target.path("name").asText(), out.toString());
        assertEquals(1, target.path("probes").size(), out.toString());
        assertEquals("ssh", target.path("probes").get(0).path("id").asText(), out.toString());
        assertTrue(target.path("probes").get(0).path("reason").asText().contains("connection refused"), out.toString());
    }

    @Test
    void verify_urlAndSsh_runsTheUrlProbesAndTheSshProbe() throws IOException {
        int code = run(List.of(TestProbes.connect(null)), url, "--ssh", "127.0.0.1:" + closedPort(),
                "--format", "json");

        assertEquals(3, code, err.toString());
        JsonNode probes = new ObjectMapper().readTree(out.toString()).path("targets").get(0).path("probes");
        List<String> ids = new ArrayList<>();
        probes.forEach(p -> ids.add(p.path("id").asText()));
        assertEquals(List.of("connect", "ssh"), ids, out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--ssh,host:ssh                                 | --ssh 'host:ssh': 'ssh' is not a port number",
        "--ssh,203.0.113.10,--host,203.0.113.10         | --host needs the deployment's URL",
        "--ssh,203.0.113.10,--targets,TARGETS           | --ssh applies to a single deployment"})
    void verify_sshMisuse_exits2WithAMessage(String args, String message) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.yaml"), "- url: https://agent.example.com\n");
        String[] argv = args.replace("TARGETS", targets.toString()).split(",");

        int code = run(List.of(), argv);

        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(message), err.toString());
    }
}
