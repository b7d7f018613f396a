package dev.bulwark.blueprint;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the place it was written, so every problem can point at its own line. Jackson's tree model
 * drops locations, hence this small tree of our own.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourceLocation location();

    /** How the value reads in a message: "a string", "a list", ... */
    String describe();

    /** What a plain scalar resolved to; {@code REDACTED} replaces a value that looked like secret material. */
    enum ScalarType {
        STRING("a string"), INTEGER("a whole number"), DECIMAL("a decimal number"), BOOLEAN("true/false"),
        NULL("nothing"), REDACTED("a secret-looking value");

        private final String description;

        ScalarType(String description) {
            this.description = description;
        }
    }

    record Scalar(SourceLocation location, ScalarType type, String text) implements YamlNode {
        @Override
        public String describe() {
            return type.description;
        }

        /** Null, or an empty string: a field written this way takes its default. */
        boolean isBlank() {
            return type == ScalarType.NULL || (type == ScalarType.STRING && text.isEmpty());
        }
    }

    record Entry(String key, SourceLocation keyLocation, YamlNode value) {
    }

    record Mapping(SourceLocation location, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(SourceLocation location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
