package dev.bulwark.cli.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulwark.baseline.container.GatewayImageContext;
import dev.bulwark.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark image-context} through {@link Main}: real blueprint loading, real files written. */
class ImageContextCommandTest {
    private static final String CONTAINER_BLUEPRINT = Path.of("..", "blueprints", "openclaw-container.yaml").toString();
    private static final String INSTANCE_BLUEPRINT = Path.of("..", "blueprints", "openclaw-instance.yaml").toString();
    private static final String NODE = "node:24-bookworm-slim@sha256:" + "0123456789abcdef".repeat(4);

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private Run imageContext(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "image-context";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void imageContext_containerBlueprint_writesContextAndPrintsBuildAndPush() {
        Path out = tmp.resolve("ctx");
        Run run = imageContext(CONTAINER_BLUEPRINT, "--out", out.toString(), "--node-image", NODE);

        assertEquals(0, run.exit(), run.err());
        for (String name : GatewayImageContext.FILES) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertTrue(run.out().contains("docker build --build-arg NODE_IMAGE=" + NODE
                + " --build-arg OPENCLAW_VERSION=2026.9.6 -t ghcr.io/example/openclaw-gateway:2026.9.6 " + out),
                run.out());
        assertTrue(run.out().contains("docker push ghcr.io/example/openclaw-gateway:2026.9.6"), run.out());
        assertTrue(run.out().contains("gatewayImage: ghcr.io/example/openclaw-gateway:2026.9.6@sha256:<digest>"),
                run.out());
    }

    @Test
    void imageContext_noNodeImage_printsQuotedPlaceholder() {
        Run run = imageContext(CONTAINER_BLUEPRINT, "--out", tmp.resolve("ctx").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("NODE_IMAGE=node:24-bookworm-slim@sha256:<digest>'"), run.out());
    }

    @Test
    void imageContext_instanceBlueprint_exits2AndWritesNothing() {
        Path out = tmp.resolve("ctx");
        Run run = imageContext(INSTANCE_BLUEPRINT, "--out", out.toString());

        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("only a container-mode blueprint (mode: container)"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void imageContext_unpinnedNodeImage_exits2() {
        Run run = imageContext(CONTAINER_BLUEPRINT, "--out", tmp.resolve("ctx").toString(),
                "--node-image", "node:24-bookworm-slim");

        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("pinned by digest"), run.err());
    }

    @Test
    void shellJoin_wordsWithShellCharacters_areQuoted() {
        assertEquals("docker build 'a b' 'x<y>' 'it'\\''s'",
                ImageContextCommand.shellJoin(List.of("docker", "build", "a b", "x<y>", "it's")));
    }
}
