package dev.bulwark.baseline.container;

import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.Mode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The build context of the gateway image, shipped in the jar: a Dockerfile on a Node 24 image pinned by digest
 * ({@value #NODE_IMAGE_ARG}) with the exact OpenClaw release ({@value #OPENCLAW_VERSION_ARG}) installed without
 * install scripts, the entrypoint that reads the token and provider keys from Secrets Manager at start (see
 * {@code entrypoint.mjs}), and the entrypoint's one dependency pinned by {@code package-lock.json}. Nothing in it
 * depends on a blueprint except the two build arguments, so one image serves every deployment of an agent version.
 */
public final class GatewayImageContext {
    /** The files, in the order they are written. */
    public static final List<String> FILES = List.of("Dockerfile", ".dockerignore", "package.json",
            "package-lock.json", "entrypoint.mjs");
    public static final String NODE_IMAGE_ARG = "NODE_IMAGE";
    public static final String OPENCLAW_VERSION_ARG = "OPENCLAW_VERSION";
    /** Where {@code entrypoint.mjs} finds OpenClaw; the Dockerfile sets it, tests point it at their install. */
    public static final String OPENCLAW_ENTRY_ENV = "BULWARK_OPENCLAW_ENTRY";
    /** What {@link #buildCommand} prints until the user names their pinned Node image. */
    public static final String NODE_IMAGE_PLACEHOLDER = "node:24-bookworm-slim@sha256:<digest>";

    private static final Pattern PINNED_NODE_IMAGE = Pattern.compile("[a-z0-9./_:-]*node:24[a-z0-9._-]*@sha256:[0-9a-f]{64}");

    /** One file of the context, as shipped. */
    public static String read(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException(name + " is not part of the gateway image context");
        }
        try (InputStream in = GatewayImageContext.class.getResourceAsStream("gateway/" + name)) {
            if (in == null) {
                throw new IllegalStateException("gateway/" + name + " is missing beside "
                        + GatewayImageContext.class.getName() + "; the build did not package its resources");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("gateway/" + name + " could not be read from the jar", e);
        }
    }

    /** Writes every file into {@code dir} (created when missing; existing files of the same name replaced). */
    public List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            written.add(Files.writeString(dir.resolve(name), read(name)));
        }
        return List.copyOf(written);
    }

    /** Whether {@code image} is a Node 24 image pinned by digest, as {@value #NODE_IMAGE_ARG} must be. */
    public static boolean isPinnedNodeImage(String image) {
        return image != null && PINNED_NODE_IMAGE.matcher(image).matches();
    }

    /** The repository and tag to push: the blueprint's gateway image without its digest. */
    public static String imageTag(Blueprint blueprint) {
        requireContainerMode(blueprint);
        String image = blueprint.container().gatewayImage();
        int at = image.indexOf('@');
        return at < 0 ? image : image.substring(0, at);
    }

    /** {@code docker build} for {@code blueprint}'s agent version, tagged as its gateway image. */
    public static List<String> buildCommand(Blueprint blueprint, String nodeImage, Path dir) {
        requireContainerMode(blueprint);
        return List.of("docker", "build",
                "--build-arg", NODE_IMAGE_ARG + "=" + nodeImage,
                "--build-arg", OPENCLAW_VERSION_ARG + "=" + blueprint.agent().version(),
                "-t", imageTag(blueprint), dir.toString());
    }

    private static void requireContainerMode(Blueprint blueprint) {
        if (blueprint.mode() != Mode.CONTAINER) {
            throw new IllegalArgumentException("blueprint " + blueprint.name() + " is not in container mode");
        }
    }
}
