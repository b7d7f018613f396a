package dev.bulwark.cli.verify;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.deploy.pipeline.DeployedEndpoint;
import dev.bulwark.findings.Severity;
import dev.bulwark.verify.LoopbackServers;
import dev.bulwark.verify.TestProbes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deploy's verify step through the engine (no argv): real loopback servers, every endpoint in one report, and
 * verify's exit codes: 0 passed, 1 findings at or above --fail-on, 3 when an endpoint could not be checked.
 */
class EndpointVerificationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private LoopbackServers servers;
    private Blueprint blueprint;

    @BeforeEach
    void start() throws Exception {
        servers = new LoopbackServers();
        blueprint = new BlueprintLoader().load(Path.of("../blueprints/openclaw-container.yaml"));
    }

    @AfterEach
    void stop() throws IOException {
        servers.close();
    }

    private int verify(Severity findingSeverity, List<DeployedEndpoint> endpoints) {
        return new EndpointVerification(List.of(TestProbes.connect(findingSeverity)), Severity.MEDIUM, CLOCK,
                new PrintWriter(out, true), new PrintWriter(err, true)).verify(blueprint, endpoints);
    }

    private static DeployedEndpoint endpoint(int port) {
        return new DeployedEndpoint("https://127.0.0.1:" + port + "/", Optional.empty());
    }

    @Test
    void verify_reachableEndpointsWithoutFindings_exit0AndOneReportNamingEach() throws IOException {
        int first = servers.silentPort();
        int second = servers.silentPort();

        int exit = verify(null, List.of(endpoint(first), endpoint(second)));

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("127.0.0.1:" + first) && out.toString().contains("127.0.0.1:" + second),
                out.toString());
    }

    @Test
    void verify_findingAtOrAboveFailOn_exit1() throws IOException {
        assertEquals(1, verify(Severity.HIGH, List.of(endpoint(servers.silentPort()))), out.toString());
    }

    @Test
    void verify_oneEndpointUnreachable_exit3NeverAPass() throws IOException {
        int exit = verify(null, List.of(endpoint(servers.silentPort()), endpoint(LoopbackServers.closedPort())));

        assertEquals(3, exit, out + "\n" + err);
    }
}
