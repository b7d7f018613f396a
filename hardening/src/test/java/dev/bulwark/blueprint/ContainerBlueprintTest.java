package dev.bulwark.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code mode: container} and its {@code container:} section: images pinned by digest, power, scale, mode sections. */
class ContainerBlueprintTest {
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
    private static final String GATEWAY = "ghcr.io/example/openclaw-gateway:2026.9.6@" + DIGEST;
    private static final String PROXY = "public.ecr.aws/nginx/nginx:1.27-alpine@" + DIGEST;
    static final Path SAMPLE = Path.of("..", "blueprints", "openclaw-container.yaml");

    @TempDir
    Path dir;

    /**
     * MINIMAL + container mode with both images on lines 9 and 10, then {@code extra}, then a public access
     * section with an allowlist (a container service cannot be private, and public needs an allowlist).
     */
    private static String container(String... extra) {
        String[] lines = new String[7 + extra.length];
        lines[0] = "mode: container";
        lines[1] = "container:";
        lines[2] = "  gatewayImage: " + GATEWAY;
        lines[3] = "  proxyImage: " + PROXY;
        System.arraycopy(extra, 0, lines, 4, extra.length);
        lines[4 + extra.length] = "access:";
        lines[5 + extra.length] = "  mode: public";
        lines[6 + extra.length] = "  allowCidrs: [203.0.113.0/24]";
        return Blueprints.minimalPlus(lines);
    }

    @Test
    void load_sampleContainerBlueprint_loadsWithOnlyThePlaceholderWarnings() throws BlueprintException {
        Blueprint b = new BlueprintLoader().load(SAMPLE);

        assertEquals(Mode.CONTAINER, b.mode());
        assertEquals("small", b.container().power());
        assertEquals(1, b.container().scale());
        assertTrue(b.container().hasPlaceholderImage());
        assertEquals(List.of("container.gatewayImage", "container.proxyImage"),
                b.warnings().stream().map(SourceProblem::path).toList());
        assertTrue(b.warnings().get(0).toString().contains("deploy refuses it"), b.warnings().get(0)::toString);
    }

    @Test
    void load_containerMode_readsPowerScaleAndPinnedImages() throws BlueprintException {
        Blueprint b = Blueprints.load(dir, container("  power: medium", "  scale: 3"));

        assertEquals(new Container("medium", 3, GATEWAY, PROXY), b.container());
        assertFalse(b.container().hasPlaceholderImage());
        assertEquals(List.of(), b.warnings());
        assertEquals(9, b.source().exact("container.gatewayImage").orElseThrow().line());
    }

    @Test
    void load_instanceMode_hasNoContainer() throws BlueprintException {
        assertNull(Blueprints.load(dir, Blueprints.minimalPlus()).container());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("tag only", Blueprints.minimalPlus("mode: container", "container:",
                        "  gatewayImage: ghcr.io/example/openclaw-gateway:2026.9.6", "  proxyImage: " + PROXY),
                        "container.gatewayImage", "not pinned by digest"),
                arguments("short digest", Blueprints.minimalPlus("mode: container", "container:",
                        "  gatewayImage: " + GATEWAY, "  proxyImage: nginx@sha256:abc"),
                        "container.proxyImage", "pinned by a sha256 digest"),
                arguments("proxy image missing", Blueprints.minimalPlus("mode: container", "container:",
                        "  gatewayImage: " + GATEWAY), "container.proxyImage", "missing required field"),
                arguments("power too small", container("  power: micro"), "container.power", "less than 2 GB"),
                arguments("power unknown", container("  power: mediumm"), "container.power", "did you mean `medium`?"),
                arguments("scale zero", container("  scale: 0"), "container.scale", "outside 1-20"),
                arguments("scale too large", container("  scale: 21"), "container.scale", "outside 1-20"),
                arguments("admin in container mode", container("admin:", "  sshCidrs: [203.0.113.0/24]"), "admin",
                        "no meaning in container mode"),
                arguments("bundle in container mode", container("bundle: small_3_0"), "bundle",
                        "no meaning in container mode"),
                arguments("container section missing", Blueprints.minimalPlus("mode: container"),
                        "container.gatewayImage", "missing required field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void load_malformedContainerBlueprint_namesTheField(String description, String yaml, String path, String fragment) {
        BlueprintException e = Blueprints.failure(dir, yaml);

        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(path) && p.toString().contains(fragment)),
                () -> "expected " + path + " with `" + fragment + "`, got:\n" + e.getMessage());
    }

    @Test
    void registryHost_andPrivateEcr_readTheImageReference() {
        assertEquals("docker.io", Container.registryHost("nginx@" + DIGEST));
        assertEquals("docker.io", Container.registryHost("library/nginx@" + DIGEST));
        assertEquals("ghcr.io", Container.registryHost(GATEWAY));
        assertTrue(Container.isPrivateEcr("123456789012.dkr.ecr.us-east-1.amazonaws.com/gw@" + DIGEST));
        assertFalse(Container.isPrivateEcr(PROXY));
    }
}
