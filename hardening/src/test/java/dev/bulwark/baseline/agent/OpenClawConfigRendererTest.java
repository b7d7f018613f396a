package dev.bulwark.baseline.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.baseline.RealTool;
import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenClawConfigRendererTest {
    private final Blueprint blueprint = BaselineFixtures.withSkills(2);
    private final JsonNode config;

    OpenClawConfigRendererTest() throws Exception {
        config = new ObjectMapper().readTree(
                new OpenClawConfigRenderer().render(blueprint.agent(), blueprint.domain()).content());
    }

    @ParameterizedTest
    @CsvSource({
            "/gateway/mode, local", "/gateway/bind, loopback", "/gateway/port, 18789", "/gateway/auth/mode, token",
            "/gateway/trustedProxies, [\"127.0.0.1\"]", "/gateway/allowRealIpFallback, false",
            "/gateway/controlUi/allowedOrigins, '[\"https://agent.example.com\",\"https://chat.example.com\"]'",
            "/discovery/mdns/mode, off", "/session/dmScope, per-channel-peer",
            "/agents/defaults/sandbox/mode, non-main", "/tools/profile, messaging",
            "/tools/deny, '[\"group:automation\",\"group:runtime\",\"group:fs\",\"sessions_spawn\",\"sessions_send\"]'",
            "/tools/fs/workspaceOnly, true", "/tools/exec/security, deny", "/tools/exec/ask, always",
            "/tools/elevated/enabled, false", "/tools/sessions/visibility, agent", "/tools/agentToAgent/enabled, false",
            "/agents/defaults/skills, '[\"skill-0\",\"skill-1\"]'",
            "/skills/allowBundled, '[\"skill-0\",\"skill-1\"]'",
            "/security/installPolicy/enabled, true",
            "/security/installPolicy/targets, '[\"skill\",\"plugin\"]'",
            "/security/installPolicy/exec/command, /opt/bulwark/policy/install-policy",
            "/security/installPolicy/exec/timeoutMs, 10000",
    })
    void render_blueprint_hasHardenedValue(String pointer, String expected) {
        JsonNode node = config.at(pointer);
        assertEquals(expected, node.isValueNode() ? node.asText() : node.toString(), pointer);
    }

    @Test
    void openclawConfigValidate_renderedConfig_isAcceptedByRealGateway(@TempDir Path dir) {
        RealTool.Result check = openClaw(dir, List.of("config", "validate"));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("Config valid"), check.output());
    }

    @Test
    void openclawSecurityAudit_renderedConfig_hasNoCriticalOrWarningFinding(@TempDir Path dir) throws Exception {
        RealTool.Result audit = openClaw(dir, List.of("security", "audit", "--json"));
        JsonNode report = new ObjectMapper().readTree(audit.output().substring(audit.output().indexOf('{')));
        List<String> serious = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (!"info".equals(f.path("severity").asText())) {
                serious.add(f.path("severity").asText() + " " + f.path("checkId").asText());
            }
        });
        assertEquals(List.of(), serious, audit.output());
    }

    /** Runs the real gateway CLI against the rendered config, with a throwaway home and a fake token. */
    private RealTool.Result openClaw(Path dir, List<String> arguments) {
        return openClaw(dir, arguments,
                new OpenClawConfigRenderer().render(blueprint.agent(), blueprint.domain()).content());
    }

    private RealTool.Result openClaw(Path dir, List<String> arguments, String renderedConfig) {
        List<String> command = new ArrayList<>(RealTool.openClaw());
        command.addAll(arguments);
        Path configFile = RealTool.write(dir, "openclaw.json", renderedConfig);
        try {
            Files.setPosixFilePermissions(configFile, PosixFilePermissions.fromString("r--------"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return RealTool.run(command, List.of("HOME=" + dir.resolve("home"), "OPENCLAW_CONFIG_PATH=" + configFile,
                "OPENCLAW_STATE_DIR=" + dir.resolve("state"), "OPENCLAW_CONFIG_READONLY=1",
                "OPENCLAW_GATEWAY_TOKEN=test-token-not-a-secret-0123456789abcdef"));
    }

    @Test
    void renderForContainer_blueprint_bindsLanTrustsLoopbackProxyOnly() throws Exception {
        JsonNode container = new ObjectMapper().readTree(
                new OpenClawConfigRenderer().renderForContainer(blueprint.agent(), blueprint.domain()));

        assertEquals("lan", container.at("/gateway/bind").asText());
        assertEquals("[\"127.0.0.1\",\"::1\"]", container.at("/gateway/trustedProxies").toString());
        assertEquals(config.at("/gateway/controlUi").toString(), container.at("/gateway/controlUi").toString());
        assertTrue(container.at("/gateway/auth/token").isMissingNode(), "the token comes from the environment");
        // Apart from where it binds and whom it trusts, the same hardened baseline as on an instance.
        ((com.fasterxml.jackson.databind.node.ObjectNode) container.get("gateway")).setAll(
                (com.fasterxml.jackson.databind.node.ObjectNode) config.get("gateway").deepCopy());
        assertEquals(config, container);
    }

    @Test
    void openclawConfigValidate_containerConfig_isAcceptedByRealGateway(@TempDir Path dir) {
        RealTool.Result check = openClaw(dir, List.of("config", "validate"),
                new OpenClawConfigRenderer().renderForContainer(blueprint.agent(), blueprint.domain()));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("Config valid"), check.output());
    }

    @Test
    void render_noSkills_exposesNoSkillAndKeepsThePolicy() throws Exception {
        JsonNode none = new ObjectMapper().readTree(new OpenClawConfigRenderer()
                .render(BaselineFixtures.withAdminNetworks().agent(), blueprint.domain()).content());

        assertEquals("[]", none.at("/agents/defaults/skills").toString());
        assertEquals("[]", none.at("/skills/allowBundled").toString());
        assertTrue(none.at("/security/installPolicy/enabled").asBoolean());
    }

    @Test
    void render_blueprint_carriesNoTokenAndNoUnsafeSwitch() {
        assertTrue(config.at("/gateway/auth/token").isMissingNode(), "the token comes from the environment");
        String text = config.toString();
        for (String unsafe : new String[] {"\"*\"", "dangerouslyAllowHostHeaderOriginFallback", "allowInsecureAuth"}) {
            assertFalse(text.contains(unsafe), unsafe);
        }
    }
}
