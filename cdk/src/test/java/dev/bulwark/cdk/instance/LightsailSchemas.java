package dev.bulwark.cdk.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * AWS's CloudFormation resource-provider schemas for Lightsail, read from {@code shared/cfn-schemas/lightsail}
 * next to (or above) the repository.
 * Override the folder with {@code -Dbulwark.cfnSchemas=/path}.
 */
final class LightsailSchemas {
    static final String PROPERTY = "bulwark.cfnSchemas";
    private static final Path RELATIVE = Path.of("shared", "cfn-schemas", "lightsail");
    private static final int LEVELS_UP = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private LightsailSchemas() {
    }

    /** The schema folder: the system property, else the first ancestor of the module dir holding shared/. */
    static Optional<Path> folder() {
        String override = System.getProperty(PROPERTY);
        if (override != null) {
            return Optional.of(Path.of(override)).filter(Files::isDirectory);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i <= LEVELS_UP && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code AWS::Lightsail::LoadBalancerTlsCertificate} is {@code aws-lightsail-loadbalancertlscertificate.json}. */
    static String fileName(String type) {
        return type.toLowerCase(Locale.ROOT).replace("::", "-") + ".json";
    }

    /** The raw schema document; empty if the folder has none for this type. */
    static Optional<JsonNode> document(Path folder, String type) {
        Path file = folder.resolve(fileName(type));
        try {
            return Files.isRegularFile(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema for " + type, e);
        }
    }

    static JsonSchema compile(JsonNode document) {
        return FACTORY.getSchema(document);
    }
}
