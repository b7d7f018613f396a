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
public final class LightsailSchemas {
    public static final String PROPERTY = "bulwark.cfnSchemas";
    private static final Path RELATIVE = Path.of("shared", "cfn-schemas", "lightsail");
    private static final int LEVELS_UP = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private LightsailSchemas() {
    }

    /** The schema folder: the system property, else the first ancestor of the module dir holding shared/. */
    public static Optional<Path> folder() {
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

    /**
     * Every way one synthesized resource breaks its type's schema: schema messages plus read-only properties it
     * sets; Ref / Fn::* stand in as strings. A type without a schema is itself a problem.
     */
    public static java.util.List<String> problems(Path folder, String label, JsonNode resource) {
        String type = resource.path("Type").asText();
        JsonNode schema = document(folder, type).orElse(null);
        if (schema == null) {
            return java.util.List.of(label + ": no schema for " + type);
        }
        java.util.List<String> problems = new java.util.ArrayList<>();
        JsonNode properties = resolveIntrinsics(resource.path("Properties"));
        compile(schema).validate(properties).forEach(m -> problems.add(label + " (" + type + "): " + m.getMessage()));
        setReadOnly(schema, properties).forEach(p -> problems.add(label + " (" + type + "): sets read-only " + p));
        return problems;
    }

    /** The schema's readOnlyProperties (JSON pointers under /properties) that the template sets. */
    static java.util.List<String> setReadOnly(JsonNode schema, JsonNode properties) {
        java.util.List<String> set = new java.util.ArrayList<>();
        for (JsonNode pointer : schema.path("readOnlyProperties")) {
            String path = pointer.asText();
            if (path.startsWith("/properties") && !properties.at(path.substring("/properties".length()))
                    .isMissingNode()) {
                set.add(path);
            }
        }
        return set;
    }

    /** Ref / Fn::* replaced by a string that fits every name pattern, as CloudFormation resolves them to strings. */
    static JsonNode resolveIntrinsics(JsonNode node) {
        if (node.isObject()) {
            java.util.Iterator<String> names = node.fieldNames();
            String first = names.hasNext() ? names.next() : "";
            if (node.size() == 1 && (first.equals("Ref") || first.startsWith("Fn::"))) {
                return com.fasterxml.jackson.databind.node.TextNode.valueOf("resolved-by-cloudformation");
            }
            com.fasterxml.jackson.databind.node.ObjectNode copy =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), resolveIntrinsics(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(resolveIntrinsics(item)));
            return copy;
        }
        return node;
    }
}
