package dev.bulwark.baseline;

import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserDataRendererTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    private static Stream<Blueprint> blueprints() {
        return Stream.of(BaselineFixtures.withAdminNetworks(), BaselineFixtures.withoutAdminNetworks());
    }

    @Test
    void render_fortySkills_theMostABlueprintMayList_staysWithinUserDataLimit() {
        int size = renderer.render(BaselineFixtures.withSkills(40)).getBytes(StandardCharsets.UTF_8).length;

        assertTrue(size <= UserDataRenderer.MAX_BYTES, size + " bytes");
    }

    @Test
    void render_bothFixtures_staysWithinUserDataLimit() {
        blueprints().forEach(b -> {
            int size = renderer.render(b).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(size <= UserDataRenderer.MAX_BYTES, size + " bytes");
        });
    }

    @Test
    void withinLimit_overSixteenKibibytes_isRefusedWithSizeAndHint() {
        String tooBig = "x".repeat(UserDataRenderer.MAX_BYTES + 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> UserDataRenderer.withinLimit(tooBig));
        assertTrue(e.getMessage().contains("16385 bytes") && e.getMessage().contains("alternative names"), e.getMessage());
        assertEquals("x".repeat(UserDataRenderer.MAX_BYTES), UserDataRenderer.withinLimit("x".repeat(UserDataRenderer.MAX_BYTES)));
    }

    @Test
    void render_anyBlueprint_isOneLineOfShellNotCloudConfig() {
        String userData = renderer.render(BaselineFixtures.withAdminNetworks());
        assertEquals(1, userData.lines().count());
        assertFalse(userData.startsWith("#cloud-config"), "Lightsail appends user data to its own sh script");
        assertFalse(userData.startsWith("#!"), "a shebang in the middle of Lightsail's script is only a comment");
    }

    @Test
    void render_sameBlueprint_isDeterministic() {
        // Changing user data replaces the instance, so the same blueprint must render the same bytes.
        assertEquals(renderer.render(BaselineFixtures.withAdminNetworks()),
                renderer.render(BaselineFixtures.withAdminNetworks()));
    }

    @Test
    void installScriptOf_renderedUserData_isTheHostBaselineInstallScript() {
        Blueprint blueprint = BaselineFixtures.withAdminNetworks();
        assertEquals(HostBaseline.withDefaultPolicy().installScript(blueprint),
                UserDataRenderer.installScriptOf(renderer.render(blueprint)));
    }

    @Test
    void wrap_runBySh_unpacksAndRunsTheScriptAsWritten(@TempDir Path dir) throws Exception {
        // The real one-liner and the real sh/base64/gzip, pointed at a temporary directory.
        String script = "#!/bin/sh\nset -eu\ncat > \"$0.ran\" <<'EOF'\n$HOME stays literal; 'quotes' \"too\"\nEOF\n";
        String userData = UserDataRenderer.wrap(script).replace(UserDataRenderer.SCRIPT_DIR, dir.toString());

        RealTool.Result run = RealTool.run(List.of("sh", "-c", userData));

        assertEquals(0, run.exitCode(), run.output());
        assertEquals(script, Files.readString(dir.resolve("install-baseline.sh")));
        assertEquals("$HOME stays literal; 'quotes' \"too\"\n", Files.readString(dir.resolve("install-baseline.sh.ran")));
    }

    @Test
    void shellcheck_installScript_passes(@TempDir Path dir) {
        String shellcheck = RealTool.require("shellcheck", "shellcheck");
        for (Blueprint blueprint : blueprints().toList()) {
            Path script = RealTool.write(dir, "install-baseline.sh",
                    UserDataRenderer.installScriptOf(renderer.render(blueprint)));
            RealTool.Result check = RealTool.run(List.of(shellcheck, "-s", "sh", script.toString()));
            assertEquals(0, check.exitCode(), check.output());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-----BEGIN", "PRIVATE KEY", "sk-ant-", "AKIA", "{{resolve:", "password ",
            "OPENCLAW_GATEWAY_TOKEN=", "--token"})
    void render_bothFixtures_containsNoSecretMaterial(String marker) {
        blueprints().forEach(b -> {
            String script = UserDataRenderer.installScriptOf(renderer.render(b));
            assertFalse(script.contains(marker), marker);
        });
    }

    @Test
    void installScript_withPublicKey_installsKeyButStillNoPrivateMaterial() {
        String script = UserDataRenderer.installScriptOf(renderer.render(BaselineFixtures.withAdminNetworks()));
        assertTrue(script.contains(BaselineFixtures.PUBLIC_KEY), "the admin's public key is installed");
        assertTrue(script.contains("sha256sum --check --strict"), "Node is checked before use");
        assertTrue(script.contains("--ignore-scripts"), "npm install scripts are off");
        assertTrue(script.contains("'openclaw@2026.9.6'"), "the agent is pinned");
    }
}
