package dev.bulwark.baseline.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.baseline.BaselineFixtures;
import dev.bulwark.baseline.RealTool;
import dev.bulwark.blueprint.Blueprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayImageContextTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void writeTo_emptyDirectory_writesEveryFile(@TempDir Path dir) throws Exception {
        List<Path> written = new GatewayImageContext().writeTo(dir.resolve("ctx"));

        assertEquals(GatewayImageContext.FILES, written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : written) {
            assertEquals(GatewayImageContext.read(file.getFileName().toString()), Files.readString(file));
        }
    }

    @Test
    void nodeCheck_entrypoint_parses(@TempDir Path dir) throws Exception {
        new GatewayImageContext().writeTo(dir);
        RealTool.Result check = RealTool.run(List.of(RealTool.require("node", "nodejs"), "--check",
                dir.resolve("entrypoint.mjs").toString()));
        assertEquals(0, check.exitCode(), check.output());
    }

    @Test
    void packageLock_pinsTheExactClientOfPackageJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(GatewayImageContext.read("package.json"));
        JsonNode lock = json.readTree(GatewayImageContext.read("package-lock.json"));
        String wanted = manifest.at("/dependencies/@aws-sdk~1client-secrets-manager").asText();

        assertTrue(wanted.matches("[0-9]+\\.[0-9]+\\.[0-9]+"), "exact version, no range: " + wanted);
        JsonNode locked = lock.at("/packages/node_modules~1@aws-sdk~1client-secrets-manager");
        assertEquals(wanted, locked.path("version").asText());
        lock.path("packages").fields().forEachRemaining(e -> assertTrue(e.getKey().isEmpty()
                || e.getValue().path("integrity").asText().startsWith("sha512-"), e.getKey() + " has no integrity"));
    }

    @Test
    void dockerfile_pinsBaseAndVersionAndDropsRoot() {
        String dockerfile = GatewayImageContext.read("Dockerfile");
        assertTrue(dockerfile.contains("ARG NODE_IMAGE\nFROM ${NODE_IMAGE}\n"), dockerfile);
        assertTrue(dockerfile.contains("npm install --ignore-scripts --save-exact"), dockerfile);
        assertTrue(dockerfile.contains("\"openclaw@${OPENCLAW_VERSION}\""), dockerfile);
        assertTrue(dockerfile.contains("npm ci --ignore-scripts --omit=dev"), dockerfile);
        assertTrue(dockerfile.contains("\nUSER openclaw:openclaw\n"), dockerfile);
        assertTrue(dockerfile.contains("ENTRYPOINT [\"node\", \"/opt/bulwark/entrypoint.mjs\"]"), dockerfile);
        assertTrue(dockerfile.contains(GatewayImageContext.OPENCLAW_ENTRY_ENV + "="), dockerfile);
        assertFalse(dockerfile.contains("ARG NODE_IMAGE="), "no default base image: the user pins one");
    }

    @Test
    void buildCommand_sample_tagsAsGatewayImageWithBuildArgs() {
        Blueprint sample = ContainerFixtures.sample();
        String node = "node:24-bookworm-slim@" + DIGEST;

        assertEquals(List.of("docker", "build", "--build-arg", "NODE_IMAGE=" + node,
                "--build-arg", "OPENCLAW_VERSION=2026.9.6", "-t", "ghcr.io/example/openclaw-gateway:2026.9.6", "ctx"),
                GatewayImageContext.buildCommand(sample, node, Path.of("ctx")));
    }

    @Test
    void isPinnedNodeImage_tableOfImages() {
        assertTrue(GatewayImageContext.isPinnedNodeImage("node:24-bookworm-slim@" + DIGEST));
        assertTrue(GatewayImageContext.isPinnedNodeImage("public.ecr.aws/docker/library/node:24-slim@" + DIGEST));
        assertFalse(GatewayImageContext.isPinnedNodeImage("node:24-bookworm-slim"));
        assertFalse(GatewayImageContext.isPinnedNodeImage("node:22-slim@" + DIGEST));
        assertFalse(GatewayImageContext.isPinnedNodeImage("node:24@sha256:abc"));
    }

    @Test
    void imageTag_instanceBlueprint_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> GatewayImageContext.imageTag(BaselineFixtures.withAdminNetworks()));
    }
}
