package dev.bulwark.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editor schema and the docs describe exactly the keys the loader accepts, and accept the default. */
class BlueprintSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "blueprint.schema.json");
    private static final Path DOCS = Path.of("..", "docs", "blueprints.md");

    @Test
    void schema_defaultBlueprint_validates() throws IOException {
        Set<ValidationMessage> errors = schema().validate(yaml(Files.readString(Blueprints.DEFAULT)));

        assertEquals(Set.of(), errors);
    }

    @Test
    void schema_unknownKeyAndRangeVersion_areRejected() throws IOException {
        String yaml = Blueprints.minimalPlus("colour: blue").replace("2026.9.6", "^2026.9.6");

        Set<ValidationMessage> errors = schema().validate(yaml(yaml));

        assertEquals(2, errors.size(), errors::toString);
    }

    @Test
    void schema_propertyNames_equalTheLoadersKnownKeysAtEveryLevel() throws IOException {
        Map<String, Set<String>> fromSchema = new LinkedHashMap<>();
        collect(new ObjectMapper().readTree(SCHEMA.toFile()), "", fromSchema);

        assertEquals(BlueprintLoader.knownKeys(), fromSchema);
    }

    @Test
    void docs_mentionEveryKnownKey() throws IOException {
        String docs = Files.readString(DOCS);

        for (Map.Entry<String, Set<String>> section : BlueprintLoader.knownKeys().entrySet()) {
            for (String key : section.getValue()) {
                String full = section.getKey().isEmpty() ? key : section.getKey() + "." + key;
                assertTrue(docs.contains("`" + full + "`"), () -> "docs/blueprints.md does not describe `" + full + "`");
            }
        }
    }

    @Test
    void knownKeys_cannotBeModified() {
        Set<String> root = BlueprintLoader.knownKeys().get("");

        assertFalse(root.isEmpty());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> root.add("x"));
    }

    /** Walks nested {@code properties} (and list {@code items}) the way the loader's key map is keyed. */
    private static void collect(JsonNode schema, String path, Map<String, Set<String>> out) {
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            names.add(name);
            JsonNode child = properties.get(name);
            String childPath = path.isEmpty() ? name : path + "." + name;
            collect(child, childPath, out);
            if (child.has("items")) {
                collect(child.get("items"), childPath + "[]", out);
            }
        }
        out.put(path, names);
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.readString(SCHEMA));
    }

    private static JsonNode yaml(String text) throws IOException {
        return new YAMLMapper().readTree(text);
    }
}
