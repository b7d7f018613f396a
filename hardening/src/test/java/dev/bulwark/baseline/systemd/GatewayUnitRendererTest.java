package dev.bulwark.baseline.systemd;

import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.baseline.RealTool;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayUnitRendererTest {
    /** The target; the measured figure is recorded in docs/hardening.md. */
    private static final double MAX_EXPOSURE = 2.5;
    private static final Pattern EXPOSURE = Pattern.compile("Overall exposure level for \\S+: ([0-9.]+)");

    private final Blueprint blueprint = BaselineFixtures.withAdminNetworks();
    private final GatewayUnitRenderer renderer = new GatewayUnitRenderer();
    private final String unit = renderer.renderUnit(blueprint.agent(), blueprint.secrets(),
            GatewayUnitRenderer.WRAPPER_PATH).content();

    @ParameterizedTest
    @ValueSource(strings = {"NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
            "PrivateDevices=yes", "ProtectKernelTunables=yes", "ProtectKernelModules=yes", "ProtectKernelLogs=yes",
            "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX", "RestrictNamespaces=yes", "LockPersonality=yes",
            "CapabilityBoundingSet=", "SystemCallFilter=@system-service", "ReadWritePaths=/var/lib/openclaw",
            "MemoryMax=75%", "TasksMax=256", "User=openclaw", "Environment=OPENCLAW_CONFIG_READONLY=1",
            "LoadCredential=gateway-token:/etc/bulwark/credentials/gateway-token",
            "LoadCredential=provider-anthropic:/etc/bulwark/credentials/provider-anthropic",
            "ConditionPathExists=/etc/bulwark/credentials/gateway-token"})
    void renderUnit_blueprint_hasSandboxDirective(String directive) {
        assertTrue(unit.lines().anyMatch(directive::equals), directive + " in\n" + unit);
    }

    @Test
    void renderUnit_blueprint_startsAgentOnLoopbackThroughWrapperWithNamesOnly() {
        String exec = unit.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        assertEquals("ExecStart=/usr/local/lib/bulwark/with-credentials gateway-token=OPENCLAW_GATEWAY_TOKEN"
                + " provider-anthropic=ANTHROPIC_API_KEY -- /opt/bulwark/node/bin/node"
                + " /opt/bulwark/openclaw/node_modules/openclaw/openclaw.mjs"
                + " gateway run --bind loopback --port 18789", exec);
        assertFalse(unit.contains("--token"), "a token on argv is readable by every local user");
        assertFalse(unit.contains("EnvironmentFile"), unit);
    }

    @ParameterizedTest
    @CsvSource({
            "openai,    OPENCLAW_GATEWAY_TOKEN", // would overwrite the gateway token
            "openai,    ANTHROPIC_API_KEY",      // would overwrite another provider's key
            "anthropic, OTHER_KEY",              // two LoadCredential= lines with one name
    })
    void credentials_providerKeyCollides_isRefused(String provider, String env) {
        Secrets secrets = new Secrets("t", List.of(new Secrets.ProviderKey("anthropic", "a", "ANTHROPIC_API_KEY"),
                new Secrets.ProviderKey(provider, "b", env)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GatewayUnitRenderer.credentials(secrets));
        assertTrue(e.getMessage().contains("blueprint"), e.getMessage());
    }

    @Test
    void systemdAnalyze_renderedUnit_verifiesAndExposureIsAtMostTarget(@TempDir Path dir) throws Exception {
        String analyze = RealTool.require("systemd-analyze", "systemd");
        Path fakeBinary = RealTool.write(dir, "bin/true-agent", "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(fakeBinary, PosixFilePermissions.fromString("rwxr-xr-x"));
        // ExecStart must name an existing executable for verify; everything else is the unit as rendered.
        String local = renderer.renderUnit(blueprint.agent(), blueprint.secrets(), fakeBinary.toString()).content();
        Path file = RealTool.write(dir, GatewayUnitRenderer.UNIT_NAME, local);

        RealTool.Result verify = RealTool.run(List.of(analyze, "verify", "--man=no", file.toString()));
        assertEquals(0, verify.exitCode(), verify.output());
        assertFalse(verify.output().contains(GatewayUnitRenderer.UNIT_NAME + ":"), verify.output());

        RealTool.Result security = RealTool.run(List.of(analyze, "security", "--offline=true", "--no-pager",
                file.toString()));
        Matcher m = EXPOSURE.matcher(security.output());
        assertTrue(m.find(), security.output());
        double exposure = Double.parseDouble(m.group(1));
        assertTrue(exposure <= MAX_EXPOSURE, "exposure " + exposure + " > " + MAX_EXPOSURE + "\n" + security.output());
    }

    @Test
    void shellcheck_wrapper_passes(@TempDir Path dir) {
        String shellcheck = RealTool.require("shellcheck", "shellcheck");
        Path wrapper = RealTool.write(dir, "with-credentials", renderer.renderWrapper().content());
        RealTool.Result check = RealTool.run(List.of(shellcheck, "-s", "sh", wrapper.toString()));
        assertEquals(0, check.exitCode(), check.output());
    }

    @Test
    void wrapper_fakeCredentials_exportsEachVariableWithoutPrintingValues(@TempDir Path dir) throws Exception {
        Path wrapper = executable(dir, "with-credentials", renderer.renderWrapper().content());
        Path agent = executable(dir, "agent", "#!/bin/sh\n"
                + "for v in OPENCLAW_GATEWAY_TOKEN ANTHROPIC_API_KEY; do\n"
                + "  eval \"value=\\${$v:-}\"\n"
                + "  if [ -n \"$value\" ]; then echo \"$v set ${#value}\"; else echo \"$v unset\"; fi\n"
                + "done\necho \"args $*\"\n");
        Path credentials = Files.createDirectories(dir.resolve("credentials"));
        String token = "fake-token-0123456789abcdef0123456789";
        Files.writeString(credentials.resolve("gateway-token"), token + "\n");
        Files.writeString(credentials.resolve("provider-anthropic"), "fake-provider-key");

        RealTool.Result run = RealTool.run(List.of(wrapper.toString(), "gateway-token=OPENCLAW_GATEWAY_TOKEN",
                "provider-anthropic=ANTHROPIC_API_KEY", "--", agent.toString(), "gateway", "run"),
                List.of("CREDENTIALS_DIRECTORY=" + credentials));

        assertEquals(0, run.exitCode(), run.output());
        assertEquals(List.of("OPENCLAW_GATEWAY_TOKEN set " + token.length(), "ANTHROPIC_API_KEY set 17",
                "args gateway run"), run.output().lines().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing-credential", ""})
    void wrapper_missingOrEmptyCredential_failsNamingItButNoValue(String present, @TempDir Path dir) throws Exception {
        Path wrapper = executable(dir, "with-credentials", renderer.renderWrapper().content());
        Path credentials = Files.createDirectories(dir.resolve("credentials"));
        Files.writeString(credentials.resolve("gateway-token"), present);

        RealTool.Result run = RealTool.run(List.of(wrapper.toString(), "gateway-token=OPENCLAW_GATEWAY_TOKEN",
                "provider-anthropic=ANTHROPIC_API_KEY", "--", "/bin/true"),
                List.of("CREDENTIALS_DIRECTORY=" + credentials));

        assertNotEquals(0, run.exitCode(), run.output());
        assertFalse(run.output().contains("missing-credential"), run.output());
        assertTrue(run.output().contains("credential "), run.output());
    }

    @Test
    void wrapper_noCredentialsDirectory_refusesToStart(@TempDir Path dir) throws Exception {
        Path wrapper = executable(dir, "with-credentials", renderer.renderWrapper().content());
        RealTool.Result run = RealTool.run(List.of("env", "-u", "CREDENTIALS_DIRECTORY", wrapper.toString(),
                "gateway-token=OPENCLAW_GATEWAY_TOKEN", "--", "/bin/true"));
        assertEquals(78, run.exitCode(), run.output());
    }

    private static Path executable(Path dir, String name, String content) throws Exception {
        Path file = RealTool.write(dir, name, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
