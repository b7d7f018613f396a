package dev.bulwark.deploy.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.deploy.DeployException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code .bulwark/<name>/deploy-state.json}: lets an interrupted deploy resume where it stopped. Written by
 * replacing the whole file, so a crash leaves either the old state or the new one.
 */
public final class DeployStateFile {
    public static final String FILE_NAME = "deploy-state.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public DeployStateFile(Path file) {
        this.file = file;
    }

    /** The state file of blueprint {@code name} under {@code root} (normally the working directory). */
    public static DeployStateFile forBlueprint(Path root, String name) {
        return new DeployStateFile(root.resolve(".bulwark").resolve(name).resolve(FILE_NAME));
    }

    public Path path() {
        return file;
    }

    public Optional<DeployState> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            JsonNode verify = json.path("lastVerifyExit");
            return Optional.of(new DeployState(json.path("stackName").asText(),
                    DeployPhase.fromLabel(json.path("phase").asText()), Instant.parse(json.path("updated").asText()),
                    verify.isInt() ? Optional.of(verify.intValue()) : Optional.empty(),
                    json.path("credentialsDelivered").asBoolean(false),
                    json.path("readerKeySerial").asInt(DeployState.FIRST_READER_KEY_SERIAL),
                    json.path("serviceUrl").isTextual() ? Optional.of(json.path("serviceUrl").textValue())
                            : Optional.empty()));
        } catch (IOException | RuntimeException e) {
            throw DeployException.usage("cannot read the deploy state " + file + " (" + e.getMessage() + "): delete"
                    + " it and run deploy again; deploy re-checks every phase against AWS");
        }
    }

    public void write(DeployState state) {
        ObjectNode json = JSON.createObjectNode();
        json.put("stackName", state.stackName());
        json.put("phase", state.phase().label());
        json.put("updated", state.updated().toString());
        state.lastVerifyExit().ifPresent(code -> json.put("lastVerifyExit", code));
        json.put("credentialsDelivered", state.delivered());
        if (state.readerKeySerial() != DeployState.FIRST_READER_KEY_SERIAL) {
            json.put("readerKeySerial", state.readerKeySerial());
        }
        state.serviceUrl().ifPresent(url -> json.put("serviceUrl", url));
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), json);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw DeployException.environment("cannot write the deploy state " + file + " (" + e.getMessage()
                    + "): make the directory writable; deploy resumes from it after an interruption");
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw DeployException.environment("cannot delete " + file + ": " + e.getMessage());
        }
    }
}
