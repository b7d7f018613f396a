package dev.bulwark.acceptance.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.ssh.SshdConfigRenderer;
import dev.bulwark.blueprint.Admin;
import dev.bulwark.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host baseline's rendered sshd drop-in, run by the real OpenSSH server on a loopback port, checked from
 * outside by {@code bulwark verify --ssh}: every SSH check must pass (only informational findings may remain).
 */
@Timeout(120)
class BaselineSshdIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void sshd() {
        OpenSshServer.assumeAvailable();
    }

    @Test
    void verifySsh_renderedBaselineDropIn_passesEverySshCheck() throws Exception {
        String dropIn = new SshdConfigRenderer().render(new Admin(List.of("203.0.113.0/24"), List.of(),
                Optional.empty(), "ubuntu"), 18789).content();
        // The test's generated host keys stand in for the instance's /etc/ssh keys; everything else is as rendered.
        String settings = dropIn.lines().filter(line -> !line.startsWith("HostKey "))
                .collect(Collectors.joining("\n"));

        try (OpenSshServer server = OpenSshServer.start(dir, settings)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"verify", "--ssh", server.address(), "--format", "json",
                "--fail-on", "low"}, new PrintWriter(out, true), new PrintWriter(err, true));

            JsonNode report = new ObjectMapper().readTree(out.toString());
            List<String> notInfo = new ArrayList<>();
            report.path("findings").forEach(f -> {
                if (!"info".equals(f.path("severity").asText())) {
                    notInfo.add(f.path("ruleId").asText() + ": " + f.path("evidence").asText());
                }
            });
            assertEquals(List.of(), notInfo, out + "\n" + err);
            assertEquals(0, exit, out + "\n" + err);
        }
    }
}
