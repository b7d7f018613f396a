package dev.bulwark.cli.image;

import dev.bulwark.baseline.container.GatewayImageContext;
import dev.bulwark.blueprint.Blueprint;
import dev.bulwark.blueprint.BlueprintLoader;
import dev.bulwark.blueprint.Mode;
import dev.bulwark.cli.DefaultBlueprint;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.OutDirectory;
import dev.bulwark.cli.UserException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark image-context}: write the gateway image's build context and say how to build and push it. */
@Command(name = "image-context",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write the build context of a container-mode blueprint's gateway image, and print how to build and "
                    + "push it.",
            "",
            "The image is the exact OpenClaw release of the blueprint's agent.version on a Node 24 image pinned by "
                    + "digest, with bulwark's entrypoint: it reads the gateway token and provider keys from "
                    + "Secrets Manager at start, so no secret is ever in the container environment. "
                    + "After pushing, put the pushed digest in container.gatewayImage."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark image-context blueprints/openclaw-container.yaml --out gateway-image",
            "  bulwark image-context my-agent.yaml --out gateway-image \\",
            "      --node-image node:24-bookworm-slim@sha256:<digest>"})
public final class ImageContextCommand implements Callable<Integer> {
    static final String DEFAULT_BLUEPRINT = "blueprints/openclaw-container.yaml";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BLUEPRINT", defaultValue = DEFAULT_BLUEPRINT,
            description = "Container-mode blueprint YAML file (default: ${DEFAULT-VALUE}, found from the repository root "
                    + "when run below it).")
    private Path blueprintFile;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Directory to write the build context into (created when missing).")
    private Path outDir;

    @Option(names = "--node-image", paramLabel = "IMAGE",
            description = "Node 24 base image pinned by digest, put into the printed build command "
                    + "(default: a placeholder to fill in).")
    private String nodeImage;

    @Override
    public Integer call() {
        Blueprint blueprint = new BlueprintLoader().load(DefaultBlueprint.resolve(blueprintFile,
                DEFAULT_BLUEPRINT));
        if (blueprint.mode() != Mode.CONTAINER) {
            throw new UserException(ExitCode.USAGE, blueprintFile + " is in " + blueprint.mode().name()
                    .toLowerCase(java.util.Locale.ROOT) + " mode: only a container-mode blueprint (mode: container)"
                    + " runs a gateway image; see blueprints/openclaw-container.yaml");
        }
        if (nodeImage != null && !GatewayImageContext.isPinnedNodeImage(nodeImage)) {
            throw new UserException(ExitCode.USAGE, "--node-image '" + nodeImage + "' must be a Node 24 image"
                    + " pinned by digest, e.g. node:24-bookworm-slim@sha256:<64 hex digits>;"
                    + " `docker buildx imagetools inspect node:24-bookworm-slim` prints the digest");
        }
        OutDirectory.check(outDir);
        List<Path> written = write();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote the gateway image build context to " + outDir + ":");
        written.forEach(p -> out.println("  " + p.getFileName()));
        out.println();
        String tag = GatewayImageContext.imageTag(blueprint);
        if (nodeImage == null) {
            out.println("Pick the Node 24 base image digest (`docker buildx imagetools inspect node:24-bookworm-slim`),"
                    + " then:");
        } else {
            out.println("Build and push:");
        }
        String node = nodeImage == null ? GatewayImageContext.NODE_IMAGE_PLACEHOLDER : nodeImage;
        out.println("  " + shellJoin(GatewayImageContext.buildCommand(blueprint, node, outDir)));
        out.println("  " + shellJoin(List.of("docker", "push", tag)));
        out.println();
        out.println("Then put the pushed digest in container.gatewayImage of " + blueprintFile + " ("
                + shellJoin(List.of("docker", "buildx", "imagetools", "inspect", tag)) + " prints it):");
        out.println("  gatewayImage: " + tag + "@sha256:<digest>");
        out.flush();
        return ExitCode.OK.code();
    }

    private List<Path> write() {
        try {
            return new GatewayImageContext().writeTo(outDir);
        } catch (IOException e) {
            throw new UserException(ExitCode.ENVIRONMENT, "could not write the build context to " + outDir + ": "
                    + e.getMessage() + "; choose a writable --out directory", e);
        }
    }


    /** Quotes each word that the shell would otherwise split or expand. */
    static String shellJoin(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word.matches("[A-Za-z0-9@%+=:,./_-]+") ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}
